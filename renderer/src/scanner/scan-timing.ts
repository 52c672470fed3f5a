import type { CartView } from '../../../shared/domain/cart';

/**
 * Scan-to-line timing: from the moment a scan is recognised to the frame that shows its
 * cart line. Kept as User Timing entries so the e2e test (and DevTools) can read them.
 *
 * Each scan keeps its own mark start time, so two scans in quick succession are not
 * measured against the later mark.
 */
interface PendingScan {
  code: string;
  start: number;
  /** The cart the server returned for this scan; its line is on screen once this is rendered. */
  view: CartView | null;
}

let pending: PendingScan[] = [];

export function markScanStart(code: string): PendingScan {
  const mark = performance.mark('scan-start', { detail: { code } });
  const scan: PendingScan = { code, start: mark.startTime, view: null };
  pending.push(scan);
  return scan;
}

export function scanAnswered(scan: PendingScan, view: CartView | null): void {
  if (view === null) pending = pending.filter((p) => p !== scan);
  else scan.view = view;
}

/**
 * Called from a layout effect after the cart renders; the measure ends on the next
 * animation frame, which is when the rendered line is actually painted.
 */
export function cartRendered(rendered: CartView): void {
  const done = pending.filter((p) => p.view !== null && p.view.updatedAt <= rendered.updatedAt);
  if (done.length === 0) return;
  pending = pending.filter((p) => !done.includes(p));
  requestAnimationFrame(() => {
    for (const scan of done) {
      performance.measure('scan-to-line', { start: scan.start, end: performance.now(), detail: { code: scan.code } });
    }
  });
}
