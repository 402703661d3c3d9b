/**
 * A set of strings kept in typed arrays: an open-addressing hash table over
 * an arena of UTF-16 code units.
 *
 * @remarks Exact (strings are compared code unit by code unit on a hash hit)
 * and free of per-entry objects, so millions of event ids cost a few bytes
 * each and nothing for the garbage collector to trace — a `Set<string>` of
 * five million ids is several times slower in V8. @internal
 */
export class IdSet {
  /** Pairs (entry + 1, hash) per slot; entry + 1 = 0 marks an empty slot. */
  private table = new Int32Array(2 << 12);
  private mask = (1 << 12) - 1;
  private starts = new Int32Array((1 << 11) + 1);
  private arena = new Uint16Array(1 << 14);
  private count = 0;

  /** How many strings the set holds. */
  get size(): number {
    return this.count;
  }

  /** Adds a string; `true` when it was not in the set yet. */
  add(s: string): boolean {
    const len = s.length;
    const n = this.count;
    if (n + 2 >= this.starts.length) this.growEntries();
    const start = this.starts[n]!;
    if (start + len > this.arena.length) this.growArena(start + len);
    // One pass: copy the code units to the arena (kept only if the string is
    // new) and hash them (FNV-1a, then a final avalanche).
    const arena = this.arena;
    let h = 0x811c9dc5;
    for (let i = 0; i < len; i++) {
      const c = s.charCodeAt(i);
      arena[start + i] = c;
      h = Math.imul(h ^ c, 0x01000193);
    }
    h ^= h >>> 16;
    h = Math.imul(h, 0x7feb352d);
    h ^= h >>> 15;
    const table = this.table;
    const mask = this.mask;
    let slot = h & mask;
    for (;;) {
      const e = table[slot << 1]!;
      if (e === 0) break;
      if (table[(slot << 1) + 1] === h && this.equals(e - 1, start, len)) return false;
      slot = (slot + 1) & mask;
    }
    this.starts[n + 1] = start + len;
    table[slot << 1] = n + 1;
    table[(slot << 1) + 1] = h;
    this.count = n + 1;
    if (this.count * 2 > mask) this.rehash();
    return true;
  }

  /** Whether entry `entry` equals the `len` code units at `at` in the arena. */
  private equals(entry: number, at: number, len: number): boolean {
    const start = this.starts[entry]!;
    if (this.starts[entry + 1]! - start !== len) return false;
    const arena = this.arena;
    for (let i = 0; i < len; i++) if (arena[start + i] !== arena[at + i]) return false;
    return true;
  }

  private growEntries(): void {
    const starts = new Int32Array(this.starts.length * 2);
    starts.set(this.starts);
    this.starts = starts;
  }

  private growArena(need: number): void {
    let size = this.arena.length * 2;
    while (size < need) size *= 2;
    const arena = new Uint16Array(size);
    arena.set(this.arena);
    this.arena = arena;
  }

  private rehash(): void {
    const old = this.table;
    const slots = (this.mask + 1) * 2;
    const table = new Int32Array(slots * 2);
    const mask = slots - 1;
    for (let i = 0; i < old.length; i += 2) {
      const e = old[i]!;
      if (e === 0) continue;
      const h = old[i + 1]!;
      let slot = h & mask;
      while (table[slot << 1] !== 0) slot = (slot + 1) & mask;
      table[slot << 1] = e;
      table[(slot << 1) + 1] = h;
    }
    this.table = table;
    this.mask = mask;
  }
}
