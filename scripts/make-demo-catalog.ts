/**
 * Writes resources/demo/catalog.csv and store.json: the Corner Market demo shop.
 * Run with `npx tsx scripts/make-demo-catalog.ts`. The output depends only on the lists
 * below (no clock, no random numbers), so regenerating after an edit changes only what
 * was edited, and the result is parsed with the real importer before it is written.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCatalogCsv } from '../electron/core/catalog/csv';
import { isValidGtin } from '../shared/barcode';

type TaxCode = 'A' | 'B';
/** [name, price in pence (per kg when weighed), options] */
type Item = [name: string, price: number, opts?: { tax?: TaxCode; packCode?: true; plu?: number }];

interface Category {
  name: string;
  color: string;
  skuPrefix: string;
  tax: TaxCode;
  /** Cost as a share of shelf price, in basis points. */
  costBps: number;
  /** GS1 company prefixes (7 digits) the packaged goods of this aisle come from. */
  companies: string[];
  items: Item[];
}

// UK VAT shapes the split: most food is reduced (B), but crisps, sweets, chocolate biscuits,
// ice cream and soft drinks are standard (A) however food-like they are.
const categories: Category[] = [
  { name: 'Bakery', color: 'orange', skuPrefix: 'BAK', tax: 'B', costBps: 5500, companies: ['5010029', '5000168', '5057753', '4009233'], items: [
    ['Sourdough Loaf 800g', 325], ['White Sliced Bread 800g', 145], ['Wholemeal Sliced Bread 800g', 155],
    ['Seeded Batch Loaf 800g', 215], ['Brown Rolls 6 Pack', 120], ['White Baps 4 Pack', 95],
    ['All Butter Croissants 4 Pack', 200], ['Pain au Chocolat 2 Pack', 150], ['Hot Cross Buns 4 Pack', 125],
    ['Crumpets 6 Pack', 85], ['English Muffins 4 Pack', 110], ['Plain Bagels 5 Pack', 140],
    ['Garlic Baguette 210g', 99], ['French Stick 400g', 85], ['Tiger Bloomer 400g', 165],
    ['Fruit Loaf 400g', 175], ['Chocolate Muffins 4 Pack', 210], ['Victoria Sponge Cake', 350],
  ] },
  { name: 'Dairy', color: 'blue', skuPrefix: 'DAI', tax: 'B', costBps: 7000, companies: ['5000295', '5036589', '5760466', '4025500'], items: [
    ['Semi-Skimmed Milk 1L', 95], ['Semi-Skimmed Milk 2L', 165], ['Whole Milk 1L', 105], ['Skimmed Milk 1L', 95],
    ['Oat Drink 1L', 180], ['Salted Butter 250g', 225], ['Unsalted Butter 250g', 225], ['Spreadable Butter 500g', 375],
    ['Cheddar Mature 400g', 380], ['Cheddar Mild 400g', 340], ['Red Leicester 200g', 225], ['Mozzarella 125g', 95],
    ['Greek Style Yogurt 500g', 145], ['Strawberry Yogurt 4x125g', 165], ['Natural Yogurt 500g', 95],
    ['Double Cream 300ml', 145], ['Free Range Eggs 6 Pack', 199], ['Free Range Eggs 12 Pack', 365],
  ] },
  { name: 'Fruit & Veg', color: 'green', skuPrefix: 'FRV', tax: 'B', costBps: 6000, companies: ['5051008', '5000169', '8718452'], items: [
    ['Bananas (loose)', 110, { plu: 1 }], ['Gala Apples (loose)', 240, { plu: 2 }], ['Vine Tomatoes (loose)', 320, { plu: 3 }],
    ['Carrots (loose)', 90, { plu: 4 }], ['Red Onions (loose)', 150, { plu: 5 }],
    ['Baby Potatoes 1kg', 125], ['Maris Piper Potatoes 2.5kg', 175], ['Broccoli', 65], ['Cucumber', 75],
    ['Iceberg Lettuce', 70], ['Cherry Tomatoes 250g', 115], ['Closed Cup Mushrooms 300g', 95], ['Red Peppers 3 Pack', 165],
    ['Garlic Bulbs 3 Pack', 75], ['Lemons 4 Pack', 110], ['Blueberries 150g', 200], ['Strawberries 400g', 275],
    ['Avocados 2 Pack', 170], ['Easy Peeler Oranges 600g', 165], ['Baby Spinach 240g', 125],
  ] },
  { name: 'Drinks', color: 'cyan', skuPrefix: 'DRK', tax: 'A', costBps: 5500, companies: ['5449000', '5000112', '5010102', '8002270', '3057640'], items: [
    ['Coca-Cola 330ml Can', 125, { packCode: true }], ['Diet Coke 330ml Can', 115, { packCode: true }],
    ['Coca-Cola Zero Sugar 500ml', 175], ['Pepsi Max 500ml', 165], ['Sprite 500ml', 155], ['Fanta Orange 330ml Can', 110],
    ['Irn-Bru 330ml Can', 95], ['Still Spring Water 500ml', 75, { packCode: true }], ['Sparkling Water 1.5L', 89],
    ['Smooth Orange Juice 1L', 185], ['Cloudy Apple Juice 1L', 150], ['Ribena Blackcurrant 500ml', 160],
    ['Red Bull 250ml Can', 155, { packCode: true }], ['Lucozade Energy Orange 380ml', 139], ['Cold Brew Coffee 250ml', 225],
    ['Ginger Beer 330ml Bottle', 120], ['San Pellegrino Lemon 330ml Can', 135],
  ] },
  { name: 'Snacks', color: 'yellow', skuPrefix: 'SNK', tax: 'A', costBps: 6000, companies: ['5000328', '5000159', '7622210', '4000417'], items: [
    ['Walkers Ready Salted 32.5g', 85, { packCode: true }], ['Walkers Cheese & Onion 32.5g', 85],
    ['Salt & Vinegar Crisps 150g', 185], ['Tortilla Chips Lightly Salted 200g', 145], ['Salted Peanuts 200g', 160],
    ['Mars Bar 51g', 85, { packCode: true }], ['Snickers 48g', 85], ['Dairy Milk 110g', 175], ['KitKat 4 Finger 41.5g', 80],
    ['Haribo Starmix 140g', 125], ['Chocolate Digestives 300g', 145], ['Custard Creams 400g', 75, { tax: 'B' }],
    ['Rich Tea Biscuits 300g', 65, { tax: 'B' }], ['Sweet & Salty Popcorn 100g', 150], ['Salted Pretzels 175g', 130],
    ['Fruit & Nut Mix 200g', 210, { tax: 'B' }], ['Chewy Cereal Bars 5 Pack', 175],
  ] },
  { name: 'Household', color: 'indigo', skuPrefix: 'HSH', tax: 'A', costBps: 6500, companies: ['5000204', '8001090', '4015000', '5410076'], items: [
    ['Toilet Tissue 9 Roll', 450], ['Kitchen Roll 2 Pack', 275], ['Washing Up Liquid 450ml', 115],
    ['Laundry Liquid 24 Wash', 600], ['Fabric Conditioner 33 Wash', 350], ['Dishwasher Tablets 30 Pack', 550],
    ['Thick Bleach 750ml', 85], ['Multi-Surface Spray 500ml', 125], ['Bin Bags 20 Pack', 199], ['Sponge Scourers 6 Pack', 99],
    ['Aluminium Foil 10m', 150], ['Cling Film 20m', 120], ['Freezer Bags 50 Pack', 125], ['AA Batteries 4 Pack', 399],
    ['LED Light Bulb E27', 300], ['Household Matches 10 Pack', 150], ['Tealight Candles 30 Pack', 225],
  ] },
  { name: 'Frozen', color: 'teal', skuPrefix: 'FRZ', tax: 'B', costBps: 6000, companies: ['5000116', '4000400', '5010228'], items: [
    ['Garden Peas 1kg', 150], ['Sweetcorn 500g', 115], ['Straight Cut Oven Chips 1.5kg', 225], ['Fish Fingers 10 Pack', 250],
    ['Chicken Nuggets 500g', 300], ['Margherita Pizza 340g', 250], ['Pepperoni Pizza 380g', 300], ['Beef Lasagne 400g', 275],
    ['Vegetable Spring Rolls 12 Pack', 200], ['Mixed Berries 500g', 275], ['Hash Browns 700g', 165],
    ['Yorkshire Puddings 12 Pack', 120], ['Beef Burgers 4 Pack', 325], ['Vanilla Ice Cream 1L', 199, { tax: 'A' }],
    ['Chocolate Ice Cream 900ml', 225, { tax: 'A' }], ['Fruit Ice Lollies 8 Pack', 175, { tax: 'A' }], ['Ice Cubes 2kg', 125],
  ] },
  { name: 'Deli', color: 'red', skuPrefix: 'DLI', tax: 'B', costBps: 6500, companies: ['5000201', '8000050', '8410010', '5391516'], items: [
    ['Wiltshire Ham (deli counter)', 1800, { plu: 21 }], ['Mixed Olives (deli counter)', 1250, { plu: 22 }],
    ['Farmhouse Cheddar (deli counter)', 1400, { plu: 23 }],
    ['Cooked Ham 10 Slices', 200], ['Roast Chicken Slices 150g', 225], ['Salami Milano 70g', 175], ['Chorizo Ring 225g', 250],
    ['Pork Pie 140g', 110], ['Scotch Egg 113g', 120], ['Sausage Rolls 4 Pack', 175], ['Classic Houmous 200g', 125],
    ['Coleslaw 300g', 110], ['Potato Salad 250g', 130], ['Smoked Salmon 100g', 350], ['Cheese & Pickle Sandwich', 250],
    ['Chicken Caesar Wrap', 300], ['Greek Feta 200g', 190],
  ] },
  { name: 'Pantry', color: 'grape', skuPrefix: 'PAN', tax: 'B', costBps: 6500, companies: ['5000157', '8076800', '5000354', '5010251'], items: [
    ['Baked Beans 415g', 95], ['Chopped Tomatoes 400g', 65], ['Spaghetti 500g', 110], ['Penne Pasta 500g', 110],
    ['Basmati Rice 1kg', 225], ['Tomato Ketchup 460g', 199], ['Real Mayonnaise 400ml', 225], ['Strawberry Jam 340g', 150],
    ['Smooth Peanut Butter 340g', 225], ['Cornflakes 500g', 200], ['Porridge Oats 1kg', 125], ['Plain Flour 1.5kg', 90],
    ['Granulated Sugar 1kg', 110], ['Tea Bags 80 Pack', 299], ['Instant Coffee 100g', 375],
    ['Chicken Stock Cubes 10 Pack', 110], ['Extra Virgin Olive Oil 500ml', 450], ['Cream of Tomato Soup 400g', 95],
    ['Table Salt 750g', 65],
  ] },
  { name: 'Personal care', color: 'pink', skuPrefix: 'PER', tax: 'A', costBps: 6000, companies: ['5000167', '4005800', '8712561', '3600523'], items: [
    ['Fluoride Toothpaste 75ml', 150], ['Toothbrush Medium', 125], ['Shower Gel 250ml', 175], ['Shampoo 400ml', 275],
    ['Conditioner 400ml', 275], ['Roll-On Deodorant 50ml', 199], ['Antiperspirant Spray 150ml', 299],
    ['Hand Wash 250ml', 110], ['Bar Soap 2 Pack', 100], ['Disposable Razors 5 Pack', 325], ['Cotton Buds 200 Pack', 99],
    ['Pocket Tissues 6 Pack', 99], ['Paracetamol 500mg 16 Tablets', 59], ['Ibuprofen 200mg 16 Tablets', 75],
    ['Lip Balm 4.8g', 199], ['Sun Cream SPF30 200ml', 450], ['Fabric Plasters 20 Pack', 150],
  ] },
];

