// The planner's logic without a browser: date entry, immutable edits, the
// workspace (undo groups, autosave, recovery), chart moves, plain-word issues,
// progress records, source marking. The browser test drives the same code
// through the UI.
import {
  createIssue,
  type Plan,
  PlanSchema,
  plan985KhHndt,
  planNq58Province,
  schedule,
  validatePlan,
  workingCalendar,
} from '@rollout/core';
import { describe, expect, it } from 'vitest';
import { analyse, hasPlanShape } from '../src/lib/analyse.js';
import { formatDmy, parseDateEntry, parseMonthEntry, todayInVietnam } from '../src/lib/dates.js';
import { freshId, getIn, insertAt, moveAt, removeAt, setIn } from '../src/lib/edit.js';
import { issueText, namesOf, sortIssues, whereOf } from '../src/lib/names.js';
import { newPlan } from '../src/lib/presets.js';
import { eventsOfRecord, recordOf, replaceRecord, rollupOf } from '../src/lib/progress.js';
import { moveRuleEnd } from '../src/lib/rules.js';
import { markRuns } from '../src/lib/runs.js';
import { type KeyValueStorage, STORAGE_KEY, Workspace } from '../src/lib/workspace.js';

describe('parseDateEntry', () => {
  it('saves nothing until the year has four digits', () => {
    // Typed key by key: 2, 20, 20/, 20/0 … 20/08/202 are all incomplete.
    const typed = '20/08/2021';
    for (let n = 1; n < typed.length; n++)
      expect(parseDateEntry(typed.slice(0, n)).state, typed.slice(0, n)).toBe('incomplete');
    expect(parseDateEntry(typed)).toEqual({ state: 'date', iso: '2021-08-20' });
  });
  it('reads the forms clerks type', () => {
    for (const text of [
      '20/8/2020',
      '20-08-2020',
      '20.08.2020',
      '20 08 2020',
      '20082020',
      '2020-08-20',
    ])
      expect(parseDateEntry(text), text).toEqual({ state: 'date', iso: '2020-08-20' });
  });
  it('flags days that do not exist and years out of range', () => {
    expect(parseDateEntry('31/02/2021')).toEqual({ state: 'invalid', reason: 'no-such-day' });
    expect(parseDateEntry('29/02/2020')).toEqual({ state: 'date', iso: '2020-02-29' });
    expect(parseDateEntry('20/08/0002')).toEqual({ state: 'invalid', reason: 'year' });
    expect(parseDateEntry('20/08/20201')).toEqual({ state: 'invalid', reason: 'year' });
    expect(parseDateEntry('ngày mai').state).toBe('invalid');
    expect(parseDateEntry('  ').state).toBe('empty');
  });
  it('writes and reads months and dd/mm/yyyy', () => {
    expect(formatDmy('2020-09-05')).toBe('05/09/2020');
    expect(formatDmy(null)).toBe('—');
    expect(parseMonthEntry('9/2020')).toBe('2020-09');
    expect(parseMonthEntry('13/2020')).toBeNull();
  });
  it('takes today in Vietnam, whatever the time zone', () => {
    // 17:30 UTC on 31 Dec 2020 is already 1 Jan 2021 in Hà Nội.
    expect(todayInVietnam(Date.UTC(2020, 11, 31, 17, 30))).toBe('2021-01-01');
    expect(todayInVietnam(Date.UTC(2020, 11, 31, 16, 59))).toBe('2020-12-31');
  });
});

