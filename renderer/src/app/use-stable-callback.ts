import { useCallback, useEffect, useRef } from 'react';

/**
 * A callback whose identity never changes but which always runs the latest closure, so
 * memoized children (the product grid) do not re-render on every cart update.
 */
export function useStableCallback<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const ref = useRef(fn);
  useEffect(() => {
    ref.current = fn;
  });
  return useCallback((...args: A) => ref.current(...args), []);
}
