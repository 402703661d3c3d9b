// Copy detection (internal): which sentences of a lower plan's own prose repeat
// the upper plan's, sentence by sentence after normalising.
import type { Plan } from '../model/plan.js';
import { formatIssuePath, type IssuePath } from '../validate/issue.js';
import { foldText } from './text.js';

/**
 * A stretch of a lower plan's text that repeats the upper plan.
 *
 * @remarks `start` and `end` (exclusive) are offsets in UTF-16 code units:
 * into the source text given to {@link checkAgainstUpper} when `inSource` is
 * `true` (an imported plan's text or DOCX text), else into the string at
 * `path` in the lower plan.
 * @category Relations
 */
export interface CopiedText {
  /** Where the copied text is in the lower plan (`['content', 0]`). */
  readonly path: IssuePath;
  /** Where the upper plan says it (`['content', 0]`). */
  readonly upperPath: IssuePath;
  /** The first code unit of the stretch. */
  readonly start: number;
  /** One past its last code unit. */
  readonly end: number;
  /** Whether `start` and `end` point into the source text (else into the string at `path`). */
  readonly inSource: boolean;
  /** The stretch as written in the lower plan. */
  readonly text: string;
  /** The upper plan's sentence it repeats most. */
  readonly upperText: string;
  /** How many sentences the stretch holds. */
  readonly sentences: number;
  /** How alike they are, 0–1: the share of their word triples found in the upper plan. */
  readonly similarity: number;
  /** The share of the words of the lower plan's text item that the stretch covers, 0–1. */
  readonly share: number;
}

/** Options of the copy detection. */
export interface CopyOptions {
  /** A sentence is copied when at least this share of its word triples is in the upper plan. */
  readonly threshold: number;
  /** Sentences with fewer words are not judged. */
  readonly minWords: number;
  /** The lower plan's source text and where each of its facts was read. */
  readonly source?: {
    readonly text: string;
    readonly sources: Readonly<Record<string, { readonly start: number; readonly end: number }>>;
  };
}

/** One text item of a plan's own prose. */
interface Item {
  readonly path: IssuePath;
  readonly pointer: string;
  readonly text: string;
}

/**
 * The parts of a plan that a tier writes for itself: the opening, purposes,
 * requirements, content, methods, action-plan notes and implementation. The
 * facts a tier carries down (audiences, material titles, exemptions, follow-up
 * wording, notes of sessions) are not judged: repeating them is right.
 */
function ownProse(plan: Plan): Item[] {
  const out: Item[] = [];
  if (plan.intro !== undefined) out.push({ path: ['intro'], pointer: '/intro', text: plan.intro });
  for (const key of [
    'purposes',
    'requirements',
    'content',
    'methodNotes',
    'actionPlanNotes',
  ] as const) {
    (plan[key] ?? []).forEach((text, i) => {
      out.push({ path: [key, i], pointer: `/${key}/${i}`, text });
    });
  }
  (plan.implementation ?? []).forEach((task, i) => {
    out.push({
      path: ['implementation', i, 'text'],
      pointer: `/implementation/${i}`,
      text: task.text,
    });
  });
  return out;
}

interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly words: string[];
}

/** Sentence ends: `.`, `!`, `?`, `;`, `:` before white space or the end, and line breaks. */
const SENTENCE_END = /[.!?;:…](?=\s|$)|\n/g;
/** A list marker at the start of a sentence: `-`, `•`, `1.`, `a)`, `II.`. */
const LIST_MARKER_ONLY = /^(?:\d{1,2}|[a-zđ]|[IVX]{1,5})[.)]$/u;
const LIST_MARKER = /^(?:[-–•+*]\s*|(?:\d{1,2}|[a-zđ]|[IVX]{1,5})[.)]\s+)/u;

/**
 * Splits a text into sentences with their offsets, each normalised into
 * words: NFC, case and diacritics folded, punctuation and spacing dropped,
 * every number read as `0` (so *15/9/2020* and *15/10/2020* compare equal).
 */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  const push = (end: number) => {
    let s = from;
    while (s < end && /\s/.test(text.charAt(s))) s++;
    const marker = LIST_MARKER.exec(text.slice(s, Math.min(end, s + 8)));
    if (marker) s += marker[0].length;
    let e = end;
    while (e > s && /\s/.test(text.charAt(e - 1))) e--;
    if (e > s) {
      const words = foldText(text.slice(s, e).normalize('NFC'))
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w !== '')
        .map((w) => (/^\p{N}+$/u.test(w) ? '0' : w));
      if (words.length > 0) out.push({ start: s, end: e, words });
    }
  };
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].length;
    // `2.` or `a)` alone is the marker of the next item, not a sentence.
    if (LIST_MARKER_ONLY.test(text.slice(from, end).trim())) continue;
    push(end);
    from = end;
  }
  push(text.length);
  return out;
}

