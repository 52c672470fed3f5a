/**
 * Word lists for product names. Names are brand + variant + kind + size, the way
 * shelf labels read, so a word prefix matches a share of the catalog close to a real
 * shop's: "choc" finds a few percent of it, a brand a few percent, "oat mil" far fewer.
 */
import { pick, type Rng } from './random';

export interface Kind {
  noun: string;
  category: string;
  variants: readonly string[];
  sizes: readonly string[];
}

export const CATEGORIES = ['Dairy', 'Bakery', 'Drinks', 'Snacks', 'Pantry', 'Frozen', 'Household', 'Personal Care'];

const k = (noun: string, category: string, variants: string, sizes: string): Kind => ({
  noun,
  category,
  variants: variants.split(','),
  sizes: sizes.split(','),
});

export const KINDS: readonly Kind[] = [
  k('Oat Milk', 'Dairy', 'Organic,Barista,Unsweetened,Chocolate,Light,Vanilla', '1L,500ml,6 x 1L'),
  k('Whole Milk', 'Dairy', 'Organic,Fresh,Lactose Free,Farmhouse', '1L,2L,500ml'),
  k('Greek Yogurt', 'Dairy', 'Natural,Honey,Strawberry,Low Fat,Vanilla,Blueberry', '150g,500g,1kg'),
  k('Cheddar', 'Dairy', 'Mature,Mild,Extra Mature,Smoked,Grated', '200g,400g,1kg'),
  k('Butter', 'Dairy', 'Salted,Unsalted,Spreadable,Organic', '250g,500g'),
  k('Mozzarella', 'Dairy', 'Fresh,Light,Grated,Buffalo', '125g,250g'),
  k('Sourdough Bread', 'Bakery', 'White,Rye,Seeded,Wholemeal,Spelt', '400g,800g'),
  k('Croissants', 'Bakery', 'Butter,Chocolate,Almond,Mini', '4 pack,6 pack'),
  k('Bagels', 'Bakery', 'Plain,Sesame,Cinnamon Raisin,Onion,Multiseed', '4 pack,6 pack'),
  k('Tortilla Wraps', 'Bakery', 'Plain,Wholemeal,Spinach,Gluten Free', '6 pack,8 pack'),
  k('Orange Juice', 'Drinks', 'Smooth,With Bits,Organic,Blood Orange', '1L,250ml,1.5L'),
  k('Apple Juice', 'Drinks', 'Cloudy,Clear,Organic,Sparkling', '1L,330ml'),
  k('Cola', 'Drinks', 'Classic,Zero Sugar,Cherry,Vanilla', '330ml,1.5L,6 x 330ml'),
  k('Mineral Water', 'Drinks', 'Still,Sparkling,Lightly Sparkling,Lemon', '500ml,1.5L,6 x 1.5L'),
  k('Coffee Beans', 'Drinks', 'Espresso,Dark Roast,Medium Roast,Decaf,Colombian,Ethiopian', '250g,500g,1kg'),
  k('Ground Coffee', 'Drinks', 'Espresso,Filter,Decaf,Italian Roast', '250g,500g'),
  k('Green Tea', 'Drinks', 'Jasmine,Mint,Lemon,Sencha,Matcha', '20 bags,40 bags'),
  k('Black Tea', 'Drinks', 'English Breakfast,Earl Grey,Assam,Darjeeling,Chai', '40 bags,80 bags'),
  k('Lager', 'Drinks', 'Pilsner,Pale,Alcohol Free,Premium', '330ml,500ml,6 x 330ml'),
  k('Red Wine', 'Drinks', 'Merlot,Shiraz,Rioja,Pinot Noir,Malbec', '750ml,187ml'),
  k('Dark Chocolate', 'Snacks', '70%,85%,Sea Salt,Orange,Mint,Chilli,Almond', '100g,200g'),
  k('Milk Chocolate', 'Snacks', 'Hazelnut,Caramel,Whole Nut,Fruit and Nut,Classic', '100g,200g,45g'),
  k('Chocolate Cookies', 'Snacks', 'Double,Chunky,White,Oat,Soft Baked', '150g,300g'),
  k('Potato Crisps', 'Snacks', 'Sea Salt,Salt and Vinegar,Cheese and Onion,Paprika,Sour Cream', '40g,150g,6 pack'),
  k('Tortilla Chips', 'Snacks', 'Lightly Salted,Chilli,Cool Original,Lime', '200g,300g'),
  k('Salted Peanuts', 'Snacks', 'Roasted,Honey Roasted,Dry Roasted,Chilli', '200g,500g'),
  k('Granola', 'Pantry', 'Honey,Nut,Berry,Chocolate,Low Sugar,Coconut', '500g,750g'),
  k('Porridge Oats', 'Pantry', 'Rolled,Jumbo,Organic,Golden Syrup,Apple Cinnamon', '500g,1kg'),
  k('Spaghetti', 'Pantry', 'Durum Wheat,Wholewheat,Gluten Free,Organic', '500g,1kg'),
  k('Penne Pasta', 'Pantry', 'Durum Wheat,Wholewheat,Gluten Free,Lentil', '500g,1kg'),
  k('Basmati Rice', 'Pantry', 'White,Brown,Wholegrain,Microwave', '500g,1kg,2kg'),
  k('Olive Oil', 'Pantry', 'Extra Virgin,Light,Organic,Garlic Infused', '500ml,1L'),
  k('Tomato Sauce', 'Pantry', 'Basil,Garlic,Arrabbiata,Puttanesca,Mushroom', '400g,690g'),
  k('Chopped Tomatoes', 'Pantry', 'Italian,Organic,With Herbs,With Garlic', '400g,4 x 400g'),
  k('Peanut Butter', 'Pantry', 'Smooth,Crunchy,Organic,No Added Sugar', '340g,1kg'),
  k('Strawberry Jam', 'Pantry', 'Extra Fruit,Reduced Sugar,Organic,Seedless', '340g,454g'),
  k('Honey', 'Pantry', 'Clear,Set,Manuka,Wildflower,Acacia', '340g,500g'),
  k('Baked Beans', 'Pantry', 'Classic,Reduced Sugar,Organic,Chilli', '415g,4 x 415g'),
  k('Vanilla Ice Cream', 'Frozen', 'Classic,Madagascar,Vegan,Light', '500ml,1L'),
  k('Chocolate Ice Cream', 'Frozen', 'Belgian,Double,Vegan,Cookie Dough', '500ml,1L'),
  k('Garden Peas', 'Frozen', 'Petits Pois,Organic,Minted,Sweet', '500g,1kg'),
  k('Margherita Pizza', 'Frozen', 'Stonebaked,Thin Crust,Deep Pan,Vegan', '350g,2 pack'),
  k('Fish Fingers', 'Frozen', 'Cod,Haddock,Salmon,Omega 3', '10 pack,20 pack'),
  k('Washing Up Liquid', 'Household', 'Lemon,Original,Sensitive,Lime', '500ml,900ml'),
  k('Laundry Detergent', 'Household', 'Bio,Non Bio,Colour,Sensitive', '1.5L,40 washes'),
  k('Kitchen Roll', 'Household', 'Ultra Absorbent,Recycled,Classic', '2 rolls,4 rolls'),
  k('Toilet Tissue', 'Household', 'Soft,Quilted,Recycled,Classic', '4 rolls,9 rolls'),
  k('Shampoo', 'Personal Care', 'Anti Dandruff,Volume,Coconut,Argan Oil,Sensitive', '250ml,400ml'),
  k('Toothpaste', 'Personal Care', 'Whitening,Sensitive,Fresh Mint,Herbal,Kids', '75ml,100ml'),
  k('Shower Gel', 'Personal Care', 'Citrus,Lavender,Sport,Coconut,Sensitive', '250ml,500ml'),
  k('Hand Soap', 'Personal Care', 'Aloe Vera,Lavender,Antibacterial,Lemon', '250ml,500ml'),
];

