/**
 * Extract: sessions a news report says were held — *Sáng ngày 22/12/2022, Ban
 * Thường vụ Tỉnh ủy Thanh Hóa đã tổ chức Hội nghị trực tuyến … đến hơn 600
 * điểm cầu … với hơn 20.000 đại biểu* — with the body that held it (its tier
 * read from its name), the body whose plan it belongs to, the method, bridge
 * points, attendees and duration.
 *
 * @remarks The organiser is, in this order: the body of *do X tổ chức*; the
 * body an online session comes from (*trực tuyến từ Tỉnh ủy*: the speaker is
 * one bridge point of it); the body told to hold it (*X chỉ đạo Y tổ chức*,
 * then the plan is X's); else the subject before the verb, a bare place name
 * (*Đô Lương tổ chức*) taking its kind from another mention (*huyện ủy Đô
 * Lương*). A central body's *Hội nghị lần thứ 6* is a plenum, not a study
 * session; a date after *tính đến* is progress; a resolution's or a plan's own
 * date is not the session's.
 */
import type { Duration, Method, TierLevel } from '@rollout/core';
import { type BodyFound, findBodies } from '../recognise/bodies.js';
import { findAttendees, findBridgePoints } from '../recognise/counts.js';
import { findTimes, type TimeFound } from '../recognise/dates.js';
import { findDuration } from '../recognise/durations.js';
import type { Found } from '../recognise/found.js';
import { levelOfBody } from '../resolve/levels.js';
import type { Span } from '../segment/lines.js';
import { clauses, type Paragraph, type Reader } from '../segment/reader.js';

/** A body as the owner or organiser of sessions. */
export interface Actor {
  readonly body: BodyFound;
  readonly level: TierLevel;
  /** Folded identity: kind and name (the organ left out), for grouping into plans. */
  readonly key: string;
}

/** A held session read from a news clause. */
export interface EventDraft {
  readonly organiser: Actor;
  /** The body whose plan it belongs to (the organiser, or who directed it). */
  readonly owner: Actor;
  readonly date: TimeFound & { readonly clause: Span };
  readonly method: Found<Method> | undefined;
  bridgePoints: Found<number | undefined> | undefined;
  attendees: Found<number | undefined> | undefined;
  readonly duration: Found<Duration> | undefined;
  readonly span: Span;
}

const STUDY = /\b(?:hoc tap|quan triet|nghien cuu|chuyen de|trien khai thuc hien|tuyen truyen)\b/;
const VERB = /\b(?:(?:da|vua|se)\s+)?(?:to chuc|khai mac|trieu tap|dien ra|chi dao)\b/g;
const DOC_DATE =
  /\b(?:nghi quyet|chi thi|ket luan|quy dinh|ke hoach|huong dan|cong van|thong bao|quyet dinh|chuong trinh)\s+(?:so\s+)?[\w./-]{0,20}\s*,?\s*(?:ngay\s+)?$/;

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

/** Whether a body can hold sessions and own a plan (not a list word such as *các chi bộ*). */
function canAct(b: BodyFound): boolean {
  if (b.title || b.kind === 'central') return false;
  if (b.name !== undefined || b.unit !== undefined) return true;
  return /committee|union$/.test(b.kind) && b.kind !== 'party-committee' && b.kind !== 'union';
}

function actor(b: BodyFound, year: number | undefined): Actor | undefined {
  const level = levelOfBody(b, year);
  if (level === undefined || level === 'central') return undefined;
  return { body: b, level, key: `${b.kind}|${fold(b.name ?? '')}` };
}

/**
 * A bare proper name as the subject (*Đô Lương tổ chức hội nghị*): its kind
 * from another mention in the text (*huyện ủy Đô lương*, *huyện Đô Lương*).
 */
