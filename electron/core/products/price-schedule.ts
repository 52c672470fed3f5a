import type { StaffView } from '../../../shared/domain/staff';
import { newId, nowIso } from '../clock';
import { tillIdOf, type CoreContext } from '../context';
import { fail } from '../errors';
import { setPrice, writePriceChangeDocument } from './price-changes';
import type { ProductService } from './product-service';

/** How often the core looks for schedules that fell due. */
export const SCHEDULE_INTERVAL_MS = 30_000;

/**
 * Prices that take effect at a date: waiting in scheduled_prices until then, each carried
 * out once as a 'price.changed' document naming the schedule, or cancelled before.
 */
export class PriceSchedules {
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly ctx: CoreContext,
    private readonly products: ProductService,
  ) {}

  schedule(input: { id: string; price: number; effectiveAt: string }, staff: StaffView): string {
    const { db } = this.ctx;
    const tillId = tillIdOf(this.ctx);
    // Stored as UTC ISO so schedules compare as text, whatever offset the form sent.
    const effectiveAt = new Date(input.effectiveAt).toISOString();
    if (effectiveAt <= nowIso(this.ctx.clock)) fail('schedule_in_past', 'A scheduled price takes effect after now');
    db.txImmediate(() => {
      const p = db.first(db.q.selectFrom('products').select('sku').where('id', '=', input.id)) ?? fail('not_found', 'No such product');
      const id = newId(this.ctx.clock);
      db.run(
        db.q.insertInto('scheduled_prices').values({
          id,
          product_id: input.id,
          price: input.price,
          effective_at: effectiveAt,
          staff_id: staff.id,
          created_at: nowIso(this.ctx.clock),
          applied_at: null,
          cancelled_at: null,
        }),
      );
      this.products.journal(tillId, staff, {
        action: 'price.scheduled',
        productId: input.id,
        sku: p.sku,
        scheduledId: id,
        price: input.price,
        effectiveAt,
      });
    });
    return input.id;
  }

  /** Cancels a pending schedule; one already carried out (or cancelled) stays as it is. Returns its product. */
  cancel(scheduledId: string, staff: StaffView): string {
    const { db } = this.ctx;
    const tillId = tillIdOf(this.ctx);
    return db.txImmediate(() => {
      const s =
        db.first(db.q.selectFrom('scheduled_prices').selectAll().where('id', '=', scheduledId)) ??
        fail('not_found', 'No such scheduled price');
      if (s.applied_at !== null) fail('invalid_input', 'That price has already taken effect: change the price instead');
      if (s.cancelled_at !== null) fail('invalid_input', 'That scheduled price is already cancelled');
      db.run(db.q.updateTable('scheduled_prices').set({ cancelled_at: nowIso(this.ctx.clock) }).where('id', '=', scheduledId));
      this.products.journal(tillId, staff, { action: 'price.unscheduled', productId: s.product_id, scheduledId });
      return s.product_id;
    });
  }

  /**
   * Carries out every schedule that is due, oldest first, each as its own price change
   * document. One IMMEDIATE transaction re-reads the pending rows under the write lock, so
   * two runs that race (two timers, two processes) apply each schedule exactly once.
   * Returns how many it applied.
   */
  applyDue(): number {
    const { db } = this.ctx;
    const tillId = this.ctx.settings.get('tillId');
    if (!tillId) return 0;
    return db.txImmediate(() => {
      const now = nowIso(this.ctx.clock);
      const due = db.all(
        db.q
          .selectFrom('scheduled_prices')
          .selectAll()
          .where('applied_at', 'is', null)
          .where('cancelled_at', 'is', null)
          .where('effective_at', '<=', now)
          .orderBy('effective_at')
          .orderBy('id'),
      );
      for (const s of due) {
        const p = db.first(db.q.selectFrom('products').select('price').where('id', '=', s.product_id));
        if (!p) continue;
        setPrice(this.ctx, s.product_id, s.price);
        writePriceChangeDocument(
          this.ctx,
          tillId,
          [{ productId: s.product_id, oldPrice: p.price, newPrice: s.price, staffId: s.staff_id, scheduledId: s.id }],
          { scheduledId: s.id, staffId: s.staff_id },
        );
        db.run(db.q.updateTable('scheduled_prices').set({ applied_at: now }).where('id', '=', s.id));
      }
      return due.length;
    });
  }

  /** At start-up and every 30 s; the timer never keeps the process alive. */
  start(): void {
    this.runSafely();
    if (this.timer === null) {
      this.timer = setInterval(() => this.runSafely(), SCHEDULE_INTERVAL_MS);
      this.timer.unref();
    }
  }

  stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }

  private runSafely(): void {
    try {
      this.applyDue();
    } catch (err) {
      // A busy database or a closed core: the next tick tries again, nothing was half done.
      console.warn('scheduled prices: not applied this time', err);
    }
  }
}