export const BRANDS = [
  'Alpine',
  'Green Valley',
  'Nordic',
  'Sunrise',
  'Golden Field',
  'Riverside',
  'Happy Cow',
  'Old Mill',
  'Blue Harbour',
  'Meadow',
  'Oakwood',
  'Silver Spoon',
  'Farmhouse',
  'Coastal',
  'Highland',
  'Urban Roast',
  'Little Bee',
  'Sun Garden',
  'Black Forest',
  'Hillside',
  'Harvest Moon',
  'Red Barn',
  'Wild Thyme',
  'Evergreen',
  'Maple Lane',
  'Stonebridge',
  'Clearwater',
  'Bella Casa',
  'Kingfisher',
  'Fjord',
  'Tillbox Basics',
  'Copper Kettle',
];

export function productName(rng: Rng): { name: string; category: string } {
  const kind = pick(rng, KINDS);
  return {
    name: `${pick(rng, BRANDS)} ${pick(rng, kind.variants)} ${kind.noun} ${pick(rng, kind.sizes)}`,
    category: kind.category,
  };
}

/**
 * What a cashier types: one or two words of a real name, the last one cut short.
 * Words with digits (sizes) are left out because nobody searches "500".
 */
export function searchPrefix(rng: Rng, name: string): string {
  const words = name
    .toLowerCase()
    .split(' ')
    .filter((w) => /^[a-z]{3,}$/.test(w));
  const start = Math.floor(rng() * words.length);
  const chosen = words.slice(start, start + (rng() < 0.5 ? 1 : 2));
  const last = chosen.pop() ?? 'choc';
  const cut = last.slice(0, 3 + Math.floor(rng() * (last.length - 2)));
  return [...chosen, cut].join(' ');
}
