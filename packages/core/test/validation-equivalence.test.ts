// The rules of `validatePlan` were rewritten for speed (no closures or paths
// made per value, indexes reused, NFC tested by ranges). This test keeps the
// rules as they were before (commit a1896cd, below, verbatim but for names) as
// an oracle: on generated plans broken at random places, both give exactly the
// same issues (codes, paths, params, messages) in the same order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DateWindow, dateRuleWindow } from '../src/calendar/date-rule-window.js';
import { addCalendarDays, dayOfWeek, isValidIsoDate } from '../src/calendar/iso-date.js';
import { plan985KhHndt, planNq58Province, validatePlan } from '../src/index.js';
import type { DateRule } from '../src/model/date-rule.js';
import type { Plan } from '../src/model/plan.js';
import { PlanSchema } from '../src/model/plan.js';
import { parseDocumentReference } from '../src/model/reference.js';
import { parentSessions, sessionsOfDeliverable } from '../src/model/relations.js';
import { TIER_LEVELS, tierLevelRank } from '../src/model/tier.js';
import type { IssueCode, Severity } from '../src/validate/codes.js';
import {
  createIssue,
  type Issue,
  type IssueParams,
  type IssuePath,
} from '../src/validate/issue.js';
import { validPlan } from './arbitraries.js';

/** Strings a mutation may put in place of a string of the plan. */
const STRINGS = [
  'unknown-id',
  '2021-02-30',
  '2020-10-03',
  '2020-10-04',
  '2020-10-05',
  '2019-01-01',
  '2030-12-31',
  '2020-12',
  'Vie\u0323\u0302t Nam',
  'Kế hoạch',
  '\u212b',
  'e\u0301',
  '985-KH/HNDT',
  'KH-985',
  '58-NQ/TW',
];
const METHODS = ['online', 'in-person', 'broadcast', 'self-study'];
const DATE_RULES: DateRule[] = [
  { kind: 'by', date: '2020-10-03' },
  { kind: 'by', date: '2021-02-29' },
  { kind: 'held', date: '2019-06-01' },
  { kind: 'within', month: '2020-12' },
  { kind: 'within', quarter: '2021-Q1' },
  { kind: 'within', year: '2019' },
  { kind: 'span', from: '2020-10-20', to: '2020-10-10' },
  { kind: 'span', from: '2020-10-20', to: '2020-11-31' },
  { kind: 'after', ref: 'unknown-id', days: 5, calendar: 'calendar' },
];

type Node = Record<string, unknown> | unknown[];

/** Every place in a value: its parent, its key, and the value there. */
function places(value: unknown, out: [Node, string | number, unknown][] = []) {
  if (value === null || typeof value !== 'object') return out;
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      out.push([value, i, v]);
      places(v, out);
    });
  } else {
    for (const [k, v] of Object.entries(value)) {
      out.push([value as Record<string, unknown>, k, v]);
      places(v, out);
    }
  }
  return out;
}

/** Ids of the plan, so that mutations make duplicates and references that resolve. */
const idsOf = (p: Plan): string[] =>
  [p.tiers, p.audiences, p.materials, p.resolutions, p.sessions, p.deliverables].flatMap((xs) =>
    Array.isArray(xs) ? xs.map((x) => String(x?.id)) : [],
  );

/** Keys whose strings are ids or references. */
const ID_KEYS = new Set([
  'id',
  'tier',
  'ref',
  'session',
  'learnsFrom',
  'resolution',
  'deliverable',
]);