describe('immutable edits', () => {
  it('copies only along the path and removes optional keys set to undefined', () => {
    const plan = plan985KhHndt;
    const next = setIn(plan, ['sessions', 1, 'host'], 'Ban Tuyên giáo');
    expect(next).not.toBe(plan);
    expect(next.sessions[0]).toBe(plan.sessions[0]);
    expect(next.sessions[1]?.host).toBe('Ban Tuyên giáo');
    expect(plan.sessions[1]?.host).not.toBe('Ban Tuyên giáo');
    const back = setIn(next, ['sessions', 1, 'host'], undefined);
    expect('host' in (back.sessions[1] ?? {})).toBe(plan.sessions[1]?.host !== undefined);
    expect(setIn(plan, ['header', 'place'], plan.header.place)).toBe(plan);
  });
  it('inserts, removes and moves list items', () => {
    const list = { a: [1, 2, 3] };
    expect(insertAt(list, ['a'], 9, 1).a).toEqual([1, 9, 2, 3]);
    expect(removeAt(list, ['a'], 0).a).toEqual([2, 3]);
    expect(moveAt(list, ['a'], 0, 2).a).toEqual([2, 3, 1]);
    expect(moveAt(list, ['a'], 0, 5)).toBe(list);
    expect(getIn(list, ['a', 1])).toBe(2);
    expect(list.a).toEqual([1, 2, 3]);
  });
  it('makes ids not yet taken', () => {
    expect(freshId('s', ['s', 's-2'])).toBe('s-3');
    expect(freshId('t', ['s'])).toBe('t');
  });
});

function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

describe('Workspace', () => {
  it('groups the edits of one field into one undo step, and redoes it', () => {
    let now = 1_000;
    const ws = new Workspace({ now: () => now, saveDelay: 0 });
    const key = ws.add({ plan: plan985KhHndt, source: 'test' });
    for (const place of ['T', 'Th', 'Tha']) {
      now += 100;
      ws.change(key, (d) => ({ plan: setIn(d.plan, ['header', 'place'], place) }), 'header.place');
    }
    now += 5_000;
    ws.change(key, (d) => ({ plan: setIn(d.plan, ['header', 'title'], 'X') }), 'header.title');
    expect(ws.active?.plan.header.title).toBe('X');
    expect(ws.undo(key)).toBe(true);
    expect(ws.active?.plan.header.place).toBe('Tha');
    expect(ws.undo(key)).toBe(true);
    expect(ws.active?.plan.header.place).toBe(plan985KhHndt.header.place);
    expect(ws.undo(key)).toBe(false);
    expect(ws.redo(key)).toBe(true);
    expect(ws.active?.plan.header.place).toBe('Tha');
  });
  it('saves to storage and recovers every plan after a restart', () => {
    const storage = memoryStorage();
    const a = new Workspace({ storage, saveDelay: 0, now: () => 42 });
    a.add({ plan: plan985KhHndt, source: 'one' });
    const k2 = a.add({ plan: newPlan(INPUT), source: 'two' });
    a.change(k2, (d) => ({ plan: setIn(d.plan, ['header', 'place'], 'Nghệ An') }));
    const b = new Workspace({ storage });
    expect(b.state.docs.map((d) => d.source)).toEqual(['one', 'two']);
    expect(b.state.recovered).toEqual({ count: 2, savedAt: 42 });
    expect(b.active?.plan.header.place).toBe('Nghệ An');
    expect(b.active?.original.header.place).toBe('Thanh Hóa');
  });
  it('starts empty on unreadable storage, and reports a failed write', () => {
    const storage = memoryStorage();
    storage.data.set(STORAGE_KEY, '{ not json');
    expect(new Workspace({ storage }).state.docs).toEqual([]);
    const full: KeyValueStorage = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const ws = new Workspace({ storage: full, saveDelay: 0 });
    ws.add({ plan: plan985KhHndt, source: 'x' });
    expect(ws.state.saveError).toMatch(/Quota/);
    expect(ws.dirty).toBe(true);
  });
});

const INPUT = {
  preset: 'two-level' as const,
  issuer: 'BAN THƯỜNG VỤ TỈNH ỦY',
  parent: 'TỈNH ỦY THANH HÓA',
  place: 'Thanh Hóa',
  resolution: '58-NQ/TW',
  resolutionIssuer: 'Bộ Chính trị',
  resolutionDate: '2020-08-05',
  firstDeadline: '2025-09-15',
};

