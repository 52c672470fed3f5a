import { useEffect, useRef } from 'react';
import { normalizeScan } from '../../../shared/barcode';
import { dispatchKey, replayKeys, replayedEvents } from './replay-keys';
import type { HeldKey } from './replay-keys';
import { WedgeDetector, isPrintableKey } from './wedge-detector';
import type { WedgeOptions } from './wedge-detector';

export interface WedgeScannerOptions {
  enabled: boolean;
  onScan: (code: string) => void;
  options?: Partial<WedgeOptions>;
}

const LATE_TIMER_MS = 10;
const TERMINATORS = new Set(['Enter', 'Tab']);

// Pressing these alone types nothing; scanners send Shift for capitals mid-burst.
const MODIFIER_KEYS = new Set(['Shift', 'Control', 'Alt', 'AltGraph', 'Meta', 'CapsLock', 'NumLock', 'Fn']);

/**
 * Listens on window in the capture phase so a scan is seen before any field or shortcut,
 * whatever has focus. Printable keys are held back while they could still be a scan; if
 * the burst turns out to be typing they are replayed where they were aimed (see
 * replay-keys.ts), so slow typing still works, just up to `maxGapMs` later.
 */
export function useWedgeScanner({ enabled, onScan, options }: WedgeScannerOptions): void {
  const onScanRef = useRef(onScan);
  useEffect(() => {
    onScanRef.current = onScan;
  });
  const prefix = options?.prefix;
  const minLength = options?.minLength;
  const maxAvgIntervalMs = options?.maxAvgIntervalMs;
  const maxGapMs = options?.maxGapMs;

  useEffect(() => {
    if (!enabled) return;
    const tuned: Partial<WedgeOptions> = {};
    if (prefix !== undefined) tuned.prefix = prefix;
    if (minLength !== undefined) tuned.minLength = minLength;
    if (maxAvgIntervalMs !== undefined) tuned.maxAvgIntervalMs = maxAvgIntervalMs;
    if (maxGapMs !== undefined) tuned.maxGapMs = maxGapMs;
    const detector = new WedgeDetector(tuned);
    let held: HeldKey[] = [];
    let timer: number | undefined;

    const flush = (): void => {
      const keys = held;
      held = [];
      replayKeys(keys);
    };

    let recheckedLate = false;

    const schedule = (): void => {
      window.clearTimeout(timer);
      recheckedLate = false;
      const deadline = detector.idleDeadline();
      if (deadline === null) return;
      // +1 so the check lands strictly after the deadline even when the timer fires on time.
      timer = window.setTimeout(onIdle, Math.max(0, deadline - performance.now()) + 1);
    };

    function onIdle(): void {
      const deadline = detector.idleDeadline();
      // A timer that fires late means the page was busy, and scanner keys stamped before
      // the deadline may still be queued behind it: let them in before judging the gap.
      if (deadline !== null && performance.now() - deadline > LATE_TIMER_MS && !recheckedLate) {
        recheckedLate = true;
        timer = window.setTimeout(onIdle, 0);
        return;
      }
      if (detector.idle(performance.now()) !== '') flush();
      schedule();
    }

    const onKeyDown = (e: KeyboardEvent): void => {
      if (replayedEvents.has(e) || e.isComposing || MODIFIER_KEYS.has(e.key)) return;
      const chord = e.ctrlKey || e.metaKey || (e.altKey && !isPrintableKey(e.key));
      // Auto-repeat of a held-down key is fast, but it is a person, not a scanner.
      const key = chord || e.repeat ? 'Unidentified' : e.key;
      const step = detector.feed(key, e.timeStamp);
      if (step.release !== '') {
        const focused = document.activeElement;
        flush();
        // Typed characters given back can move the focus (digits with no field focused go to
        // the search box). The Enter that ended them was aimed at the old focus; it belongs
        // with the text, so it follows it there instead of landing on the page.
        if (TERMINATORS.has(e.key) && document.activeElement !== focused && document.activeElement !== null) {
          e.preventDefault();
          e.stopImmediatePropagation();
          dispatchKey({ key: e.key, code: e.code, shiftKey: e.shiftKey, target: document.activeElement });
          schedule();
          return;
        }
      }
      if (step.scan !== null) {
        e.preventDefault();
        e.stopImmediatePropagation();
        // The held keys were the scan itself: they must never reach a field.
        held = [];
        const code = normalizeScan(step.scan);
        if (code !== '') onScanRef.current(code);
      } else if (step.hold) {
        e.preventDefault();
        e.stopImmediatePropagation();
        held.push({ key: e.key, code: e.code, shiftKey: e.shiftKey, target: e.target });
      }
      schedule();
    };

    // Leaving the window mid-burst: whatever was held was typed by a person.
    const onBlur = (): void => {
      if (detector.reset() !== '') flush();
    };

    window.addEventListener('keydown', onKeyDown, { capture: true });
    window.addEventListener('blur', onBlur);
    return () => {
      window.removeEventListener('keydown', onKeyDown, { capture: true });
      window.removeEventListener('blur', onBlur);
      window.clearTimeout(timer);
      if (detector.reset() !== '') flush();
    };
  }, [enabled, prefix, minLength, maxAvgIntervalMs, maxGapMs]);
}
