/**
 * Extract: a plan of its own for the sessions an article reports of another
 * body than the plan it is about (the district whose conference the province's
 * article mentions, the city whose online conference a district attended).
 */
import { assemble } from '../assemble.js';
import type { Line } from '../segment/lines.js';
import type { Reader } from '../segment/reader.js';
import { eventDraft } from './article.js';
import { createContext, type ExtractedPlan, type PlanContext } from './context.js';
import type { EventDraft } from './events.js';
import { articleHeader, readHeaderBlock } from './header.js';
import { readTail } from './tail.js';
import { readTextParts } from './text-parts.js';

const fold = (s: string) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();

/** The draft plan of one body's reported sessions. */
export function extractEventPlan(
  reader: Reader,
  lines: readonly Line[],
  events: readonly EventDraft[],
  parent: PlanContext,
): ExtractedPlan {
  const ctx = createContext(reader, lines, parent.defaultYear);
  ctx.article = true;
  ctx.years = parent.years;
  const owner = events[0]!.owner;
  const first = events[0]!;
  const headline = parent.meta?.headline;
  // The headline is this plan's title only when it names this body; else its first report.
  const name = owner.body.name;
  const title =
    headline && name && fold(headline.text).includes(fold(name))
      ? headline
      : {
          text: reader
            .text(first.span)
            .replace(/[.;:]$/, '')
            .trim(),
          span: first.span,
        };
  const plan = assemble(ctx, {
    header: readHeaderBlock(ctx, []),
    title,
    resolutions: [],
    textParts: readTextParts(ctx, []),
    planMethods: [],
    defaults: { duration: undefined, discussion: undefined },
    drafts: events.map((e) => eventDraft(ctx, e)),
    materials: [],
    deliverables: [],
    exemption: undefined,
    tail: readTail(ctx, []),
    yearContext: undefined,
    planMonth: undefined,
    body: [],
    article: articleHeader(ctx, []),
    owner,
    headline: undefined,
  });
  return { plan, sources: ctx.sources, issues: ctx.issues };
}
