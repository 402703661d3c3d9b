import { useEffect, useState } from 'preact/hooks';

/** Lists longer than this are drawn a window at a time (rows of a fixed height). */
export const WINDOW_FROM = 150;

/** The vertical span of a scrolling box in view, `[scrollTop, scrollTop + height]`, kept up to date. */
export function useScrollView(
  box: { readonly current: HTMLElement | null },
  enabled: boolean,
): [number, number] {
  const [view, setView] = useState<[number, number]>([0, 900]);
  useEffect(() => {
    const el = box.current;
    if (!el || !enabled) return;
    let frame = 0;
    const read = () => {
      frame = 0;
      const next: [number, number] = [el.scrollTop, el.scrollTop + (el.clientHeight || 900)];
      setView((v) => (v[0] === next[0] && v[1] === next[1] ? v : next));
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(read);
    };
    read();
    el.addEventListener('scroll', onScroll, { passive: true });
    const ro = new ResizeObserver(onScroll);
    ro.observe(el);
    return () => {
      el.removeEventListener('scroll', onScroll);
      ro.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [box, enabled]);
  return view;
}

/**
 * The rows of a scrolling box that are in view (with some rows either side):
 * `[start, end)` of `count` rows `rowHeight` pixels high. Only long lists use
 * it, so that a 1,000-row list keeps a few dozen rows in the page and an edit
 * repaints quickly.
 */
export function useRowWindow(
  box: { readonly current: HTMLElement | null },
  count: number,
  rowHeight: number,
  enabled: boolean,
): [number, number] {
  const [top, bottom] = useScrollView(box, enabled);
  if (!enabled) return [0, count];
  const overscan = 8;
  const start = Math.max(0, Math.floor(top / rowHeight) - overscan);
  const end = Math.min(count, Math.ceil(bottom / rowHeight) + overscan);
  return [start, Math.max(start, end)];
}

/** Scrolls a box so that the row at `index` is in view. */
export function scrollRowIntoView(
  box: HTMLElement | null,
  index: number,
  rowHeight: number,
  top = 0,
): void {
  if (!box) return;
  const y = top + index * rowHeight;
  if (y < box.scrollTop) box.scrollTop = y;
  else if (y + rowHeight > box.scrollTop + box.clientHeight)
    box.scrollTop = y + rowHeight - box.clientHeight;
}
