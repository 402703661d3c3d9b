// Issue 13, item 2, for @rollout/docx: renderDocx and renderProgressDocx on hostile plans
// and reports keep the contract of test-support/fuzz.ts (same bytes twice, input untouched,
// only the documented errors), and what they write is a zip whose XML parts all parse.
import type { Plan, RollupResult } from '@rollout/core';
import {
  clonePlan,
  PlanValidationError,
  plan985KhHndt,
  planNq58Province,
  planTwoLevelProvince,
  rollup,
} from '@rollout/core';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import {
  anyString,
  EDGE_DATES,
  fuzzParams,
  holdsAsync,
  hostile,
} from '../../../test-support/fuzz.js';
import {
  type RenderDocxOptions,
  type RenderProgressDocxOptions,
  renderDocx,
  renderProgressDocx,
} from '../src/index.js';
import { parseXml, parts } from './ooxml.js';

const PLANS: readonly Plan[] = [
  clonePlan(plan985KhHndt),
  clonePlan(planNq58Province),
  clonePlan(planTwoLevelProvince),
];
const REPORTS: readonly RollupResult[] = PLANS.map((p) =>
  rollup(p, [], { today: '2020-10-20' }).toJSON(),
);
/** Documented: RangeError for a bad timestamp or rule set; PlanValidationError for a non-plan. */
const documented = (e: unknown) => e instanceof RangeError || e instanceof PlanValidationError;
/** Options, some outside their type (a caller without types). */
const options: fc.Arbitrary<RenderDocxOptions> = fc.record(
  {
    lang: fc.constantFrom('vi', 'en'),
    timestamp: fc.constantFrom(...EDGE_DATES, '2020-09-03T08:00:00Z'),
    creator: anyString,
    rules: fc.constantFrom('party-2018', 'state-2020', 'nope'),
  },
  { requiredKeys: [] },
) as unknown as fc.Arbitrary<RenderDocxOptions>;

/** Every XML part of a DOCX parses strictly. */
function wellFormed(bytes: unknown): void {
  if (!(bytes instanceof Uint8Array)) return;
  for (const [name, xml] of Object.entries(parts(bytes)))
    if (name.endsWith('.xml') || name.endsWith('.rels')) parseXml(xml);
}

describe('@rollout/docx fuzz', () => {
  it('renderDocx never crashes on hostile plans and options; its XML always parses', async () => {
    await fc.assert(
      fc.asyncProperty(hostile(PLANS), options, async (plan, opts) => {
        const bytes = await renderDocx(plan, opts).catch((e: unknown) => e);
        wellFormed(bytes);
        await holdsAsync('renderDocx', renderDocx, [plan, opts], documented);
      }),
      fuzzParams(12),
    );
  });

  it('renderProgressDocx never crashes on hostile reports, plans and options', async () => {
    await fc.assert(
      fc.asyncProperty(hostile(REPORTS), hostile(PLANS), options, async (report, plan, opts) => {
        const bytes = await renderProgressDocx(report, {
          ...opts,
          plan,
        } as RenderProgressDocxOptions).catch((e: unknown) => e);
        wellFormed(bytes);
        await holdsAsync('renderProgressDocx', renderProgressDocx, [report, opts], documented);
      }),
      fuzzParams(12),
    );
  });
});
