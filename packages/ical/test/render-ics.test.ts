import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DELIVERABLE_KIND_LABELS,
  type Plan,
  plan985KhHndt,
  planNq58Province,
  type ScheduleResult,
  schedule,
} from '@rollout/core';
import { renderIcs, VIETNAM_TIME_ZONE } from '@rollout/ical';
import ICAL from 'ical.js';
import { afterEach, describe, expect, it, vi } from 'vitest';

interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  allDay: boolean;
  start: string;
  end: string;
  startUtc: string | null;
  tzid: string | null;
  alarms: number[];
}

/** Parses a feed with ical.js (an independent parser) into plain facts. */
function parse(text: string): {
  events: ParsedEvent[];
  timezones: string[];
  calendar: ICAL.Component;
} {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const timezones = calendar.getAllSubcomponents('vtimezone').map((tz) => {
    ICAL.TimezoneService.register(tz);
    return String(tz.getFirstPropertyValue('tzid'));
  });
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const fmt = (time: ICAL.Time) =>
      time.isDate
        ? `${time.year}-${String(time.month).padStart(2, '0')}-${String(time.day).padStart(2, '0')}`
        : `${time.year}-${String(time.month).padStart(2, '0')}-${String(time.day).padStart(2, '0')}T${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
    const tzid = vevent.getFirstProperty('dtstart')?.getParameter('tzid');
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      allDay: event.startDate.isDate,
      start: fmt(event.startDate),
      end: fmt(event.endDate),
      startUtc: event.startDate.isDate
        ? null
        : new Date(event.startDate.toUnixTime() * 1000).toISOString(),
      tzid: typeof tzid === 'string' ? tzid : null,
      alarms: vevent
        .getAllSubcomponents('valarm')
        .map((a) => (a.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds()),
    };
  });
  return { events, timezones, calendar };
}

const withDeadlines: Plan = {
  ...plan985KhHndt,
  deliverables: plan985KhHndt.deliverables.map((d) =>
    d.id === 'action-plan'
      ? {
          ...d,
          due: {
            kind: 'after' as const,
            ref: 's-district',
            days: 10,
            calendar: 'calendar' as const,
          },
        }
      : d.id === 'report'
        ? { ...d, due: { kind: 'by' as const, date: '2020-12-15' } }
        : d,
  ),
};

afterEach(() => {
  vi.useRealTimers();
});

describe('renderIcs: the 985-KH/HNDT plan', () => {
  const text = renderIcs(withDeadlines);
  const { events, timezones } = parse(text);

  it('writes one all-day VEVENT per session on its rule’s date', () => {
    const sessions = events.filter((e) => e.uid.includes('/s-'));
    expect(sessions.map((e) => [e.uid, e.allDay, e.start, e.end])).toEqual([
      ['985-KH-HNDT/s-province/province@rollout', true, '2020-08-31', '2020-09-01'],
      ['985-KH-HNDT/s-district/district@rollout', true, '2020-09-15', '2020-09-16'],
      ['985-KH-HNDT/s-commune/commune@rollout', true, '2020-10-15', '2020-10-16'],
    ]);
    expect(text).toContain('DTSTART;VALUE=DATE:20200915');
    expect(sessions[1]!.summary).toBe(
      'Học tập, quán triệt 58-NQ/TW — Hội Nông dân các huyện, thị, thành phố',
    );
    expect(sessions[1]!.description).toContain('Thời hạn: hoàn thành trước ngày 15/9/2020');
    expect(sessions[1]!.description).toContain('Hình thức: trực tuyến');
  });

  it('writes all-day events for deliverable deadlines, one per tier', () => {
    const due = events.filter((e) => !e.uid.includes('/s-'));
    // `after` rules are resolved by the cascade engine: its deadline of each tier's node.
    const deadline = (activity: string, tier: string) =>
      schedule(withDeadlines).nodes.find((n) => n.activity === activity && n.tier === tier)
        ?.deadline;
    expect(due.map((e) => [e.uid, e.start, e.allDay])).toEqual([
      ['985-KH-HNDT/action-plan/province@rollout', deadline('action-plan', 'province'), true],
      ['985-KH-HNDT/action-plan/district@rollout', deadline('action-plan', 'district'), true],
      ['985-KH-HNDT/action-plan/commune@rollout', deadline('action-plan', 'commune'), true],
      ['985-KH-HNDT/report/district@rollout', '2020-12-15', true],
    ]);
    expect(deadline('action-plan', 'district')).toMatch(/^2020-09-/);
    expect(due[3]!.summary).toBe(
      `Hạn: ${DELIVERABLE_KIND_LABELS.report.vi} — Hội Nông dân các huyện, thị, thành phố`,
    );
    expect(due[3]!.description).toContain('Gửi về: Tỉnh Hội qua ban Tuyên giáo');
  });

  it('reminds one day before by default, and as configured', () => {
    for (const e of events) expect(e.alarms).toEqual([-86_400]);
    const custom = parse(
      renderIcs(plan985KhHndt, { alarms: [{ days: 2 }, { hours: 1, minutes: 30 }] }),
    );
    expect(custom.events[0]!.alarms).toEqual([-172_800, -5_400]);
    const none = parse(renderIcs(plan985KhHndt, { alarms: [] }));
    expect(none.events.every((e) => e.alarms.length === 0)).toBe(true);
  });

  it('is deterministic: no clock, a DTSTAMP from the plan', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2031-01-01T12:00:00Z'));
    const again = renderIcs(withDeadlines);
    expect(again).toBe(text);
    expect(text).toContain('DTSTAMP:20200903T000000Z');
    expect(text).not.toContain('2031');
    expect(renderIcs(plan985KhHndt, { stamp: '2021-01-02T03:04:05Z' })).toContain(
      'DTSTAMP:20210102T030405Z',
    );
  });

  it('declares no time zone it does not use', () => {
    expect(timezones).toEqual([]);
    expect(text).not.toContain('BEGIN:VTIMEZONE');
  });
});

describe('renderIcs: times and scopes', () => {
  const timed: Plan = {
    ...plan985KhHndt,
    sessions: plan985KhHndt.sessions.map((s) =>
      s.id === 's-district' ? { ...s, time: { start: '07:30', end: '11:30' } } : s,
    ),
  };

  it('writes timed sessions in Asia/Ho_Chi_Minh with its VTIMEZONE', () => {
    const { events, timezones } = parse(renderIcs(timed, { tier: 'district' }));
    expect(timezones).toEqual([VIETNAM_TIME_ZONE]);
    expect(events).toHaveLength(1);
    const e = events[0]!;
    expect([e.allDay, e.tzid, e.start, e.end]).toEqual([
      false,
      'Asia/Ho_Chi_Minh',
      '2020-09-15T07:30',
      '2020-09-15T11:30',
    ]);
    expect(e.startUtc).toBe('2020-09-15T00:30:00.000Z');
  });

  it('gives a timed session without an end one half-day of four hours', () => {
    const noEnd: Plan = {
      ...plan985KhHndt,
      sessions: plan985KhHndt.sessions.map((s) =>
        s.id === 's-district' ? { ...s, time: { start: '14:00' } } : s,
      ),
    };
    const e = parse(renderIcs(noEnd, { tier: 'district' })).events[0]!;
    expect([e.start, e.end]).toEqual(['2020-09-15T14:00', '2020-09-15T18:00']);
  });

  it('places sessions on configured half-days, ending on the deadline', () => {
    const long: Plan = {
      ...plan985KhHndt,
      sessions: plan985KhHndt.sessions.map((s) =>
        s.id === 's-district' ? { ...s, duration: { halfDays: 3 } } : s,
      ),
    };
    const halfDayTimes = {
      morning: { start: '07:30', end: '11:30' },
      afternoon: { start: '13:30', end: '17:00' },
    };
    const e = parse(renderIcs(long, { tier: 'district', halfDayTimes })).events[0]!;
    expect([e.allDay, e.start, e.end]).toEqual([false, '2020-09-14T07:30', '2020-09-15T11:30']);
    const one = parse(renderIcs(plan985KhHndt, { tier: 'commune', halfDayTimes })).events[0]!;
    expect([one.start, one.end]).toEqual(['2020-10-15T07:30', '2020-10-15T11:30']);
    const allDay = parse(renderIcs(long, { tier: 'district' })).events[0]!;
    expect([allDay.start, allDay.end]).toEqual(['2020-09-14', '2020-09-16']);
  });

  it('filters by tier, and by unit with unit-scoped UIDs', () => {
    const tierFeed = parse(renderIcs(withDeadlines, { tier: 'commune' })).events;
    expect(tierFeed.map((e) => e.uid)).toEqual([
      '985-KH-HNDT/s-commune/commune@rollout',
      '985-KH-HNDT/action-plan/commune@rollout',
    ]);
    const units = [
      { id: 'tinh', name: 'Tỉnh Hội', level: 'province' as const },
      { id: 'nga-son', name: 'Huyện Hội Nga Sơn', level: 'district' as const, parent: 'tinh' },
    ];
    const unitFeed = parse(renderIcs(withDeadlines, { unit: 'nga-son', units })).events;
    const nodes = schedule(withDeadlines, { units }).nodes;
    const unitDeadline = nodes.find(
      (n) => n.activity === 'action-plan' && n.unit === 'nga-son',
    )?.deadline;
    expect(unitFeed.map((e) => [e.uid, e.start])).toEqual([
      ['985-KH-HNDT/s-district/nga-son@rollout', '2020-09-15'],
      ['985-KH-HNDT/action-plan/nga-son@rollout', unitDeadline],
      ['985-KH-HNDT/report/nga-son@rollout', '2020-12-15'],
    ]);
    expect(parse(renderIcs(withDeadlines, { unit: 'ghost', units })).events).toEqual([]);
  });

  it('uses the schedule’s latest date when a schedule is given', () => {
    const real = schedule(withDeadlines);
    const nodes = real.nodes.map((n) =>
      n.activity === 's-district' ? { ...n, latest: '2020-09-10' } : n,
    );
    const result: ScheduleResult = { nodes, issues: [] };
    const e = parse(renderIcs(withDeadlines, { tier: 'district', schedule: result })).events;
    expect(e[0]!.start).toBe('2020-09-10');
  });

  it('keeps stable UIDs when the plan changes, so re-import updates', () => {
    const moved: Plan = {
      ...plan985KhHndt,
      sessions: plan985KhHndt.sessions.map((s) =>
        s.id === 's-district' ? { ...s, deadline: { kind: 'by', date: '2020-09-20' } } : s,
      ),
    };
    const before = parse(renderIcs(plan985KhHndt)).events;
    const after = parse(renderIcs(moved)).events;
    expect(after.map((e) => e.uid)).toEqual(before.map((e) => e.uid));
    expect(after[1]!.start).toBe('2020-09-20');
  });
});

describe('renderIcs: text', () => {
  it('escapes commas, semicolons, backslashes, newlines and keeps HTML as text', () => {
    const title =
      'Hội nghị <b>quán triệt</b>; NQ 58, "đặc biệt" \\ lần 1\nDòng 2 <script>x</script>';
    const plan: Plan = {
      ...plan985KhHndt,
      sessions: plan985KhHndt.sessions.map((s) => (s.id === 's-district' ? { ...s, title } : s)),
    };
    const text = renderIcs(plan, { tier: 'district' });
    expect(text).toContain('\\;');
    expect(text).toContain('\\,');
    expect(text).toContain('\\n');
    for (const line of text.split('\r\n')) expect(line.includes('\n')).toBe(false);
    const e = parse(text).events[0]!;
    expect(e.summary).toBe(title);
  });

  it('falls back to a fixed DTSTAMP for a stamp that is not a date, never the clock', () => {
    expect(renderIcs(plan985KhHndt, { stamp: 'yesterday' })).toContain('DTSTAMP:20000101T000000Z');
  });

  it('percent-encodes ids in UIDs, __proto__ and spaces included', () => {
    const odd: Plan = {
      ...plan985KhHndt,
      id: 'kế hoạch/985',
      sessions: plan985KhHndt.sessions.map((s) =>
        s.id === 's-district' ? { ...s, id: '__proto__' } : s,
      ),
    };
    const uids = parse(renderIcs(odd)).events.map((e) => e.uid);
    expect(uids).toContain('k%E1%BA%BF%20ho%E1%BA%A1ch%2F985/__proto__/district@rollout');
    expect(new Set(uids).size).toBe(uids.length);
  });

  it('writes English with lang: en', () => {
    const events = parse(renderIcs(planNq58Province, { lang: 'en' })).events;
    const untitled = planNq58Province.sessions.filter((s) => s.title === undefined).length;
    expect(events.filter((e) => e.summary.startsWith('Study session'))).toHaveLength(untitled);
    expect(events[0]!.description).toContain('Tier: ');
    expect(events[0]!.description).toMatch(/Method: (online|in person|broadcast|self-study)/);
    expect(parse(renderIcs(plan985KhHndt, { lang: 'en' })).events[0]!.summary).toBe(
      'Study session 58-NQ/TW — Cấp tỉnh',
    );
  });

  it('keeps Vietnamese in NFC and lines folded within 75 octets', () => {
    const text = renderIcs(plan985KhHndt);
    expect(text.normalize('NFC')).toBe(text);
    const enc = new TextEncoder();
    for (const line of text.split('\r\n')) expect(enc.encode(line).length).toBeLessThanOrEqual(75);
  });

  it('uses no Node built-ins in its sources (it runs in browsers)', () => {
    const dir = join(import.meta.dirname, '..', 'src');
    for (const file of readdirSync(dir)) {
      const source = readFileSync(join(dir, file), 'utf8');
      expect(source).not.toMatch(/from ['"]node:|require\(/);
    }
  });
});
