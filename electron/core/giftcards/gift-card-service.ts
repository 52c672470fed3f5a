import { randomInt } from 'node:crypto';
import type { GiftCardBalance } from '../../../shared/domain/customer';
import type { SqlDb } from '../db/sql';
import { fail } from '../errors';

/** Letters and digits a person reads back without doubt: no 0/O, no 1/I/L. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 16;

/** Gift cards: what a code holds, and fresh codes for new cards. */
export class GiftCardService {
  constructor(private readonly db: SqlDb) {}

  balance(code: string): GiftCardBalance {
    const upper = code.toUpperCase();
    const card = this.db.first(this.db.q.selectFrom('gift_cards').select(['id', 'balance']).where('code', '=', upper));
    if (!card) return { code: upper, exists: false, balance: 0, movements: 0 };
    const n = this.db.first(
      this.db.q
        .selectFrom('gift_card_movements')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('gift_card_id', '=', card.id),
    );
    return { code: upper, exists: true, balance: card.balance, movements: n?.n ?? 0 };
  }

  /** 31^16 codes (about 2^79): unguessable, and checked unused all the same. */
  generateCode(): string {
    for (let attempt = 0; attempt < 5; attempt++) {
      let code = '';
      for (let i = 0; i < CODE_LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
      if (!this.db.first(this.db.q.selectFrom('gift_cards').select('id').where('code', '=', code))) return code;
    }
    return fail('internal', 'No unused gift card code was found');
  }
}