/** Breaks a plan at a place chosen by `n`, in a way chosen by `how`; mostly keeps its shape. */
function mutate(p: Plan, n: number, how: number): void {
  const ids = idsOf(p);
  const all = places(p);
  // A third of the breaks change a date rule, a third an id or a reference, a third anything.
  const pool =
    how % 3 === 0
      ? all.filter(([, k]) => k === 'deadline' || k === 'due')
      : how % 3 === 1
        ? all.filter(
            ([parent, k]) =>
              ID_KEYS.has(String(k)) || (Array.isArray(parent) && typeof parent[0] === 'string'),
          )
        : all;
  if (pool.length === 0) return;
  const [parent, key, value] = pool[n % pool.length] as [Node, string | number, unknown];
  const set = (v: unknown) => {
    (parent as Record<string | number, unknown>)[key] = v;
  };
  const pick = <T>(xs: readonly T[], k: number): T => xs[k % xs.length] as T;
  if (key === 'level') set(pick(TIER_LEVELS, how));
  else if (key === 'method') set(pick(METHODS, how));
  else if (key === 'deadline' || key === 'due') {
    if (how % 7 === 0 && !Array.isArray(parent) && key === 'due') delete parent[key];
    else if (how % 2 === 0)
      set({
        kind: 'after',
        ref: pick(ids, n + how),
        days: how % 20,
        calendar: how % 4 === 0 ? 'calendar' : 'working',
      });
    else set(pick(DATE_RULES, n + how));
  } else if (typeof value === 'string') {
    if (['kind', 'calendar', 'purpose', 'mode', 'motto', 'per'].includes(String(key))) return;
    set(how % 5 === 4 ? pick(STRINGS, n + how) : pick(ids, n + how));
  } else if (typeof value === 'number') set(how % 4);
  else if (!Array.isArray(parent) && how % 4 === 0) delete parent[key];
  else if (Array.isArray(value) && value.length > 0 && how % 4 === 1)
    value.push(structuredClone(value[0]));
}

describe('validatePlan gives exactly the issues of the rules before the rewrite', () => {
  it('on the fixtures', () => {
    for (const plan of [plan985KhHndt, planNq58Province]) {
      expect(validatePlan(plan)).toEqual(referenceValidatePlan(plan));
    }
  });

  it('on generated plans and fixtures broken at random places', () => {
    const base = fc.oneof(validPlan, fc.constantFrom(plan985KhHndt, planNq58Province));
    const breaks = fc.array(fc.tuple(fc.nat(), fc.nat(100)), { minLength: 1, maxLength: 6 });
    let compared = 0;
    fc.assert(
      fc.property(base, breaks, (plan, list) => {
        const p = structuredClone(plan);
        for (const [n, how] of list) mutate(p, n, how);
        if (!PlanSchema.safeParse(p).success) return;
        compared++;
        const before = structuredClone(p);
        expect(validatePlan(p)).toEqual(referenceValidatePlan(p));
        expect(p).toEqual(before);
      }),
      { numRuns: 400 },
    );
    expect(compared).toBeGreaterThan(200);
  });
});

describe('the NFC rule by ranges agrees with the character loop before it', () => {
  it('on short and long texts made of the characters at the edges of the ranges', () => {
    const edges = [
      0x41, 0x2ff, 0x300, 0x301, 0x1dff, 0x1e00, 0x1ea0, 0x1eff, 0x1f00, 0x2001, 0x2002, 0x206f,
      0x2070, 0x20aa, 0x20ab, 0x20ac, 0x212b, 0xd83c, 0xdf3e, 0xffff,
    ].map((c) => String.fromCharCode(c));
    const text = fc
      .array(fc.oneof(fc.constantFrom(...edges), fc.constantFrom('Việt Nam ', 'e\u0301', 'a')), {
        maxLength: 40,
      })
      .map((xs) => xs.join(''));
    fc.assert(
      fc.property(text, text, (title, name) => {
        const p = structuredClone(plan985KhHndt);
        p.header.title = `Kế hoạch ${title}`;
        p.tiers[0]!.name = name.length > 0 ? name : 'x';
        expect(validatePlan(p)).toEqual(referenceValidatePlan(p));
      }),
      { numRuns: 300 },
    );
  });
});

describe('the NFC rule reads own keys only', () => {
  it('skips inherited texts, from a prototype of the plan or from Object.prototype', () => {
    const p = structuredClone(plan985KhHndt);
    const proto = { inherited: 'e\u0301' };
    const header = Object.assign(Object.create(proto) as object, p.header);
    const odd = { ...p, header } as Plan;
    expect(validatePlan(odd)).toEqual(referenceValidatePlan(odd));
    expect(validatePlan(odd).some((i) => i.code === 'text/not-nfc')).toBe(false);
    const own = { ...p, header: { ...p.header, title: 'Vie\u0323\u0302t' } };
    Object.defineProperty(Object.prototype, 'polluted', {
      value: 'e\u0301',
      enumerable: true,
      configurable: true,
      writable: true,
    });
    try {
      expect(validatePlan(own)).toEqual(referenceValidatePlan(own));
      expect(validatePlan(own).filter((i) => i.code === 'text/not-nfc')).toHaveLength(1);
    } finally {
      delete (Object.prototype as Record<string, unknown>).polluted;
    }
  });
});

