/**
 * Reads one plan out of its lines: the pipeline's segment, extract and
 * assemble stages for one segment of the text.
 */

import { assemble } from '../assemble.js';
import { readArticleMeta } from '../segment/article.js';
import type { Span } from '../segment/lines.js';
import { paragraphs } from '../segment/reader.js';
import { sections } from '../segment/sections.js';
import { foldStr } from '../segment/words.js';
import { boilerplate, findTail, findTailEnd, findTitleLine, readTitle } from '../segment/zones.js';
import { articleYears, ownLevel, readArticleEvents, splitEvents } from './article.js';
import type { ExtractedPlan, PlanContext } from './context.js';
import { readDeliverables, readExemption } from './deliverables.js';
import { articleHeader, readHeaderBlock } from './header.js';
import { readMaterials } from './materials.js';
import { readResolutions } from './resolutions.js';
import { readTail } from './tail.js';
import { readDefaults, readPlanMethods, readTextParts } from './text-parts.js';
import { readSessions } from './tier-blocks.js';
export function extractPlan(ctx: PlanContext): ExtractedPlan {
  const r = ctx.r;
  const lines = ctx.lines;
  // --- Zones: header (up to the title), body, tail (Nơi nhận / signature).
  const titleIdx = findTitleLine(ctx);
  const tailIdx = findTail(ctx, titleIdx === -1 ? 0 : titleIdx + 1);
  const headerLines = titleIdx === -1 ? [] : lines.slice(0, titleIdx);
  const tailEnd = tailIdx === -1 ? lines.length : findTailEnd(ctx, tailIdx);
  const tailLines = tailIdx === -1 ? [] : lines.slice(tailIdx, tailEnd);
  const bodyEnd = tailIdx === -1 ? lines.length : tailIdx;

  const header = readHeaderBlock(ctx, headerLines);
  ctx.cityIsDistrict = /\btinh\b/.test(
    foldStr(`${header.parent?.value ?? ''} ${header.issuerName?.value ?? ''}`),
  );
  let bodyStart = titleIdx === -1 ? 0 : titleIdx + 1;
  let title: { text: string; span: Span } | undefined;
  if (titleIdx !== -1) {
    const t = readTitle(ctx, titleIdx, bodyEnd);
    title = t.title;
    bodyStart = t.next;
    ctx.hasTitle = title !== undefined;
  }
  for (const line of lines.slice(bodyStart, bodyEnd)) boilerplate(ctx, line);
  for (const line of headerLines) boilerplate(ctx, line);
  ctx.article = !ctx.hasTitle && header.issuerName === undefined;
  const meta = ctx.article ? readArticleMeta(r, lines.slice(bodyStart, bodyEnd)) : undefined;
  ctx.meta = meta;
  const body = paragraphs(
    r,
    lines.slice(bodyStart, bodyEnd).filter((l) => !r.isRead(l)),
  );

  // --- Sections.
  const sectioned = sections(ctx, body);
  // --- Resolutions (title first, then the body).
  const resolutions = readResolutions(ctx, title?.span, {
    start: lines[bodyStart]?.start ?? 0,
    end: lines[bodyEnd - 1]?.end ?? 0,
  });
  const bodySpan = { start: lines[bodyStart]?.start ?? 0, end: lines[bodyEnd - 1]?.end ?? 0 };
  // --- Articles: their years, their issuer and the sessions they report held.
  const article = ctx.article ? articleHeader(ctx, body) : undefined;
  let events: ReturnType<typeof readArticleEvents> = [];
  if (meta && article) {
    articleYears(ctx, meta, bodySpan, resolutions.list);
    events = readArticleEvents(ctx, body);
    ctx.ownLevel = ownLevel(ctx, article.issuer?.span, events);
  }
  const planYear = header.date ? Number(header.date.value.slice(0, 4)) : undefined;
  const yearContext = planYear ?? resolutions.year ?? ctx.defaultYear;

  // --- Text parts.
  // --- Sessions first: their paragraphs are not text parts nor plan-wide methods.
  const drafts = readSessions(ctx, sectioned);
  const split = meta ? splitEvents(ctx, events, drafts, article?.issuer?.span) : undefined;
  if (split) drafts.push(...split.own);
  const textParts = readTextParts(ctx, sectioned);

  // --- Methods (plan-wide).
  const planMethods = readPlanMethods(ctx, sectioned);
  // --- Default duration (plan-wide).
  const defaults = readDefaults(ctx, sectioned);

  // --- Materials.
  const materials = readMaterials(ctx, sectioned, resolutions.list);
  // --- Deliverables.
  const deliverables = readDeliverables(ctx, sectioned);
  // --- Exemption.
  const exemption = readExemption(ctx, sectioned);
  // --- Tail.
  const tail = readTail(ctx, tailLines);

  // --- Assemble.
  const plan = assemble(ctx, {
    header,
    title,
    resolutions: resolutions.list,
    textParts,
    planMethods,
    defaults,
    drafts,
    materials,
    deliverables,
    exemption,
    tail,
    yearContext,
    planMonth: header.date ? Number(header.date.value.slice(5, 7)) : undefined,
    body,
    article,
    owner: split?.owner,
    headline: meta?.headline,
  });
  return {
    plan,
    sources: ctx.sources,
    issues: ctx.issues,
    foreign: split?.foreign,
    meta,
    context: ctx,
  };
}