function bareName(r: Reader, at: number, clauseStart: number): BodyFound | undefined {
  const before = r.nfc.slice(clauseStart, at);
  const m = /(?:^|,\s*)(\p{Lu}[\p{L}\p{M}]*(?:\s\p{Lu}[\p{L}\p{M}]*){0,3})\s*$/u.exec(before);
  if (!m) return undefined;
  const name = m[1]!;
  const f = fold(name);
  const re = new RegExp(
    String.raw`\b(huyen uy|thanh uy|tinh uy|quan uy|thi uy|dang uy (?:xa|phuong)|huyen|quan|thi xa|tinh|xa|phuong)\s+${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\b`,
  );
  const other = re.exec(r.folded);
  if (!other) return undefined;
  const word = other[1]!;
  const start = clauseStart + m.index + m[0].indexOf(name);
  const base = {
    start,
    end: start + name.length,
    name,
    organ: false,
    title: false,
    generic: false,
  };
  if (/uy$/.test(word))
    return {
      ...base,
      kind:
        word === 'tinh uy'
          ? 'province-committee'
          : word === 'thanh uy'
            ? 'city-committee'
            : word.startsWith('dang')
              ? 'party-committee'
              : 'district-committee',
      unit: word.startsWith('dang') ? word.slice(8) : undefined,
    };
  return { ...base, kind: 'party-committee', unit: word };
}

/** The organiser and owner of an event clause, or undefined when it names none that acts. */
function actors(
  r: Reader,
  c: Span,
  f: string,
  verbAt: number,
  year: number | undefined,
): { organiser: Actor; owner: Actor } | undefined {
  const bodies = findBodies(r.folded, r.nfc, c.start, c.end);
  const rel = (b: BodyFound) => b.start - c.start;
  // do X tổ chức
  const by = /\bdo\s+([^,;:]{3,90}?)\s+to chuc\b/.exec(f);
  if (by) {
    const b = bodies.find(
      (x) => rel(x) >= by.index && rel(x) < by.index + by[0].length && !x.title,
    );
    const a = b && actor(b, year);
    if (a) return { organiser: a, owner: a };
  }
  // trực tuyến từ X / trực tuyến của X
  const from = /\btruc tuyen\s+(?:tu|cua|do)\s+/.exec(f);
  if (from) {
    const b = bodies.find((x) => rel(x) === from.index + from[0].length);
    const a = b && actor(b, year);
    if (a) return { organiser: a, owner: a };
  }
  const subjects = bodies.filter((b) => rel(b) < verbAt && !b.title);
  // X chỉ đạo Y tổ chức: Y holds it, the plan is X's.
  const directs = /\bchi dao\s+/.exec(f);
  if (directs && directs.index < verbAt + 12) {
    const y = bodies.find((b) => rel(b) >= directs.index && !b.title);
    const x = [...subjects].reverse().find((b) => rel(b) < directs.index && canAct(b));
    const ya = y && actor(y, year);
    const xa = x && actor(x, year);
    if (ya && xa) return { organiser: ya, owner: xa };
  }
  const subject = [...subjects].reverse().find(canAct);
  const s = subject ?? bareName(r, c.start + verbAt, c.start);
  const a = s && actor(s, year);
  return a ? { organiser: a, owner: a } : undefined;
}

/**
 * The held sessions of an article's paragraphs, in text order; counts and
 * methods of a later sentence about the same conference (*Hội nghị được
 * truyền trực tuyến đến hơn 600 điểm cầu*) join the last event.
 */
export function readEvents(
  r: Reader,
  paras: readonly Paragraph[],
  year: number | undefined,
  skip: (span: Span) => boolean,
  scope: Span,
): EventDraft[] {
  const out: EventDraft[] = [];
  const main = mainBody(r, scope, year);
  for (const p of paras) {
    for (const c of clauses(r, p)) {
      if (skip(c)) continue;
      const f = r.fold(c);
      const event = readEvent(r, c, f, year) ?? namedConference(c, f, main);
      if (event) {
        out.push(event);
        continue;
      }
      const last = out[out.length - 1];
      if (!last || !/\bhoi nghi\b|\bdiem cau\b/.test(f)) continue;
      if (findTimes(f).some((t) => t.value.kind === 'date')) continue;
      const bp = findBridgePoints(f)[0];
      if (bp && !last.bridgePoints) last.bridgePoints = shift(bp, c.start);
      const at = findAttendees(f)[0];
      if (at && !last.attendees) last.attendees = shift(at, c.start);
    }
  }
  return out;
}

/** A clause's time expression with offsets into the whole text. */
const inClause = (t: TimeFound, c: Span): EventDraft['date'] => ({
  ...t,
  start: t.start + c.start,
  end: t.end + c.start,
  dateStart: t.dateStart + c.start,
  clause: c,
});

const shift = <T>(x: Found<T>, by: number): Found<T> => ({
  ...x,
  start: x.start + by,
  end: x.end + by,
});

