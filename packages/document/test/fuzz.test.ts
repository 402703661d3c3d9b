// Issue 13, item 2, for @rollout/document: every renderer and layout function on hostile
// plans and reports (any JSON, any string, the examples with fields deleted, duplicated or
// replaced, edge dates, hostile text) keeps the contract of test-support/fuzz.ts.
import type { Plan, RollupResult } from '@rollout/core';
import {
  clonePlan,
  diffPlans,
  PlanValidationError,
  plan985KhHndt,
  planNq58Province,
  planTwoLevelProvince,
  rollup,
} from '@rollout/core';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { anyString, fuzzParams, holds, hostile } from '../../../test-support/fuzz.js';
import * as doc from '../src/index.js';

const PLANS: readonly Plan[] = [
  clonePlan(plan985KhHndt),
  clonePlan(planNq58Province),
  clonePlan(planTwoLevelProvince),
];
const REPORTS: readonly RollupResult[] = PLANS.map((p) =>
  rollup(p, [], { today: '2020-10-20' }).toJSON(),
);
/**
 * The documented throws: a `RangeError` when `options.rules` names no shipped rule set, a
 * `PlanValidationError` (with the schema errors) for a plan or report that cannot be laid out.
 */
const documented = (e: unknown) =>
  e instanceof PlanValidationError ||
  (e instanceof RangeError && e.message.startsWith('Unknown layout rule set'));
const unreadable = (e: unknown) => e instanceof PlanValidationError;
const options = fc.record(
  {
    lang: fc.constantFrom('vi', 'en', 'xx'),
    rules: fc.constantFrom(...Object.keys(doc.LAYOUT_RULES), 'no-such-rules'),
    motto: fc.constantFrom('party', 'state', 'none', 'other'),
  },
  { requiredKeys: [] },
);

describe('@rollout/document fuzz', () => {
  it('renderHtml, renderMarkdown, renderText, layoutPlan and checkLayout never crash', () => {
    fc.assert(
      fc.property(hostile(PLANS), options, (plan, opts) => {
        for (const [name, fn] of [
          ['renderHtml', doc.renderHtml],
          ['renderMarkdown', doc.renderMarkdown],
          ['renderText', doc.renderText],
          ['layoutPlan', doc.layoutPlan],
          ['checkLayout', doc.checkLayout],
        ] as const) {
          holds(name, fn, [plan], unreadable);
          holds(`${name}(options)`, fn, [plan, opts], documented);
        }
      }),
      fuzzParams(40),
    );
  });

  it('the progress reports never crash on hostile reports and plans', () => {
    fc.assert(
      fc.property(hostile(REPORTS), hostile(PLANS), options, (report, plan, opts) => {
        for (const [name, fn] of [
          ['renderProgressHtml', doc.renderProgressHtml],
          ['renderProgressMarkdown', doc.renderProgressMarkdown],
          ['renderProgressText', doc.renderProgressText],
          ['layoutProgressReport', doc.layoutProgressReport],
        ] as const) {
          holds(name, fn, [report], unreadable);
          holds(`${name}(plan)`, fn, [report, { ...opts, plan }], documented);
        }
      }),
      fuzzParams(40),
    );
  });

  it('the diff renderers never crash on the diff of hostile plans', () => {
    fc.assert(
      fc.property(hostile(PLANS), hostile(PLANS), fc.constantFrom('vi', 'en'), (a, b, lang) => {
        const diff = diffPlans(a, b);
        holds('renderDiffHtml', doc.renderDiffHtml, [diff, { lang }]);
        holds('renderDiffMarkdown', doc.renderDiffMarkdown, [diff, { lang }]);
      }),
      fuzzParams(30),
    );
  });

  it('the small helpers never crash on any string or number', () => {
    const rules = Object.values(doc.LAYOUT_RULES);
    fc.assert(
      fc.property(
        anyString,
        fc.array(anyString, { maxLength: 3 }),
        fc.oneof(fc.integer(), fc.double()),
        (text, phrases, n) => {
          holds('isLayoutRuleSetName', doc.isLayoutRuleSetName, [text]);
          holds('splitNoBreak', doc.splitNoBreak, [text, phrases]);
          holds('listLetter', doc.listLetter, [n]);
          holds('listLetter(en)', doc.listLetter, [n, 'en']);
          for (const r of rules) holds('lineHeightPt', doc.lineHeightPt, [r, n]);
        },
      ),
      fuzzParams(100),
    );
  });
});
