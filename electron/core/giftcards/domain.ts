import type { CoreContext } from '../context';
import type { HandlersOf } from '../router';
import { GiftCardService } from './gift-card-service';

/** giftcard.*: balances and codes; cards are sold through the cart and spent as a tender. */
export function giftCardsDomain(ctx: CoreContext) {
  const giftCards = new GiftCardService(ctx.db);
  const handlers: HandlersOf<'giftcard'> = {
    'giftcard.balance': (input) => giftCards.balance(input.code),
    'giftcard.generateCode': () => ({ code: giftCards.generateCode() }),
  };
  return { giftCards, handlers };
}
