// Issue 13, item 9: a zero-width space after spaces (or any format character that
// touches white space) must not change what the importer reads.
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../../test-support/corpus.js';
import { importPlans } from '../src/index.js';

const SEEDS = ['000_71fe7784b61734bc.txt', '001_c4a0ee48a2404adc.txt', '002_17d86c001578df32.txt'];

/** What a plan says, without the source offsets (which move with the input). */
const facts = (text: string) =>
  importPlans(text).plans.map((p) => ({
    tiers: p.tiers.map((t) => t.name),
    sessions: p.sessions.map((s) => [s.tier, s.deadline, s.method]),
    deliverables: p.deliverables.map((d) => [d.kind, d.due]),
  }));

describe('invisible characters next to white space', () => {
  it.each(SEEDS)(
    '%s reads the same with a zero-width space after every space, a word joiner before it and a BOM at each line start',
    (name) => {
      const text = readCorpus(name);
      const plain = facts(text);
      expect(plain.length).toBeGreaterThan(0);
      expect(facts(text.replace(/ /g, ' \u200b'))).toEqual(plain);
      expect(facts(text.replace(/ /g, '\u2060 '))).toEqual(plain);
      expect(facts(text.replace(/\n/g, '\n\ufeff'))).toEqual(plain);
      // Unread spans still slice the original text.
      const noisy = text.replace(/ /g, ' \u200b');
      for (const u of importPlans(noisy).unread) expect(noisy.slice(u.start, u.end)).toBe(u.text);
    },
  );
});
