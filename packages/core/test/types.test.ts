// Type-level facts about the inferred model, checked by `tsc` (pnpm typecheck) and
// run as ordinary tests.
import { describe, expectTypeOf, it } from 'vitest';
import type { DateRule, Issue, ParsePlanResult, Plan, Session, TierLevel } from '../src/index.js';
import { parsePlan } from '../src/index.js';

describe('inferred types', () => {
  it('a date rule is a union on kind with exactly the JSON forms', () => {
    expectTypeOf<DateRule['kind']>().toEqualTypeOf<'by' | 'within' | 'span' | 'after' | 'held'>();
    expectTypeOf<Extract<DateRule, { kind: 'after' }>>().toEqualTypeOf<
      | {
          kind: 'after';
          ref: string;
          days: number;
          calendar: 'working' | 'calendar';
        }
      | {
          kind: 'after';
          anchor: 'own-session' | 'upper-session';
          days: number;
          calendar: 'working' | 'calendar';
        }
    >();
    expectTypeOf<{ kind: 'within'; month: string }>().toExtend<DateRule>();
    expectTypeOf<{ kind: 'within'; quarter: string }>().toExtend<DateRule>();
    expectTypeOf<{ kind: 'within'; year: string }>().toExtend<DateRule>();
  });

  it('tier levels are the five canonical levels', () => {
    expectTypeOf<TierLevel>().toEqualTypeOf<
      'central' | 'province' | 'district' | 'commune' | 'branch'
    >();
  });

  it('sessions hold ids, not objects', () => {
    expectTypeOf<Session['tier']>().toEqualTypeOf<string>();
    expectTypeOf<Session['audiences']>().toEqualTypeOf<string[]>();
  });

  it('parsePlan narrows on success', () => {
    const result: ParsePlanResult = parsePlan({});
    if (result.success) expectTypeOf(result.data).toEqualTypeOf<Plan>();
    else expectTypeOf(result.issues).toEqualTypeOf<Issue[]>();
    expectTypeOf(parsePlan).parameter(0).toBeUnknown();
  });
});
