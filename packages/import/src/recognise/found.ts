/** A match inside a folded string: where it is and what it means. */
export interface Found<T> {
  readonly start: number;
  readonly end: number;
  readonly value: T;
}
