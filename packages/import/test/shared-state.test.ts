// Issue 13, item 3, for the importer: a good import, hostile imports (long runs of what the
// recognisers match, dates at the edges 0001 and 9999, impossible dates), the good import
// again: deep-equal.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'vitest';
import { goodAfterHostile } from '../../../test-support/fuzz.js';
import { importPlans } from '../src/index.js';

const text = readFileSync(resolve(import.meta.dirname, 'fixtures', 'district-party.txt'), 'utf8');

describe('no shared mutable state in importPlans', () => {
  it('gives the same result before and after hostile texts', async () => {
    await goodAfterHostile(
      () => importPlans(text),
      [
        () => importPlans(text.replaceAll(/\d{4}/g, '9999')),
        () => importPlans(text.replaceAll(/\d{4}/g, '0001'), { defaultYear: 1 }),
        () => importPlans(text.replaceAll(/\b\d{1,2}\/\d{1,2}\b/g, '30/02'), { defaultYear: 9999 }),
        () => importPlans(`ngày ${'1/'.repeat(5000)} ${'9'.repeat(5000)}`),
      ],
    );
  });
});