// --- the rules as they were (oracle) -------------------------------------------------------

// ---- context.ts (as of a1896cd)
interface RuleContext {
  readonly plan: Plan;
  readonly tiers: ReadonlyMap<string, number>;
  readonly audiences: ReadonlyMap<string, number>;
  readonly materials: ReadonlyMap<string, number>;
  readonly resolutions: ReadonlyMap<string, number>;
  readonly sessions: ReadonlyMap<string, number>;
  readonly deliverables: ReadonlyMap<string, number>;
  windows(): ReadonlyMap<string, DateWindow>;
  report(code: IssueCode, path: IssuePath, params?: IssueParams, severity?: Severity): void;
}

function firstIndex<T extends { id: string }>(items: readonly T[]): Map<string, number> {
  const map = new Map<string, number>();
  items.forEach((item, i) => {
    if (!map.has(item.id)) map.set(item.id, i);
  });
  return map;
}

function createContext(plan: Plan, issues: Issue[]): RuleContext {
  let windows: Map<string, DateWindow> | undefined;
  return {
    plan,
    tiers: firstIndex(plan.tiers),
    audiences: firstIndex(plan.audiences),
    materials: firstIndex(plan.materials),
    resolutions: firstIndex(plan.resolutions),
    sessions: firstIndex(plan.sessions),
    deliverables: firstIndex(plan.deliverables),
    windows() {
      windows ??= activityWindows(plan);
      return windows;
    },
    report(code, path, params = {}, severity) {
      issues.push(createIssue(code, path, params, severity));
    },
  };
}

// ---- windows.ts (as of a1896cd)
function activityWindows(plan: Plan): Map<string, DateWindow> {
  const rules = new Map<string, DateRule | undefined>();
  for (const s of plan.sessions) if (!rules.has(s.id)) rules.set(s.id, s.deadline);
  for (const d of plan.deliverables) if (!rules.has(d.id)) rules.set(d.id, d.due);
  const out = new Map<string, DateWindow>();
  const visiting = new Set<string>();
  const open: DateWindow = { start: null, end: null };

  const valid = (w: DateWindow): DateWindow => ({
    start: w.start !== null && isValidIsoDate(w.start) ? w.start : null,
    end: w.end !== null && isValidIsoDate(w.end) ? w.end : null,
  });

  const resolve = (id: string): DateWindow => {
    const known = out.get(id);
    if (known) return known;
    const rule = rules.get(id);
    if (!rule || visiting.has(id)) return open;
    let w: DateWindow;
    if (rule.kind === 'after') {
      visiting.add(id);
      const ref = resolve(rule.ref);
      visiting.delete(id);
      w = {
        start: ref.start,
        end:
          ref.end !== null && rule.calendar === 'calendar'
            ? addCalendarDays(ref.end, rule.days)
            : null,
      };
    } else {
      w = valid(dateRuleWindow(rule));
    }
    out.set(id, w);
    return w;
  };
  for (const id of rules.keys()) resolve(id);
  return out;
}

function endsBefore(later: DateWindow, earlier: DateWindow): string | null {
  if (later.end === null) return null;
  if (earlier.start !== null) return later.end < earlier.start ? earlier.start : null;
  if (earlier.end !== null) return later.end < earlier.end ? earlier.end : null;
  return null;
}

// ---- rules/unique-ids.ts (as of a1896cd)
function checkUniqueIds(ctx: RuleContext): void {
  const { plan } = ctx;
  const groups: [string, readonly { id: string }[]][][] = [
    [['resolutions', plan.resolutions]],
    [['tiers', plan.tiers]],
    [['audiences', plan.audiences]],
    [['materials', plan.materials]],
    [
      ['sessions', plan.sessions],
      ['deliverables', plan.deliverables],
    ],
  ];
  for (const group of groups) {
    const seen = new Map<string, [string, number]>();
    for (const [key, items] of group) {
      items.forEach((item, i) => {
        const first = seen.get(item.id);
        if (first !== undefined) {
          const firstPath = `${first[0]}[${first[1]}].id`;
          ctx.report('ref/duplicate-id', [key, i, 'id'], { id: item.id, firstPath });
        } else {
          seen.set(item.id, [key, i]);
        }
      });
    }
  }
}