function ean13(body12: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(body12[i]) * ((11 - i) % 2 === 0 ? 3 : 1);
  return body12 + String((10 - (sum % 10)) % 10);
}

// Item references start at a per-company offset and step by a number coprime to 100000, so
// each company's codes look like a real range rather than 00001, 00002... and never repeat.
const nextItem = new Map<string, number>();
function packagedCode(company: string): string {
  const n = nextItem.get(company) ?? 0;
  nextItem.set(company, n + 1);
  const item = (Number(company.slice(-3)) * 97 + 417 + n * 2111) % 100000;
  return ean13(company + String(item).padStart(5, '0'));
}

/** In-store code for a weighed item: 21, the PLU, and a zero value the scale fills in at sale. */
function weighedCode(plu: number): string {
  return ean13(`21${String(plu).padStart(5, '0')}00000`);
}

const decimal = (units: number, places: number): string => {
  const scale = 10 ** places;
  return `${Math.floor(units / scale)}.${String(units % scale).padStart(places, '0')}`;
};

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

const lines = ['barcode,sku,name,category,price,cost,tax,unit,stock'];
let position = 0;
for (const category of categories) {
  category.items.forEach(([name, price, opts = {}], i) => {
    position++;
    const company = category.companies[i % category.companies.length] ?? '';
    const barcodes = opts.plu === undefined ? [packagedCode(company)] : [weighedCode(opts.plu)];
    // The second code is the same product's code inside a multipack, scanned when a pack is split.
    if (opts.packCode) barcodes.push(packagedCode(company));
    const cost = Math.round((price * category.costBps) / 10000);
    // Stock in thousandths: whole units for packaged goods, quarter kilos for the scale.
    const stock = opts.plu === undefined ? (6 + ((position * 37) % 60)) * 1000 : (2 + ((position * 7) % 58)) * 250;
    lines.push(
      [
        barcodes.join('|'),
        `${category.skuPrefix}-${String(i + 1).padStart(3, '0')}`,
        name,
        category.name,
        decimal(price, 2),
        decimal(cost, 2),
        opts.tax ?? category.tax,
        opts.plu === undefined ? 'each' : 'kg',
        opts.plu === undefined ? String(stock / 1000) : decimal(stock, 3),
      ]
        .map(csvField)
        .join(','),
    );
  });
}
const csv = lines.join('\n') + '\n';