function readEvent(
  r: Reader,
  c: Span,
  f: string,
  year: number | undefined,
): EventDraft | undefined {
  if (!STUDY.test(f)) return undefined;
  const date = findTimes(f).find(
    (t) =>
      t.value.kind === 'date' &&
      (t.cue === 'bare' || t.cue === 'held') &&
      !DOC_DATE.test(f.slice(Math.max(0, t.start - 50), t.dateStart)),
  );
  if (!date) return undefined;
  // The verb of the event: the first after its date (*Sáng 25/12, X tổ chức …*), else the first.
  VERB.lastIndex = 0;
  let verb: RegExpExecArray | null = null;
  for (let m = VERB.exec(f); m !== null; m = VERB.exec(f)) {
    // *về việc tổ chức*, *kế hoạch tổ chức*, *để tổ chức*: what a plan is about, not an event.
    if (
      /\b(?:ve viec|ke hoach|de|nham|viec|se|du kien)\s*$/.test(
        f.slice(Math.max(0, m.index - 12), m.index),
      )
    )
      continue;
    if (verb && verb.index >= date.end && !/chi dao/.test(verb[0])) break;
    if (!verb || verb.index < date.end || /chi dao/.test(verb[0])) verb = m;
  }
  if (!verb) return undefined;
  // The date of a plan (*Ngày 10/3/2023, X ban hành Kế hoạch …*) is not a session's.
  if (
    /\b(?:ban hanh|phe duyet|xay dung)\s+(?:ke hoach|chuong trinh|huong dan|nghi quyet|chi thi)\b/.test(
      f.slice(date.end, verb.index),
    )
  )
    return undefined;
  // A congress (*tổ chức đại hội*) is not a study session.
  if (/^\s*(?:dai hoi|le|hoi thi|giai)\b/.test(f.slice(verb.index + verb[0].length)))
    return undefined;
  const who = actors(r, c, f, verb.index, year);
  if (!who) return undefined;
  const online = /\btruc tuyen\b|\bonline\b/.exec(f);
  const inPerson = /\btruc tiep\b|\btap trung\b/.exec(f);
  const method: Found<Method> | undefined =
    online && !inPerson
      ? {
          start: c.start + online.index,
          end: c.start + online.index + online[0].length,
          value: 'online',
        }
      : inPerson && !online
        ? {
            start: c.start + inPerson.index,
            end: c.start + inPerson.index + inPerson[0].length,
            value: 'in-person',
          }
        : undefined;
  const bp = findBridgePoints(f)[0];
  const at = findAttendees(f)[0];
  const dur = findDuration(f);
  return {
    ...who,
    date: inClause(date, c),
    method,
    bridgePoints: bp && shift(bp, c.start),
    attendees: at && shift(at, c.start),
    duration: dur && shift(dur, c.start),
    span: c,
  };
}

/**
 * The body an article is about: the one it names most (a leader's title
 * counts: *Bí thư Đảng ủy phường Hương An quán triệt …*), when it studies.
 */
function mainBody(r: Reader, scope: Span, year: number | undefined): Actor | undefined {
  const from = scope.start;
  const to = scope.end;
  if (!STUDY.test(r.folded.slice(from, to))) return undefined;
  const tally = new Map<string, { n: number; a: Actor }>();
  for (const b of findBodies(r.folded, r.nfc, from, to)) {
    if (b.generic || (b.name === undefined && b.unit === undefined)) continue;
    const a = actor({ ...b, title: false }, year);
    if (!a) continue;
    const t = tally.get(a.key);
    if (t) t.n++;
    else tally.set(a.key, { n: 1, a });
  }
  return [...tally.values()].sort((x, y) => y.n - x.n)[0]?.a;
}

/** A conference named by its date (*Sau hội nghị sáng 9/9, …*): held by the article's body. */
function namedConference(c: Span, f: string, main: Actor | undefined): EventDraft | undefined {
  if (!main) return undefined;
  const date = findTimes(f).find(
    (t) =>
      t.value.kind === 'date' &&
      t.cue === 'bare' &&
      /\bhoi nghi\s{1,3}(?:(?:sang|chieu|toi|trua)\s{1,3})?(?:ngay\s{1,3})?$/.test(
        f.slice(Math.max(0, t.dateStart - 30), t.dateStart),
      ),
  );
  if (!date) return undefined;
  return {
    organiser: main,
    owner: main,
    date: inClause(date, c),
    method: undefined,
    bridgePoints: undefined,
    attendees: undefined,
    duration: undefined,
    span: c,
  };
}