// ---- rules/references.ts (as of a1896cd)
function checkReferences(ctx: RuleContext): void {
  const { plan } = ctx;
  const tier = (id: string, path: IssuePath) => {
    if (!ctx.tiers.has(id)) ctx.report('ref/unknown-tier', path, { id });
  };
  const session = (id: string, path: IssuePath) => {
    if (!ctx.sessions.has(id)) ctx.report('ref/unknown-session', path, { id });
  };
  const rule = (r: DateRule | undefined, path: IssuePath) => {
    if (r?.kind === 'after' && !ctx.sessions.has(r.ref) && !ctx.deliverables.has(r.ref)) {
      ctx.report('ref/unknown-activity', [...path, 'ref'], { id: r.ref });
    }
  };

  plan.audiences.forEach((a, i) => {
    if (a.tier !== undefined) tier(a.tier, ['audiences', i, 'tier']);
  });
  plan.materials.forEach((m, i) => {
    if (m.resolution !== undefined && !ctx.resolutions.has(m.resolution)) {
      ctx.report('ref/unknown-resolution', ['materials', i, 'resolution'], { id: m.resolution });
    }
    if (m.deliverable !== undefined && !ctx.deliverables.has(m.deliverable)) {
      ctx.report('ref/unknown-deliverable', ['materials', i, 'deliverable'], { id: m.deliverable });
    }
  });
  plan.sessions.forEach((s, i) => {
    tier(s.tier, ['sessions', i, 'tier']);
    s.audiences.forEach((a, j) => {
      if (!ctx.audiences.has(a))
        ctx.report('ref/unknown-audience', ['sessions', i, 'audiences', j], { id: a });
    });
    s.materials?.forEach((m, j) => {
      if (!ctx.materials.has(m))
        ctx.report('ref/unknown-material', ['sessions', i, 'materials', j], { id: m });
    });
    s.resolutions?.forEach((r, j) => {
      if (!ctx.resolutions.has(r)) {
        ctx.report('ref/unknown-resolution', ['sessions', i, 'resolutions', j], { id: r });
      }
    });
    if (s.learnsFrom !== undefined) session(s.learnsFrom, ['sessions', i, 'learnsFrom']);
    if (s.exemption !== undefined)
      session(s.exemption.session, ['sessions', i, 'exemption', 'session']);
    rule(s.deadline, ['sessions', i, 'deadline']);
  });
  plan.deliverables.forEach((d, i) => {
    if (d.tier !== undefined) tier(d.tier, ['deliverables', i, 'tier']);
    if (d.session !== undefined) session(d.session, ['deliverables', i, 'session']);
    rule(d.due, ['deliverables', i, 'due']);
  });
}

// ---- rules/dates.ts (as of a1896cd)
const WEEKDAY_VI = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];

function checkDates(ctx: RuleContext): void {
  const { plan } = ctx;
  const exists = (date: string, path: IssuePath): boolean => {
    if (isValidIsoDate(date)) return true;
    ctx.report('date/nonexistent', path, { date });
    return false;
  };
  const rule = (r: DateRule | undefined, path: IssuePath) => {
    if (!r) return;
    switch (r.kind) {
      case 'by':
        if (exists(r.date, [...path, 'date'])) {
          const d = dayOfWeek(r.date);
          if (d === 0 || d === 6) {
            ctx.report('date/weekend-deadline', [...path, 'date'], {
              date: r.date,
              weekday: WEEKDAY_VI[d] as string,
            });
          }
        }
        return;
      case 'held':
        exists(r.date, [...path, 'date']);
        return;
      case 'span': {
        const a = exists(r.from, [...path, 'from']);
        const b = exists(r.to, [...path, 'to']);
        if (a && b && r.to < r.from)
          ctx.report('date/span-reversed', path, { from: r.from, to: r.to });
        return;
      }
      default:
        return;
    }
  };
  if (plan.header.date !== undefined) exists(plan.header.date, ['header', 'date']);
  plan.resolutions.forEach((r, i) => {
    exists(r.issuedOn, ['resolutions', i, 'issuedOn']);
  });
  plan.sessions.forEach((s, i) => {
    rule(s.deadline, ['sessions', i, 'deadline']);
  });
  plan.deliverables.forEach((d, i) => {
    rule(d.due, ['deliverables', i, 'due']);
  });
}