describe('newPlan', () => {
  it('makes a plan of the right shape with relative rules below the top tier', () => {
    const plan = newPlan(INPUT);
    expect(plan.tiers.map((t) => t.level)).toEqual(['province', 'commune', 'branch']);
    expect(plan.sessions[0]?.deadline).toEqual({ kind: 'by', date: '2025-09-15' });
    expect(plan.sessions[1]?.deadline).toMatchObject({ kind: 'after', anchor: 'upper-session' });
    const errors = validatePlan(plan).filter((i) => i.severity === 'error');
    expect(errors).toEqual([]);
    expect(schedule(plan).nodes.length).toBeGreaterThan(3);
  });
});

describe('moveRuleEnd', () => {
  const calendar = workingCalendar();
  const at = (date: string) => ({ end: '2020-09-15', calendar, date });
  it('keeps each kind', () => {
    const c = at('2020-10-02');
    expect(moveRuleEnd({ kind: 'by', date: '2020-09-15' }, c.date, c)).toEqual({
      kind: 'by',
      date: '2020-10-02',
    });
    expect(moveRuleEnd({ kind: 'within', month: '2020-09' }, c.date, c)).toEqual({
      kind: 'within',
      month: '2020-10',
    });
    expect(moveRuleEnd({ kind: 'within', quarter: '2020-Q3' }, c.date, c)).toEqual({
      kind: 'within',
      quarter: '2020-Q4',
    });
    expect(moveRuleEnd({ kind: 'span', from: '2020-10-05', to: '2020-10-06' }, c.date, c)).toEqual({
      kind: 'span',
      from: '2020-10-02',
      to: '2020-10-02',
    });
  });
  it('moves an after rule by days in its own calendar, staying relative', () => {
    // 15/9/2020 (Tue) → 22/9/2020 (Tue): five working days, seven calendar days.
    const rule = { kind: 'after', anchor: 'upper-session', days: 10, calendar: 'working' } as const;
    expect(moveRuleEnd(rule, '2020-09-22', at('2020-09-22'))).toEqual({ ...rule, days: 15 });
    expect(moveRuleEnd({ ...rule, calendar: 'calendar' }, '2020-09-22', at('2020-09-22'))).toEqual({
      ...rule,
      calendar: 'calendar',
      days: 17,
    });
    expect(
      moveRuleEnd(
        { kind: 'after', ref: 's-x', days: 3, calendar: 'calendar' },
        '2020-09-01',
        at('2020-09-01'),
      ),
    ).toEqual({
      kind: 'after',
      ref: 's-x',
      days: 0,
      calendar: 'calendar',
    });
  });
});

describe('issues in plain words', () => {
  const plan: Plan = setIn(plan985KhHndt, ['sessions', 1, 'deadline'], {
    kind: 'by',
    date: '2020-08-20',
  });
  const names = namesOf(plan, 'vi');
  it('names things instead of ids and writes dates as the documents do (20/8/2020)', () => {
    const issue = validatePlan(plan).find((i) => i.code === 'cascade/before-parent');
    expect(issue).toBeDefined();
    const text = issueText(issue!, plan, names, 'vi');
    expect(text).toContain('20/8/2020');
    expect(text).toContain('31/8/2020');
    expect(text).not.toMatch(/s-district|s-province|2020-08-20/);
    expect(whereOf(plan, names, issue!.path, 'vi')).toBe(
      `${names.activity('s-district')} › Thời hạn`,
    );
  });
  it('sorts errors first, keeping the order within a severity', () => {
    const w = createIssue('session/no-audience', ['sessions', 0], { session: 'a' }, 'warning');
    const e1 = createIssue('signature/missing', [], {}, 'error');
    const e2 = createIssue('tier/no-session', ['tiers', 0], { tier: 'x' }, 'error');
    expect(sortIssues([w, e1, e2])).toEqual([e1, e2, w]);
  });
  it('marks the activity an error is about, for the chart', () => {
    const a = analyse(plan);
    expect(a.errorsByActivity.get('s-district')?.map((i) => i.code)).toContain(
      'cascade/before-parent',
    );
    expect(a.issuesByPath.get('sessions.1')?.length).toBeGreaterThan(0);
    expect(a.counts.error).toBeGreaterThan(0);
  });
});