/** Letters and digits only, folded: `985-KH/HNDT` → `985khhndt`. */
const compactText = (text: string): string => foldText(text).replace(/[^\p{L}\p{N}]+/gu, '');

const wordTriples = (words: readonly string[]): string[] => {
  const out: string[] = [];
  for (let i = 0; i + 2 < words.length; i++)
    out.push(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return out;
};

/**
 * The stretches of the lower plan's own prose that repeat the upper plan's.
 *
 * @remarks A sentence of at least `minWords` words is copied when at least
 * `threshold` of its word triples occur in the upper plan's prose (a sentence
 * split in two or two merged into one are still found); consecutive copied
 * sentences of one text item form one stretch.
 */
export function findCopies(lower: Plan, upper: Plan, options: CopyOptions): CopiedText[] {
  const upperItems = ownProse(upper);
  const index = new Map<string, number[]>();
  const upperSentences: { item: Item; sentence: Sentence }[] = [];
  for (const item of upperItems) {
    for (const sentence of sentences(item.text)) {
      const k = upperSentences.push({ item, sentence }) - 1;
      for (const t of new Set(wordTriples(sentence.words))) {
        const list = index.get(t);
        if (list) list.push(k);
        else index.set(t, [k]);
      }
    }
  }
  // What both plans rightly share is not evidence of copying: the subject (the
  // titles of the plans, of their resolutions and materials).
  const shared = new Set<string>();
  for (const plan of [upper, lower]) {
    const titles = [
      plan.header.title,
      ...plan.resolutions.flatMap((r) => [r.title ?? '', r.reference]),
      ...plan.materials.map((m) => m.title),
    ];
    for (const title of titles)
      for (const s of sentences(title)) for (const t of wordTriples(s.words)) shared.add(t);
  }
  // An opening sentence that cites the upper plan by its number and symbol
  // (*Thực hiện Kế hoạch số 985-KH/HNDT …*) is the genre's citation.
  const cited = compactText(upper.header.reference);
  const out: CopiedText[] = [];
  for (const item of ownProse(lower)) {
    const span = options.source?.sources[item.pointer];
    const text = options.source?.text;
    const inSource =
      span !== undefined && text !== undefined && span.start >= 0 && span.end <= text.length;
    const base = inSource ? span.start : 0;
    const body = inSource ? text.slice(span.start, span.end) : item.text;
    const list = sentences(body);
    const total = list.reduce((n, s) => n + s.words.length, 0);
    const run: {
      first: Sentence;
      last: Sentence;
      n: number;
      words: number;
      hits: number;
      best: number;
    }[] = [];
    let current: (typeof run)[number] | undefined;
    for (const s of list) {
      if (s.words.length < options.minWords) continue;
      if (
        item.pointer === '/intro' &&
        cited.length > 3 &&
        compactText(body.slice(s.start, s.end)).includes(cited)
      ) {
        current = undefined;
        continue;
      }
      const ts = wordTriples(s.words).filter((t) => !shared.has(t));
      if (ts.length < options.minWords - 2) {
        current = undefined;
        continue;
      }
      const counts = new Map<number, number>();
      let hits = 0;
      for (const t of ts) {
        const where = index.get(t);
        if (!where) continue;
        hits++;
        for (const k of new Set(where)) counts.set(k, (counts.get(k) ?? 0) + 1);
      }
      if (ts.length === 0 || hits / ts.length < options.threshold) {
        current = undefined;
        continue;
      }
      let best = -1;
      let bestCount = 0;
      for (const [k, c] of counts) if (c > bestCount) [best, bestCount] = [k, c];
      if (current) {
        current.last = s;
        current.n++;
        current.words += s.words.length;
        current.hits += hits / ts.length;
      } else {
        current = { first: s, last: s, n: 1, words: s.words.length, hits: hits / ts.length, best };
        run.push(current);
      }
    }
    for (const r of run) {
      const match = upperSentences[r.best]!;
      out.push({
        path: item.path,
        upperPath: match.item.path,
        start: base + r.first.start,
        end: base + r.last.end,
        inSource,
        text: body.slice(r.first.start, r.last.end),
        upperText: match.item.text.slice(match.sentence.start, match.sentence.end),
        sentences: r.n,
        similarity: Math.round((r.hits / r.n) * 1000) / 1000,
        share: total === 0 ? 0 : Math.round((r.words / total) * 1000) / 1000,
      });
    }
  }
  return out;
}

/** The path of a copy as people read it (`content[0]`). */
export const copyField = (path: IssuePath): string => formatIssuePath(path);