// ---- rules/resolution-dates.ts (as of a1896cd)
function checkResolutionDates(ctx: RuleContext): void {
  const { plan } = ctx;
  const issued = plan.resolutions.filter((r) => isValidIsoDate(r.issuedOn));
  if (issued.length === 0) return;
  const planDate = plan.header.date;
  if (planDate !== undefined && isValidIsoDate(planDate)) {
    plan.resolutions.forEach((r, i) => {
      if (isValidIsoDate(r.issuedOn) && planDate < r.issuedOn) {
        ctx.report('date/plan-before-resolution', ['header', 'date'], {
          planDate,
          resolution: r.reference,
          issuedOn: r.issuedOn,
          resolutionIndex: i,
        });
      }
    });
  }
  const windows = ctx.windows();
  const firstOfAll = earliestOf(issued);
  const earliestIssued = (ids: readonly string[] | undefined) =>
    ids && ids.length > 0 ? earliestOf(issued.filter((r) => ids.includes(r.id))) : firstOfAll;
  const check = (id: string, ids: readonly string[] | undefined, path: (string | number)[]) => {
    const end = windows.get(id)?.end;
    const r = earliestIssued(ids);
    if (end && r && end < r.issuedOn) {
      ctx.report('date/before-resolution', path, {
        deadline: end,
        resolution: r.reference,
        issuedOn: r.issuedOn,
      });
    }
  };
  plan.sessions.forEach((s, i) => {
    check(s.id, s.resolutions, ['sessions', i, 'deadline']);
  });
  plan.deliverables.forEach((d, i) => {
    if (d.due) check(d.id, undefined, ['deliverables', i, 'due']);
  });
}

function earliestOf<T extends { issuedOn: string }>(pool: readonly T[]): T | undefined {
  let first = pool[0];
  for (const r of pool) if (first && r.issuedOn < first.issuedOn) first = r;
  return first;
}

// ---- rules/cascade-order.ts (as of a1896cd)
function checkCascadeOrder(ctx: RuleContext): void {
  const { plan } = ctx;
  const windows = ctx.windows();
  const parents = parentSessions(plan);
  const sessionsOfTier = new Map<string, typeof plan.sessions>();
  for (const s of plan.sessions) {
    const list = sessionsOfTier.get(s.tier);
    if (list) list.push(s);
    else sessionsOfTier.set(s.tier, [s]);
  }
  plan.sessions.forEach((s, i) => {
    const parent = parents[i];
    if (!parent || parent.id === s.id) return;
    const mine = windows.get(s.id);
    const theirs = windows.get(parent.id);
    if (!mine || !theirs) return;
    const at = endsBefore(mine, theirs);
    if (at !== null) {
      ctx.report('cascade/before-parent', ['sessions', i, 'deadline'], {
        session: s.id,
        deadline: mine.end,
        parent: parent.id,
        parentDate: at,
      });
    }
  });
  plan.deliverables.forEach((d, i) => {
    if (d.kind !== 'action-plan' && d.kind !== 'reflection') return;
    if (!d.due) return;
    const mine = windows.get(d.id);
    if (!mine) return;
    const followed =
      d.session === undefined && d.tier !== undefined
        ? (sessionsOfTier.get(d.tier) ?? [])
        : sessionsOfDeliverable(plan, d);
    for (const s of followed) {
      const theirs = windows.get(s.id);
      if (!theirs) continue;
      const at = endsBefore(mine, theirs);
      if (at === null) continue;
      ctx.report(
        d.kind === 'action-plan'
          ? 'cascade/action-plan-before-session'
          : 'cascade/reflection-before-session',
        ['deliverables', i, 'due'],
        { deliverable: d.id, due: mine.end, session: s.id, sessionDate: at },
      );
      return;
    }
  });
}

