import { useEffect, useRef } from 'react';

/**
 * Calls `load` when the returned element scrolls into view inside its scrolling parent:
 * the table's next page arrives as the manager reaches the bottom. A "Load more" button
 * beside it does the same for a keyboard or when the observer is not enough.
 */
export function useLoadMore(load: () => void, enabled: boolean) {
  const ref = useRef<HTMLDivElement>(null);
  const latest = useRef(load);
  useEffect(() => {
    latest.current = load;
  });
  useEffect(() => {
    const el = ref.current;
    if (el === null || !enabled) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) latest.current();
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [enabled]);
  return ref;
}
