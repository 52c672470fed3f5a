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
let lastRendered: CartView | null = null;

function measureOnNextFrame(done: PendingScan[]): void {
  // The layout effect runs before paint; the next frame is when the line is visible.
  requestAnimationFrame(() => {
    for (const scan of done) {
      performance.measure('scan-to-line', { start: scan.start, end: performance.now(), detail: { code: scan.code } });
    }
  });
}

export function markScanStart(code: string): PendingScan {
  const mark = performance.mark('scan-start', { detail: { code } });
  const scan: PendingScan = { code, start: mark.startTime, view: null };
  pending.push(scan);
  return scan;
}

export function scanAnswered(scan: PendingScan, view: CartView | null): void {
  if (view === null || (lastRendered !== null && lastRendered.version >= view.version)) {
    // Failed, or the `cart.updated` push already put the line on screen before the reply came.
    pending = pending.filter((p) => p !== scan);
    if (view !== null) measureOnNextFrame([scan]);
    return;
  }
  scan.view = view;
}

/** Called from a layout effect each time the cart renders. */
export function cartRendered(rendered: CartView): void {
  lastRendered = rendered;
  const done = pending.filter((p) => p.view !== null && p.view.version <= rendered.version);
  if (done.length === 0) return;
  pending = pending.filter((p) => !done.includes(p));
  measureOnNextFrame(done);
}
