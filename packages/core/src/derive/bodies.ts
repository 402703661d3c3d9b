// Names of bodies in the genre (internal): how a unit's name splits into the
// body and its place, the issuer symbol of a number and symbol, and whether a
// recipient or an addressee names the upper body.
import type { Plan } from '../model/plan.js';
import { bodyWords, containsWords, foldText, wordsOf } from './text.js';

/** Administrative words that end a body's name and start its place, folded. */
const LEVEL_WORDS: readonly (readonly string[])[] = [
  ['thanh', 'pho'],
  ['thi', 'xa'],
  ['thi', 'tran'],
  ['dac', 'khu'],
  ['tinh'],
  ['huyen'],
  ['quan'],
  ['xa'],
  ['phuong'],
];

/** Words that, right after a level word, belong to the body (*Huyện ủy*, *Tỉnh đoàn*, *Huyện hội*). */
const BODY_TAILS = new Set(['uy', 'doan', 'hoi']);

/** Committees named after a level word that is not written: *Thành ủy* (of a city), *Thị ủy* (of a town). */
const COMMITTEES: Readonly<Record<string, string>> = {
  'thanh uy': 'thành phố',
  'thi uy': 'thị xã',
};

/** A body's name split into the body and the place: *Hội Nông dân huyện* + *Nga Sơn*. */
export interface BodyName {
  /** The words naming the body, as written (*Hội Nông dân huyện*, *Huyện ủy*). */
  readonly body: string;
  /** The level word as written (*huyện*, *thị xã*), when found. */
  readonly level?: string;
  /** The place, as written (*Nga Sơn*), when the name has one. */
  readonly place?: string;
}

/**
 * Splits a body's name at its first administrative word: *Hội Nông dân huyện
 * Nga Sơn* → *Hội Nông dân huyện* | *Nga Sơn*; *Huyện ủy Nga Sơn* → *Huyện ủy*
 * | *Nga Sơn*; *Thành ủy Thanh Hóa* → *Thành ủy* | *Thanh Hóa*.
 */
export function splitBodyName(name: string): BodyName {
  const parts = name.normalize('NFC').trim().split(/\s+/);
  const folded = parts.map(foldText);
  for (let i = 0; i < parts.length; i++) {
    // *Thành ủy*, *Thị ủy*: committees of a city or town, whose level word is not written.
    const city = COMMITTEES[`${folded[i]} ${folded[i + 1]}`];
    if (city !== undefined) {
      const place = parts.slice(i + 2).join(' ');
      return {
        body: parts.slice(0, i + 2).join(' '),
        level: city,
        ...(place === '' ? {} : { place }),
      };
    }
    for (const lw of LEVEL_WORDS) {
      if (!lw.every((w, j) => folded[i + j] === w)) continue;
      let end = i + lw.length;
      if (BODY_TAILS.has(folded[end] ?? '')) end++;
      return cutBody(parts, i, lw.length, end);
    }
  }
  return { body: parts.join(' ') };
}

function cutBody(parts: readonly string[], at: number, levelLength: number, end: number): BodyName {
  const place = parts.slice(end).join(' ');
  return {
    body: parts.slice(0, end).join(' '),
    level: parts.slice(at, at + levelLength).join(' '),
    ...(place === '' ? {} : { place }),
  };
}

/** Party committees and their issuer symbols, folded body → symbol. */
const PARTY_SYMBOLS: Readonly<Record<string, string>> = {
  'tinh uy': 'TU',
  'thanh uy': 'TU',
  'thi uy': 'TU',
  'huyen uy': 'HU',
  'quan uy': 'QU',
  'dang uy': 'ĐU',
  'chi bo': 'CB',
};

/**
 * The issuer symbol of a body for its number and symbol: the Party's fixed
 * symbols (*Huyện ủy* → `HU`, *Đảng ủy* → `ĐU`, *Chi bộ* → `CB`), else the
 * initials of the body's words (*Hội Nông dân huyện* → `HNDH`, the pattern of
 * `HNDT` for *Hội Nông dân tỉnh*).
 */
export function issuerSymbol(name: string): string {
  const { body } = splitBodyName(name);
  const key = foldText(body).split(/\s+/).slice(0, 2).join(' ');
  const party = PARTY_SYMBOLS[key];
  if (party) return party;
  const initials = body
    .split(/\s+/)
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
  return initials.replace(/[^A-ZĐ]/gu, '') || 'KH';
}

