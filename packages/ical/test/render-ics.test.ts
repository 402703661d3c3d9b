import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  clonePlan,
  DELIVERABLE_KIND_LABELS,
  type Plan,
  plan985KhHndt,
  planNq58Province,
  type ScheduleResult,
  schedule,
  type Unit,
  workingCalendar,
} from '@rollout/core';
import { renderIcs, VIETNAM_TIME_ZONE } from '@rollout/ical';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { afterEach, describe, expect, it, vi } from 'vitest';

interface ParsedEvent {
  uid: string;
  category: string | null;
  sequence: number;
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
    const cat = vevent.getFirstPropertyValue('categories');
    return {
      uid: event.uid,
      category: typeof cat === 'string' ? cat : null,
      sequence: Number(vevent.getFirstPropertyValue('sequence') ?? 0),
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
  ...clonePlan(plan985KhHndt),
  deliverables: clonePlan(plan985KhHndt).deliverables.map((d) =>
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

const KEY = /-[0-9a-z]{13}@rollout$/;
const short = (uid: string) => uid.replace(KEY, '');

describe('renderIcs: the 985-KH/HNDT plan', () => {
  const text = renderIcs(withDeadlines);
  const { events, timezones } = parse(text);

  it('a held session is a session; a session with only a deadline is a deadline', () => {
    expect(
      events
        .filter((e) => e.uid.includes('s-'))
        .map((e) => [short(e.uid), e.category, e.start, e.end]),
    ).toEqual([
      ['session-s-province-province', 'Hội nghị', '2020-08-31', '2020-09-01'],
      ['deadline-s-district-district', 'Hạn tổ chức', '2020-09-15', '2020-09-16'],
      ['deadline-s-commune-commune', 'Hạn tổ chức', '2020-10-15', '2020-10-16'],
    ]);
    const district = events.find((e) => e.uid.startsWith('deadline-s-district'))!;
    expect(district.summary).toBe(
      'Hạn tổ chức: Học tập, quán triệt 58-NQ/TW — Hội Nông dân các huyện, thị, thành phố',
    );
    expect(district.description).toContain('Thời hạn: hoàn thành trước ngày 15/9/2020');
    expect(district.description).toContain('Hình thức: trực tuyến');
  });

  it('writes all-day events for deliverable deadlines, one per tier', () => {
    const due = events.filter((e) => e.uid.startsWith('due-'));
    // `after` rules are resolved by the cascade engine: the district's action plan is
    // due 10 days after the district's own deadline, 15/9 → 25/9.
    const deadline = (activity: string, tier: string) =>
      schedule(withDeadlines).nodes.find((n) => n.activity === activity && n.tier === tier)
        ?.deadline;
    expect(due.map((e) => [short(e.uid), e.start, e.allDay])).toEqual([
      ['due-action-plan-province', deadline('action-plan', 'province'), true],
      ['due-action-plan-district', '2020-09-25', true],
      ['due-action-plan-commune', deadline('action-plan', 'commune'), true],
      ['due-report-district', '2020-12-15', true],
    ]);
    expect(due[3]!.summary).toBe(
      `Hạn nộp: ${DELIVERABLE_KIND_LABELS.report.vi} — Hội Nông dân các huyện, thị, thành phố`,
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

  it('is deterministic: no clock; DTSTAMP and SEQUENCE from the plan’s revision', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2031-01-01T12:00:00Z'));
    expect(renderIcs(withDeadlines)).toBe(text);
    expect(text).toContain('DTSTAMP:20200903T000000Z');
    expect(text).not.toContain('2031');
    const revised = renderIcs(plan985KhHndt, { revision: '2021-01-02T03:04:05Z' });
    expect(revised).toContain('DTSTAMP:20210102T030405Z');
    expect(revised).toContain('LAST-MODIFIED:20210102T030405Z');
  });

  it('SEQUENCE grows with each later revision, so calendars take moved dates', () => {
    const moved: Plan = {
      ...clonePlan(plan985KhHndt),
      sessions: clonePlan(plan985KhHndt).sessions.map((s) =>
        s.id === 's-district' ? { ...s, deadline: { kind: 'by', date: '2020-09-20' } } : s,
      ),
    };
    const first = parse(renderIcs(plan985KhHndt, { revision: '2020-09-03T08:00:00+07:00' })).events;
    const second = parse(renderIcs(moved, { revision: '2020-09-05T10:30:00+07:00' })).events;
    // The same event (same UID), a later date, a higher SEQUENCE.
    expect(second.map((e) => e.uid)).toEqual(first.map((e) => e.uid));
    const before = first.find((e) => e.uid.startsWith('deadline-s-district'))!;
    const after = second.find((e) => e.uid.startsWith('deadline-s-district'))!;
    expect([before.start, after.start]).toEqual(['2020-09-15', '2020-09-20']);
    expect(after.sequence).toBeGreaterThan(before.sequence);
    // Minutes from 2000-01-01T00:00Z to 2020-09-03T01:00Z.
    expect(before.sequence).toBe((Date.UTC(2020, 8, 3, 1) - Date.UTC(2000, 0, 1)) / 60_000);
  });

  it('puts the calendar’s own properties before its components', () => {
    const props = text.slice(0, text.indexOf('BEGIN:VEVENT'));
    for (const p of ['NAME:', 'X-WR-CALNAME:', 'X-WR-TIMEZONE:Asia/Ho_Chi_Minh'])
      expect(props).toContain(p);
    const tail = text.slice(text.lastIndexOf('END:VEVENT'));
    expect(tail).toBe('END:VEVENT\r\nEND:VCALENDAR');
  });

  it('declares no time zone it does not use', () => {
    expect(timezones).toEqual([]);
    expect(text).not.toContain('BEGIN:VTIMEZONE');
  });
});

describe('renderIcs: times and scopes', () => {
  const timed: Plan = {
    ...clonePlan(plan985KhHndt),
    sessions: clonePlan(plan985KhHndt).sessions.map((s) =>
      s.id === 's-district'
        ? {
            ...s,
            deadline: { kind: 'held', date: '2020-09-15' },
            time: { start: '07:30', end: '11:30' },
          }
        : s,
    ),
  };

  it('writes timed held sessions in Asia/Ho_Chi_Minh with its VTIMEZONE before the events', () => {
    const text = renderIcs(timed, { tier: 'district' });
    const { events, timezones } = parse(text);
    expect(timezones).toEqual([VIETNAM_TIME_ZONE]);
    expect(text.indexOf('BEGIN:VTIMEZONE')).toBeLessThan(text.indexOf('BEGIN:VEVENT'));
    const e = events.find((x) => x.uid.startsWith('session-'))!;
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
      ...timed,
      sessions: timed.sessions.map((s) =>
        s.id === 's-district' ? { ...s, time: { start: '14:00' } } : s,
      ),
    };
    const e = parse(renderIcs(noEnd, { tier: 'district' })).events.find((x) =>
      x.uid.startsWith('session-'),
    )!;
    expect([e.start, e.end]).toEqual(['2020-09-15T14:00', '2020-09-15T18:00']);
  });

  it('places a span session on its own days and half-days', () => {
    const span: Plan = {
      ...clonePlan(plan985KhHndt),
      sessions: clonePlan(plan985KhHndt).sessions.map((s) =>
        s.id === 's-district'
          ? {
              ...s,
              duration: { halfDays: 3 },
              deadline: { kind: 'span', from: '2020-09-14', to: '2020-09-15' },
            }
          : s,
      ),
    };
    const halfDayTimes = {
      morning: { start: '07:30', end: '11:30' },
      afternoon: { start: '13:30', end: '17:00' },
    };
    const e = parse(renderIcs(span, { tier: 'district', halfDayTimes })).events.find((x) =>
      x.uid.startsWith('session-'),
    )!;
    expect([e.allDay, e.start, e.end]).toEqual([false, '2020-09-14T07:30', '2020-09-15T11:30']);
    const allDay = parse(renderIcs(span, { tier: 'district' })).events.find((x) =>
      x.uid.startsWith('session-'),
    )!;
    expect([allDay.start, allDay.end]).toEqual(['2020-09-14', '2020-09-16']);
  });

  it('over units, a two-day span session sits on its own days (23–24/11), not a day early', () => {
    const span: Plan = {
      ...clonePlan(plan985KhHndt),
      sessions: clonePlan(plan985KhHndt).sessions.map((s) =>
        s.id === 's-district'
          ? {
              ...s,
              duration: { halfDays: 4 },
              deadline: { kind: 'span', from: '2020-11-23', to: '2020-11-24' },
            }
          : s,
      ),
    };
    const units: Unit[] = [
      { id: 'tinh', name: 'Tỉnh Hội', level: 'province' },
      { id: 'nga-son', name: 'Huyện Hội Nga Sơn', level: 'district', parent: 'tinh' },
    ];
    const e = parse(
      renderIcs(span, { unit: 'nga-son', units, schedule: schedule(span, { units }) }),
    ).events.find((x) => x.uid.startsWith('session-s-district'))!;
    expect([e.start, e.end]).toEqual(['2020-11-23', '2020-11-25']);
  });

  it('filters by tier, and by unit with unit-scoped UIDs', () => {
    const tierFeed = parse(renderIcs(withDeadlines, { tier: 'commune' })).events;
    expect(tierFeed.map((e) => short(e.uid))).toEqual([
      'deadline-s-commune-commune',
      'due-action-plan-commune',
    ]);
    const units: Unit[] = [
      { id: 'tinh', name: 'Tỉnh Hội', level: 'province' },
      { id: 'nga-son', name: 'Huyện Hội Nga Sơn', level: 'district', parent: 'tinh' },
    ];
    const unitFeed = parse(renderIcs(withDeadlines, { unit: 'nga-son', units })).events;
    expect(unitFeed.map((e) => [short(e.uid), e.start])).toEqual([
      ['deadline-s-district-nga-son', '2020-09-15'],
      ['due-action-plan-nga-son', '2020-09-25'],
      ['due-report-nga-son', '2020-12-15'],
    ]);
    expect(parse(renderIcs(withDeadlines, { unit: 'ghost', units })).events).toEqual([]);
  });

  it('with a schedule, a deadline sits on the last day that keeps every deadline below it', () => {
    const real = schedule(withDeadlines);
    const nodes = real.nodes.map((n) =>
      n.activity === 's-district' ? { ...n, latest: '2020-09-10' } : n,
    );
    const result: ScheduleResult = { nodes, issues: [] };
    const e = parse(renderIcs(withDeadlines, { tier: 'district', schedule: result })).events;
    expect(e.find((x) => x.uid.startsWith('deadline-s-district'))!.start).toBe('2020-09-10');
  });

  it('follows the calendar it is given (a working-day after rule across a day off)', () => {
    const plan: Plan = {
      ...clonePlan(plan985KhHndt),
      deliverables: [
        {
          id: 'ap',
          kind: 'action-plan',
          tier: 'district',
          due: { kind: 'after', ref: 's-district', days: 1, calendar: 'working' },
        },
      ],
    };
    const date = (cal?: ReturnType<typeof workingCalendar>) =>
      parse(renderIcs(plan, { tier: 'district', ...(cal ? { calendar: cal } : {}) })).events.find(
        (x) => x.uid.startsWith('due-'),
      )!.start;
    // 15/9/2020 is a Tuesday: the next working day is 16/9, or 17/9 when 16/9 is given off.
    expect(date()).toBe('2020-09-16');
    expect(date(workingCalendar({ extraDaysOff: ['2020-09-16'] }))).toBe('2020-09-17');
  });

  it('keeps stable UIDs when the plan changes, and unique ones across issuers', () => {
    const moved: Plan = {
      ...clonePlan(plan985KhHndt),
      sessions: clonePlan(plan985KhHndt).sessions.map((s) =>
        s.id === 's-district' ? { ...s, deadline: { kind: 'by', date: '2020-09-20' } } : s,
      ),
    };
    const before = parse(renderIcs(plan985KhHndt)).events;
    const after = parse(renderIcs(moved)).events;
    expect(after.map((e) => e.uid)).toEqual(before.map((e) => e.uid));
    // Another province's plan with the same number and symbol: no UID in common.
    const other: Plan = {
      ...clonePlan(plan985KhHndt),
      header: {
        ...plan985KhHndt.header,
        issuer: {
          ...clonePlan(plan985KhHndt).header.issuer,
          name: 'BAN THƯỜNG VỤ HỘI NÔNG DÂN TỈNH NGHỆ AN',
        },
      },
    };
    const theirs = new Set(parse(renderIcs(other)).events.map((e) => e.uid));
    expect(before.some((e) => theirs.has(e.uid))).toBe(false);
  });
});

describe('renderIcs: text', () => {
  it('escapes commas, semicolons, backslashes, newlines and keeps HTML as text', () => {
    const title = 'Hội nghị <b>quán triệt</b>; NQ 58, "đặc biệt" \\ lần 1 <script>x</script>';
    const plan: Plan = {
      ...clonePlan(plan985KhHndt),
      sessions: clonePlan(plan985KhHndt).sessions.map((s) =>
        s.id === 's-district' ? { ...s, title, note: 'Dòng 1\nDòng 2' } : s,
      ),
    };
    const text = renderIcs(plan, { tier: 'district' });
    expect(text).toContain('\\;');
    expect(text).toContain('\\,');
    expect(text).toContain('\\n');
    for (const line of text.split('\r\n')) expect(line.includes('\n')).toBe(false);
    const e = parse(text).events.find((x) => x.uid.startsWith('deadline-'))!;
    expect(e.summary).toBe(`Hạn tổ chức: ${title}`);
    expect(e.description).toContain('Dòng 1\nDòng 2');
  });

  it('no text of the plan can add a property or an event (CR/LF, controls, bidi, non-characters)', () => {
    const hostile: Plan = {
      ...clonePlan(plan985KhHndt),
      header: {
        ...plan985KhHndt.header,
        title:
          'A\r\nBEGIN:VEVENT\r\nSUMMARY:pwned\r\nEND:VEVENT\r\nX-WR-CALNAME:evil\u0007\u001b[2J',
      },
      sessions: clonePlan(plan985KhHndt).sessions.map((s) =>
        s.id === 's-district' ? { ...s, title: 'x\u202Ey\uFFFEz\u0000', host: 'H\rI' } : s,
      ),
    };
    const text = renderIcs(hostile);
    const clean = renderIcs(plan985KhHndt);
    expect(parse(text).events.length).toBe(parse(clean).events.length);
    expect(text.split('\r\n').filter((l) => l.startsWith('X-WR-CALNAME'))).toHaveLength(1);
    const forbidden = (c: number) =>
      (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) ||
      c === 0x7f ||
      c === 0x202e ||
      c === 0xfffe;
    expect([...text].some((ch) => forbidden(ch.codePointAt(0)!))).toBe(false);
    const e = parse(text).events.find((x) => x.uid.startsWith('deadline-s-district'))!;
    expect(e.summary).toBe('Hạn tổ chức: xyz');
  });

  it('random Unicode in every text still parses with the same events (property)', () => {
    const text = fc.string({ unit: 'binary', maxLength: 40 });
    fc.assert(
      fc.property(text, text, text, (title, sessionTitle, note) => {
        const plan: Plan = {
          ...clonePlan(plan985KhHndt),
          header: { ...clonePlan(plan985KhHndt).header, title: title || 'x' },
          sessions: clonePlan(plan985KhHndt).sessions.map((s) => ({
            ...s,
            title: sessionTitle || 'y',
            note: note || 'z',
          })),
        };
        const events = parse(renderIcs(plan)).events;
        expect(events.length).toBe(parse(renderIcs(plan985KhHndt)).events.length);
      }),
      { numRuns: 60 },
    );
  });

  it('falls back to a fixed DTSTAMP for a revision that is not a date, never the clock', () => {
    expect(renderIcs(plan985KhHndt, { revision: 'yesterday' })).toContain(
      'DTSTAMP:20000101T000000Z',
    );
  });

  it('percent-encodes ids in UIDs, __proto__ and spaces included', () => {
    const odd: Plan = {
      ...clonePlan(plan985KhHndt),
      sessions: clonePlan(plan985KhHndt).sessions.map((s) =>
        s.id === 's-district' ? { ...s, id: '__proto__ kế/hoạch' } : s,
      ),
    };
    const uids = parse(renderIcs(odd)).events.map((e) => e.uid);
    expect(uids.map(short)).toContain('deadline-__proto__%20k%E1%BA%BF%2Fho%E1%BA%A1ch-district');
    expect(new Set(uids).size).toBe(uids.length);
  });

  it('writes English with lang: en', () => {
    const events = parse(renderIcs(planNq58Province, { lang: 'en' })).events;
    expect(events.some((e) => e.summary.startsWith('Session deadline: Study session'))).toBe(true);
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
