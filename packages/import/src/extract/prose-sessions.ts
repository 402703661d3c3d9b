/**
 * Extract: a session from one prose clause that names a tier and its deadline
 * (*các huyện, thị, thành ủy tổ chức hội nghị hoàn thành trước ngày 15-9-2020*).
 */

import type { TierLevel } from '@rollout/core';
import { ACTION_PLAN, ACTION_VERB, LEARNING, REPORT } from '../recognise/cues.js';
import { findDeadlines } from '../recognise/deadlines.js';
import type { Found } from '../recognise/found.js';
import { findTierWords, isCityWord, isRelativeWord } from '../recognise/tier-words.js';
import { levelBelow } from '../resolve/levels.js';
import { clean, type Span } from '../segment/lines.js';
import { capitalize } from '../segment/words.js';
import { emptyDraft, issue, type PlanContext, type SessionDraft } from './context.js';
import { readTimes } from './tier-blocks.js';

export function noTier(ctx: PlanContext, c: Span): void {
  const f = ctx.r.fold(c);
  if (findTierWords(f).length > 0 || !/\bhoi nghi\b|\bhoc tap\b/.test(f)) return;
  if (ACTION_PLAN.test(f) || REPORT.test(f) || /\bthu hoach\b/.test(f)) return;
  const dl = findDeadlines(f).find((d) => d.value.rule && d.value.rule.kind !== 'held');
  if (dl)
    issue(ctx, 'import/no-tier', [], {
      text:
        clean(f.slice(dl.start, dl.end)) === ''
          ? ''
          : clean(ctx.r.nfc.slice(c.start + dl.start, c.start + dl.end)),
    });
}

/** The level of a tier word; a city's own tier is district level under a province. */
export function levelOf(ctx: PlanContext, word: Found<TierLevel>, folded: string): TierLevel {
  const text = folded.slice(word.start, word.end);
  if (ctx.cityIsDistrict && isCityWord(text)) return 'district';
  if (ctx.ownLevel && isRelativeWord(text)) return levelBelow(ctx.ownLevel);
  return word.value;
}

export function proseSession(
  ctx: PlanContext,
  c: Span,
  learningParagraph: boolean,
): SessionDraft | undefined {
  const r = ctx.r;
  const f = r.fold(c);
  const words = findTierWords(f).filter(
    (w) =>
      !/(?:bi thu|uy vien|chu tich|truong ban|pho ban|giam doc|thuong truc|lanh dao)\s*$/.test(
        f.slice(Math.max(0, w.start - 20), w.start),
      ),
  );
  if (words.length === 0) return undefined;
  // In a news article a held session is an event (extract/events.ts), not a rule.
  const deadlines = findDeadlines(f).filter(
    (d) => !ctx.article || (d.value.rule?.kind !== 'held' && d.value.dayMonth?.kind !== 'held'),
  );
  // A party congress's schedule (*Đại hội chi bộ … hoàn thành trong quý IV*) is not a study session.
  if (
    /\b(?:to chuc|tien hanh)\s+dai hoi\b|^\W*dai hoi\b/.test(f) &&
    !/\b(?:hoc tap|quan triet|nghien cuu)\b/.test(f)
  )
    return undefined;
  const isDeliverable =
    (ACTION_PLAN.test(f) && ACTION_VERB.test(f)) ||
    (REPORT.test(f) && !/hoi nghi/.test(f)) ||
    /\bthu hoach\b/.test(f);
  if (isDeliverable) return undefined;
  if (!LEARNING.test(f) && !/\bto chuc\b/.test(f) && !(learningParagraph && deadlines.length > 0))
    return undefined;
  // The tier: the nearest tier word before the deadline, passing over the
  // committee's own organs (Ban Thường vụ Tỉnh ủy, Ban Tuyên giáo Tỉnh ủy) that host or issue.
  const organ = (w: Found<TierLevel>) =>
    /(?:ban thuong vu|thuong truc|ban tuyen giao|van phong|ban to chuc|ban dan van|uy ban kiem tra)(?:\s+cac)?\s*$/.test(
      f.slice(Math.max(0, w.start - 20), w.start),
    );
  const subjects = words.filter((w) => !organ(w));
  const pool = subjects.length > 0 ? subjects : words;
  const limit = deadlines[0]?.start ?? f.length;
  const before = pool.filter((w) => w.end <= limit);
  const first = deadlines.length > 0 && before.length > 0 ? before[before.length - 1]! : pool[0]!;
  const opensWithTier =
    /^\s*(?:[-–+•]\s*)?(?:doi voi|tai|o|hoi nghi do|hoi nghi cua|ngoai(?: to chuc)? hoi nghi)\s+(?:cac\s+)?$/.test(
      f.slice(0, first.start),
    );
  if (deadlines.length === 0 && !opensWithTier) return undefined;
  if (deadlines.length === 0 && !/\bhoc tap\b|\bhoi nghi\b|\bquan triet\b/.test(f))
    return undefined;
  // The unit phrase: the tier word, with a leading "các".
  let uStart = first.start;
  // Extend over a list of unit words: "các huyện đoàn, thành đoàn, đoàn trực thuộc".
  for (let k = words.indexOf(first) - 1; k >= 0; k--) {
    const w = words[k]!;
    if (!/^\s*(?:,|va|,\s*va)\s*$/.test(f.slice(w.end, uStart))) break;
    uStart = w.start;
  }
  if (f.slice(Math.max(0, uStart - 4), uStart) === 'cac ') uStart -= 4;
  const unitSpan = { start: c.start + uStart, end: c.start + first.end };
  const unit = capitalize(clean(r.text(unitSpan)));
  const draft: SessionDraft = {
    ...emptyDraft(levelOf(ctx, first, f), c),
    unitKind: unit,
    audience: unit,
    audienceSpan: unitSpan,
  };
  // "X chủ trì phối hợp với A, B, C tổ chức" → host and co-hosts; the audience is A, B, C.
  const host =
    /(?:^|,\s*)([^,]{3,80}?)\s+chu tri(?:,)?\s+(?:va\s+)?phoi hop(?:\s+voi)?\s+(.{3,400}?)\s+(?:to chuc|trien khai)\b/.exec(
      f,
    );
  if (host) {
    const hs = c.start + host.index + host[0].indexOf(host[1]!);
    draft.host = clean(r.nfc.slice(hs, hs + host[1]!.length));
    const cs = c.start + host.index + host[0].lastIndexOf(host[2]!);
    const coSpan = { start: cs, end: cs + host[2]!.length };
    draft.coHosts = r
      .text(coSpan)
      .split(',')
      .map((x) => clean(x))
      .filter((x) => x.length > 0);
    draft.audience = clean(r.text(coSpan));
    draft.audienceSpan = coSpan;
    r.mark({ start: hs, end: hs + host[1]!.length });
  }
  readTimes(ctx, draft, c);
  r.mark(unitSpan);
  return draft;
}