/** Board words that open an issuer's name (*BCH*, *Ban Thường vụ*, *Thường trực*), folded. */
const BOARD_PREFIXES: readonly (readonly string[])[] = [
  ['ban', 'chap', 'hanh'],
  ['ban', 'thuong', 'vu'],
  ['thuong', 'truc'],
  ['thuong', 'vu'],
];

/** The body words of a name without the board that opens it (*BCH HND tỉnh* → *hội nông dân tỉnh*). */
function withoutBoard(ws: readonly string[]): string[] {
  for (const prefix of BOARD_PREFIXES) {
    if (prefix.every((w, i) => ws[i] === w)) return ws.slice(prefix.length);
  }
  return [...ws];
}

/**
 * The board that opens an issuer's name as printed (*BCH* of *BCH HND TỈNH
 * THANH HOÁ*, *BAN THƯỜNG VỤ* of *BAN THƯỜNG VỤ TỈNH ỦY*), or `undefined`.
 */
export function boardPrefix(issuerName: string): string | undefined {
  const parts = issuerName.normalize('NFC').trim().split(/\s+/);
  for (let n = 1; n <= 3 && n < parts.length; n++) {
    const head = bodyWords(parts.slice(0, n).join(' '));
    if (BOARD_PREFIXES.some((p) => p.length === head.length && p.every((w, i) => head[i] === w)))
      return parts.slice(0, n).join(' ');
  }
  return undefined;
}

/**
 * The ways a plan may name a body, as folded word runs: its name without the
 * board, that without the place (*hội nông dân tỉnh*), and the genre's short
 * form (*tỉnh hội*, *tỉnh đoàn*).
 */
export function bodyAliases(names: readonly (string | undefined)[]): string[][] {
  const out: string[][] = [];
  const add = (ws: readonly string[]) => {
    if (ws.length < 2) return;
    if (!out.some((x) => x.length === ws.length && x.every((w, i) => w === ws[i])))
      out.push([...ws]);
  };
  for (const name of names) {
    if (name === undefined) continue;
    // *Tỉnh Hội qua ban Tuyên giáo*: the addressee is the body before *qua*.
    const head = name.split(/\s+qua\s+/i)[0] ?? name;
    const ws = withoutBoard(bodyWords(head));
    add(ws);
    const split = splitBodyName(ws.join(' '));
    const body = split.body.split(' ');
    if (split.place !== undefined) add(body);
    // *Hội Nông dân tỉnh* → *tỉnh hội*; *Đoàn … tỉnh* → *tỉnh đoàn*.
    const level = split.level?.split(' ');
    if (level && (body[0] === 'hoi' || body[0] === 'doan') && !BODY_TAILS.has(body.at(-1) ?? ''))
      add([...level, body[0]]);
    // *Tỉnh ủy* is the Executive Committee of the province's Party organisation:
    // *Ban Chấp hành Đảng bộ tỉnh*, *Đảng bộ tỉnh*.
    if (split.level !== undefined && body.length === 2 && body[1] === 'uy') {
      const lw = wordsOf(split.level);
      add(['ban', 'chap', 'hanh', 'dang', 'bo', ...lw]);
      add(['dang', 'bo', ...lw]);
    }
  }
  return out;
}

/** Whether a text (a recipient, an addressee) names one of the aliases of a body. */
export function namesBody(text: string | undefined, aliases: readonly string[][]): boolean {
  if (text === undefined) return false;
  const ws = bodyWords(text);
  return aliases.some((a) => containsWords(ws, a));
}

/**
 * The names by which a lower plan may address the upper plan's body: the
 * upper unit's name when known, the upper plan's issuer, and the addressee of
 * its reports (*Tỉnh Hội qua ban Tuyên giáo*).
 */
export function upperBodyNames(
  upper: Plan,
  extra: readonly (string | undefined)[] = [],
): (string | undefined)[] {
  return [
    ...extra,
    upper.header.issuer.name,
    // A report that a lower tier sends names the upper body; the top tier's own report does not.
    ...upper.deliverables
      .filter((d) => d.kind === 'report' && d.tier !== undefined && d.tier !== upper.tiers[0]?.id)
      .map((d) => d.submitTo),
  ];
}
