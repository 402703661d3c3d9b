// Type-level facts about issues, checked by `tsc` (pnpm typecheck: tsconfig.test.json
// includes test/): a switch on the code narrows the params; a misspelled code, or a
// param a code does not have, does not compile.
import {
  createIssue,
  type ISSUE_CODES,
  type Issue,
  type IssueBase,
  type IssueCode,
  type IssueParamsByCode,
  plan985KhHndt,
  schedule,
} from '@rollout/core';
import { expectTypeOf } from 'vitest';

declare const issue: Issue;

switch (issue.code) {
  case 'cascade/late':
    expectTypeOf(issue.params.daysLate).toEqualTypeOf<number>();
    expectTypeOf(issue.params.unitName).toEqualTypeOf<string | undefined>();
    expectTypeOf(issue.params.activityName).toEqualTypeOf<string>();
    break;
  case 'date/deadline-on-day-off':
    expectTypeOf(issue.params.holiday).toEqualTypeOf<string>();
    // @ts-expect-error — a param of another code
    void issue.params.daysLate;
    break;
  case 'session/no-audience':
    expectTypeOf(issue.params).toEqualTypeOf<IssueParamsByCode['session/no-audience']>();
    break;
  // @ts-expect-error — no such code
  case 'import/misssing-field':
    break;
}

// createIssue checks the params of its code.
createIssue('cascade/cycle', [], { cycle: 'a → b → a' });
// @ts-expect-error — a required param missing
createIssue('cascade/cycle', [], {});
// @ts-expect-error — an unknown code
createIssue('cascade/unknown', [], {});
createIssue('signature/missing', ['signature']);

// Every code has its params type, and no params type lacks a code.
expectTypeOf<keyof IssueParamsByCode>().toEqualTypeOf<IssueCode>();
expectTypeOf<keyof typeof ISSUE_CODES>().toEqualTypeOf<IssueCode>();

// The issues of a schedule are core issues; any issue is an IssueBase.
expectTypeOf(schedule(plan985KhHndt).issues).toEqualTypeOf<Issue[]>();
expectTypeOf<Issue>().toExtend<IssueBase>();
expectTypeOf<Issue<string>>().toEqualTypeOf<IssueBase>();
expectTypeOf<Issue<'cascade/late'>['params']['daysLate']>().toEqualTypeOf<number>();

// The shared example plans and presets are typed read-only: changing them does not compile.
import {
  clonePlan as _clone,
  plan985KhHndt as _plan,
  PARTY_TIERS as _tiers,
} from '../src/index.js';

// @ts-expect-error readonly array
_plan.sessions.push(_plan.sessions[0]!);
// @ts-expect-error readonly property
_plan.header.title = 'x';
// @ts-expect-error readonly array
_tiers.pop();
// A copy can be changed.
_clone(_plan).sessions.push(_clone(_plan).sessions[0]!);
