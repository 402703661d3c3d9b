import { Component, type ComponentChild } from 'preact';

/** Whether two props objects hold the same values, key by key (functions compared by identity). */
export function shallowEqual(a: object, b: object): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka)
    if ((a as Record<string, unknown>)[k] !== (b as Record<string, unknown>)[k]) return false;
  return true;
}

/**
 * A component that repaints only when its props change (Preact's core has no
 * `memo`; this keeps `preact/compat` out). For hook-free rows: a 1,000-row
 * chart repaints only the rows an edit touched.
 */
export function pure<P extends object>(
  render: (props: P) => ComponentChild,
  equal: (a: P, b: P) => boolean = shallowEqual,
): new (
  props: P,
) => Component<P> {
  return class Pure extends Component<P> {
    override shouldComponentUpdate(next: P): boolean {
      return !equal(this.props as P, next);
    }
    override render(props: P): ComponentChild {
      return render(props);
    }
  };
}