const taxRates = [
  { code: 'A', name: 'Standard', rateBps: 2000 },
  { code: 'B', name: 'Reduced', rateBps: 500 },
];
const check = parseCatalogCsv(csv, {
  currencyExponent: 2,
  taxCodes: taxRates.map((t) => t.code),
  validateBarcode: (code) => code.length === 13 && isValidGtin(code),
});
const names = new Set(check.rows.map((row) => row.name));
if (check.issues.length > 0 || names.size !== check.rows.length || check.rows.some((row) => row.cost === null || row.cost >= row.price)) {
  throw new Error(`The demo catalog does not import cleanly: ${JSON.stringify(check.issues.slice(0, 5))}`);
}

const store = {
  store: { name: 'Corner Market (demo)', address: '12 High Street, Springfield', currency: 'GBP', locale: 'en-GB', taxInclusive: true },
  taxRates,
  // Public on purpose: the README tells demo users how to sign in.
  staff: [
    { name: 'Casey Cashier', role: 'cashier', pin: '1111' },
    { name: 'Morgan Manager', role: 'manager', pin: '9999' },
  ],
  categoryColors: Object.fromEntries(categories.map((c) => [c.name, c.color])),
};

const dir = fileURLToPath(new URL('../resources/demo/', import.meta.url));
mkdirSync(dir, { recursive: true });
writeFileSync(`${dir}catalog.csv`, csv);
writeFileSync(`${dir}store.json`, JSON.stringify(store, null, 2) + '\n');
console.log(`Wrote ${check.rows.length} products in ${categories.length} categories to ${dir}`);
