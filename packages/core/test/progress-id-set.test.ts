import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdSet } from '../src/progress/id-set.js';

describe('IdSet (the roll-up’s set of event ids)', () => {
  it('agrees with a Set<string> on any strings, growth included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'binary', maxLength: 12 }), { maxLength: 3000 }),
        (keys) => {
          const ids = new IdSet();
          const ref = new Set<string>();
          for (const k of keys) {
            expect(ids.add(k)).toBe(!ref.has(k));
            ref.add(k);
          }
          expect(ids.size).toBe(ref.size);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('tells apart ids that differ in one code unit, or only in length', () => {
    const ids = new IdSet();
    for (let i = 0; i < 20_000; i++) expect(ids.add(`ev-${i}`)).toBe(true);
    expect(ids.add('ev-19999')).toBe(false);
    expect(ids.add('ev-1999é')).toBe(true);
    expect(ids.add('')).toBe(true);
    expect(ids.add('')).toBe(false);
    expect(ids.add('\u0000')).toBe(true);
  });
});
