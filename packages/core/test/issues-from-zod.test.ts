import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { clonePlan, issuesFromZod, parsePlan, plan985KhHndt, SessionSchema } from '../src/index.js';

describe('issuesFromZod: a zod error on a Rollout schema as Rollout issues', () => {
  it('gives the codes and both messages of parsePlan, for a ZodError or its issues', () => {
    const input = { id: 's1', tier: 'district' };
    const result = z.safeParse(SessionSchema, input);
    expect(result.success).toBe(false);
    if (result.success) return;
    const fromError = issuesFromZod(result.error, input);
    expect(fromError).toEqual(issuesFromZod(result.error.issues, input));
    expect(fromError[0]).toMatchObject({
      code: 'schema/required',
      path: ['audiences'],
      message: {
        vi: 'Thiếu trường bắt buộc "audiences".',
        en: 'The required field "audiences" is missing.',
      },
    });
  });

  it('places the issues of one session of a form in the whole plan (basePath), as parsePlan does', () => {
    const plan = clonePlan(plan985KhHndt) as unknown as {
      sessions: Record<string, unknown>[];
    };
    const session = { ...plan.sessions[1], deadline: { kind: 'by', date: '15/9/2020' } };
    const one = z.safeParse(SessionSchema, session);
    expect(one.success).toBe(false);
    if (one.success) return;
    const ours = issuesFromZod(one.error, session, ['sessions', 1]);
    plan.sessions[1] = session;
    const whole = parsePlan(plan);
    const byPath = (i: { code: string; path: readonly (string | number)[] }) =>
      `${i.code} ${i.path.join('.')}`;
    expect(ours.map(byPath)).toEqual(
      whole.issues.filter((i) => i.path[0] === 'sessions' && i.path[1] === 1).map(byPath),
    );
    expect(ours[0]?.path.slice(0, 3)).toEqual(['sessions', 1, 'deadline']);
    // A field missing from the form is schema/required, read at its own place.
    const missing = issuesFromZod(z.safeParse(SessionSchema, { id: 's' }).error!, { id: 's' }, [
      'sessions',
      4,
    ]);
    expect(missing[0]).toMatchObject({
      code: 'schema/required',
      path: ['sessions', 4, 'tier'],
    });
  });

  it('works on a schema a developer extends with zod/mini, and reads their own checks as schema/invalid', () => {
    const RoomSession = z
      .extend(SessionSchema, { room: z.string().check(z.minLength(1, 'room needed')) })
      .check(z.refine((s) => s.duration.halfDays <= 4, 'at most two days'));
    const input = { ...clonePlan(plan985KhHndt).sessions[1], duration: { halfDays: 6 }, room: '' };
    const r = z.safeParse(RoomSession, input);
    expect(r.success).toBe(false);
    if (r.success) return;
    const issues = issuesFromZod(r.error, input);
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['schema/too-small', ['room']],
      ['schema/invalid', []],
    ]);
    expect(issues[0]?.message.vi).toBe('Giá trị quá nhỏ hoặc quá ngắn (tối thiểu 1).');
    expect(issues[1]?.params).toEqual({ detail: 'at most two days' });
  });

  it('never changes the input it reads', () => {
    const input = { id: ' s1 ', tier: 3, audiences: 'x' };
    const before = structuredClone(input);
    const r = z.safeParse(SessionSchema, input);
    if (!r.success) issuesFromZod(r.error, input);
    expect(input).toEqual(before);
  });
});

describe('a field that is absent is schema/required, whatever its schema', () => {
  it('names an absent enum (method) and an absent union (deadline) as required, in parsePlan too', () => {
    const plan = clonePlan(plan985KhHndt) as unknown as {
      sessions: Record<string, unknown>[];
    };
    delete plan.sessions[1]!.method;
    delete plan.sessions[1]!.deadline;
    const r = parsePlan(plan);
    expect(r.issues.filter((i) => i.path[1] === 1).map((i) => [i.code, i.path.join('.')])).toEqual([
      ['schema/required', 'sessions.1.method'],
      ['schema/required', 'sessions.1.deadline'],
    ]);
  });
});