describe('progress records', () => {
  const plan = plan985KhHndt;
  const base = { unit: 'district', session: 's-district', method: 'online' as const };
  it('makes events checked by the core schema, and replaces them when saved again', () => {
    const first = eventsOfRecord(
      { ...base, held: '2020-09-14', present: 120, expected: 130 },
      'VP',
      '2020-09-14T10:00:00+07:00',
    );
    expect(first.issues).toEqual([]);
    expect(first.events.map((e) => e.kind)).toEqual(['session-held']);
    const again = eventsOfRecord(
      { ...base, held: '2020-09-15', present: 125 },
      'VP',
      '2020-09-15T10:00:00+07:00',
    );
    const events = replaceRecord(first.events, base, again.events);
    expect(events).toHaveLength(1);
    expect(recordOf(events, 'district', 's-district', 'online')).toMatchObject({
      held: '2020-09-15',
      present: 125,
    });
    // The district's session counts as held once, however often it was saved.
    const before = rollupOf(plan, [], null, '2020-09-30').totals.sessions.held;
    expect(rollupOf(plan, events, null, '2020-09-30').totals.sessions.held).toBe(before + 1);
    expect(
      rollupOf(plan, [...first.events, ...events], null, '2020-09-30').totals.sessions.held,
    ).toBe(before + 1);
  });
  it('refuses a held session without attendance, with the reason', () => {
    const r = eventsOfRecord({ ...base, held: '2020-09-14' }, 'VP', '2020-09-14T10:00:00+07:00');
    expect(r.events).toEqual([]);
    expect(r.issues.length).toBeGreaterThan(0);
  });
});

describe('markRuns', () => {
  it('splits a text into read, unread and plain runs that cover it', () => {
    const text = 'KẾ HOẠCH học tập; dòng lạ; hết';
    const runs = markRuns(text, [{ start: 0, end: 8 }], [{ start: 18, end: 25 }]);
    expect(runs.map((r) => r.text).join('')).toBe(text);
    expect(runs.find((r) => r.mark === 'read')?.text).toBe('KẾ HOẠCH');
    expect(runs.find((r) => r.mark === 'unread')).toMatchObject({
      text: 'dòng lạ',
      first: true,
      unreadIndex: 0,
    });
  });
});

describe('hasPlanShape', () => {
  it('says what PlanSchema says, on plans good and broken', () => {
    const base = plan985KhHndt;
    const cases: unknown[] = [
      base,
      planNq58Province,
      newPlan(INPUT),
      setIn(base, ['header', 'title'], ''),
      setIn(base, ['sessions', 2, 'duration'], { halfDays: -1 }),
      setIn(base, ['sessions', 1, 'colour'], 'red'),
      setIn(base, ['recipients', 0, 'purpose'], 'nobody'),
      setIn(base, ['purposes'], ['']),
      setIn(base, ['extra'], 1),
      setIn(base, ['tiers'], undefined),
      setIn(base, ['signature'], { mode: 'on-behalf' }),
      null,
      [],
    ];
    for (const c of cases) expect(hasPlanShape(c)).toBe(PlanSchema.safeParse(c).success);
  });
  it('checks a part again only when an edit made it anew', () => {
    const broken = setIn(plan985KhHndt, ['sessions', 0, 'method'], 'carrier pigeon');
    expect(hasPlanShape(broken)).toBe(false);
    expect(hasPlanShape(setIn(broken, ['sessions', 0, 'method'], 'online'))).toBe(true);
  });
});
