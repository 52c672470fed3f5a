import v8 from 'node:v8';
import vm from 'node:vm';

/**
 * A full collection before each timed phase, so the major GC owed by the previous phase
 * (seeding allocates 200,000 products) is not charged to whichever phase runs next.
 * `npm run bench` passes no --expose-gc, so the flag is set here and gc fetched from a
 * fresh context, where V8 installs it once the flag is on.
 */
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as unknown;

export function collectGarbage(): void {
  if (typeof gc === 'function') gc();
}