// ---- rules/sessions.ts (as of a1896cd)
function checkSessions(ctx: RuleContext): void {
  ctx.plan.sessions.forEach((s, i) => {
    if (s.duration.halfDays === 0) {
      ctx.report('session/zero-duration', ['sessions', i, 'duration', 'halfDays'], {
        session: s.id,
      });
    }
    if (s.discussion && s.discussion.halfDays > s.duration.halfDays) {
      ctx.report('session/discussion-exceeds-duration', ['sessions', i, 'discussion', 'halfDays'], {
        session: s.id,
        discussion: s.discussion.halfDays,
        duration: s.duration.halfDays,
      });
    }
    if (s.audiences.length === 0) {
      ctx.report('session/no-audience', ['sessions', i, 'audiences'], { session: s.id });
    }
    if (s.method === 'online' && s.bridgePoints === undefined) {
      ctx.report('session/no-bridge-points', ['sessions', i], { session: s.id });
    }
  });
}

// ---- rules/exemptions.ts (as of a1896cd)
function checkExemptions(ctx: RuleContext): void {
  const { plan } = ctx;
  plan.sessions.forEach((s, i) => {
    if (!s.exemption) return;
    const ti = ctx.sessions.get(s.exemption.session);
    if (ti === undefined) return;
    const target = plan.sessions[ti]!;
    const path = ['sessions', i, 'exemption', 'session'];
    if (target.method !== 'online') {
      ctx.report('exemption/not-online', path, {
        session: s.id,
        target: target.id,
        method: target.method,
      });
    }
    const mine = ctx.tiers.get(s.tier);
    const theirs = ctx.tiers.get(target.tier);
    if (mine === undefined || theirs === undefined) return;
    const myRank = tierLevelRank(plan.tiers[mine]!.level);
    const theirRank = tierLevelRank(plan.tiers[theirs]!.level);
    if (theirRank >= myRank)
      ctx.report('exemption/not-upper-tier', path, { session: s.id, target: target.id });
  });
}

// ---- rules/tiers.ts (as of a1896cd)
function checkTiers(ctx: RuleContext): void {
  const { plan } = ctx;
  const withSession = new Set(plan.sessions.map((s) => s.tier));
  plan.tiers.forEach((t, i) => {
    if (!withSession.has(t.id)) ctx.report('tier/no-session', ['tiers', i], { tier: t.id });
    const prev = plan.tiers[i - 1];
    if (prev && tierLevelRank(t.level) < tierLevelRank(prev.level)) {
      ctx.report('tier/level-order', ['tiers', i, 'level'], {
        tier: t.id,
        level: t.level,
        previous: prev.id,
        previousLevel: prev.level,
      });
    }
  });
}

// ---- rules/document.ts (as of a1896cd)
function checkDocument(ctx: RuleContext): void {
  const { plan } = ctx;
  const header = parseDocumentReference(plan.header.reference);
  if (!header) {
    ctx.report('reference/malformed', ['header', 'reference'], {
      reference: plan.header.reference,
    });
  } else if (header.number === undefined) {
    ctx.report('reference/unnumbered', ['header', 'reference'], {
      reference: plan.header.reference,
    });
  }
  plan.resolutions.forEach((r, i) => {
    if (parseDocumentReference(r.reference)?.number === undefined) {
      ctx.report('reference/malformed', ['resolutions', i, 'reference'], {
        reference: r.reference,
      });
    }
  });
  if (plan.signature === undefined) ctx.report('signature/missing', ['signature']);
}

// ---- rules/nfc.ts (as of a1896cd)
function surelyNfc(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x300 || (c >= 0x1e00 && c <= 0x1eff) || (c >= 0x2002 && c <= 0x206f) || c === 0x20ab) {
      continue;
    }
    return false;
  }
  return true;
}

const isNfc = (text: string): boolean => surelyNfc(text) || text === text.normalize('NFC');

function checkNfc(ctx: RuleContext): void {
  const path: (string | number)[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      if (!isNfc(value)) {
        ctx.report('text/not-nfc', [...path]);
      }
      return;
    }
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        walk(value[i]);
        path.pop();
      }
      return;
    }
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      path.push(key);
      walk((value as Record<string, unknown>)[key]);
      path.pop();
    }
  };
  walk(ctx.plan);
}

// ---- validate-plan.ts (as of a1896cd)
const RULES = [
  checkUniqueIds,
  checkReferences,
  checkDates,
  checkResolutionDates,
  checkCascadeOrder,
  checkSessions,
  checkExemptions,
  checkTiers,
  checkDocument,
  checkNfc,
];

function referenceValidatePlan(plan: Plan): Issue[] {
  const issues: Issue[] = [];
  const ctx = createContext(plan, issues);
  for (const rule of RULES) rule(ctx);
  return issues;
}
