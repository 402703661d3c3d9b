import {
  DELIVERABLE_KIND_LABELS,
  fromEpochDay,
  METHOD_LABELS,
  type Plan,
  toEpochDay,
} from '@rollout/core';
import type { TimelineNode } from './cascade.js';
import { formatDate, type Lang, strings } from './i18n.js';

const SVG = 'http://www.w3.org/2000/svg';
const LABEL_WIDTH = 300;
const CHART_WIDTH = 720;
const ROW = 28;
const TIER_ROW = 26;
const AXIS = 34;

function el<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** What a row is called: the session's title, or its kind and method, and its id. */
export function labelOf(plan: Plan, activity: string, lang: Lang): string {
  const session = plan.sessions.find((s) => s.id === activity);
  if (session) {
    const method = METHOD_LABELS[session.method][lang];
    const named =
      lang === 'vi'
        ? `Hội nghị ${method}`
        : `${method[0]?.toUpperCase()}${method.slice(1)} session`;
    return session.title ?? `${named} (${session.id})`;
  }
  const d = plan.deliverables.find((x) => x.id === activity);
  if (!d) return activity;
  return d.title ?? `${DELIVERABLE_KIND_LABELS[d.kind][lang]} (${d.id})`;
}

/**
 * Draws the cascade as an SVG Gantt-like chart: one band per tier, one row per
 * activity; the bar is the window from the earliest to the latest date, the tick
 * the deadline, the dot a date already held. Infeasible nodes are red and carry
 * `class="node infeasible"` and `data-feasible="false"`.
 */
export function renderTimeline(
  plan: Plan,
  nodes: readonly TimelineNode[],
  lang: Lang,
): SVGSVGElement {
  const t = strings(lang);
  const days: number[] = [];
  for (const n of nodes)
    for (const d of [n.earliest, n.latest, n.deadline]) if (d !== null) days.push(toEpochDay(d));
  for (const s of plan.sessions)
    if (s.deadline.kind === 'held') days.push(toEpochDay(s.deadline.date));
  const lo = (days.length ? Math.min(...days) : 0) - 7;
  const hi = (days.length ? Math.max(...days) : 30) + 7;
  const span = Math.max(hi - lo, 1);
  const x = (iso: string): number => LABEL_WIDTH + ((toEpochDay(iso) - lo) / span) * CHART_WIDTH;
  const xDay = (day: number): number => LABEL_WIDTH + ((day - lo) / span) * CHART_WIDTH;
  const dayWidth = CHART_WIDTH / span;

  const tiers = plan.tiers.filter((tier) => nodes.some((n) => n.tier === tier.id));
  const height = AXIS + tiers.length * TIER_ROW + nodes.length * ROW + 8;
  const width = LABEL_WIDTH + CHART_WIDTH + 16;
  const svg = el('svg', {
    xmlns: SVG,
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    role: 'img',
    class: 'timeline',
    'aria-label': t.timeline,
  });

  // Month ticks.
  const axis = el('g', { class: 'axis' });
  let month = fromEpochDay(lo).slice(0, 7);
  for (let guard = 0; guard < 240; guard++) {
    const first = `${month}-01`;
    const day = toEpochDay(first);
    if (day > hi) break;
    if (day >= lo) {
      axis.append(
        el('line', { x1: xDay(day), x2: xDay(day), y1: AXIS - 6, y2: height, class: 'tick' }),
      );
      axis.append(
        el(
          'text',
          { x: xDay(day) + 3, y: AXIS - 10, class: 'tick-label' },
          formatDate(first).slice(3),
        ),
      );
    }
    const [y, m] = month.split('-').map(Number) as [number, number];
    month = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  }
  svg.append(axis);

  let y = AXIS;
  for (const tier of tiers) {
    const band = el('g', { class: 'tier', 'data-tier': tier.id });
    band.append(el('rect', { x: 0, y, width, height: TIER_ROW, class: 'tier-band' }));
    band.append(el('text', { x: 6, y: y + 18, class: 'tier-label' }, `${t.tier}: ${tier.name}`));
    svg.append(band);
    y += TIER_ROW;
    for (const n of nodes.filter((m) => m.tier === tier.id)) {
      const g = el('g', {
        class: n.feasible ? 'node' : 'node infeasible',
        'data-activity': n.activity,
        'data-tier': n.tier,
        'data-feasible': String(n.feasible),
      });
      const label = labelOf(plan, n.activity, lang);
      g.append(
        el(
          'text',
          { x: 14, y: y + 18, class: 'node-label' },
          label.length > 42 ? `${label.slice(0, 41)}…` : label,
        ),
      );
      const top = y + 6;
      const h = ROW - 12;
      if (!n.feasible && n.earliest !== null && n.latest !== null && n.earliest > n.latest) {
        // The impossible gap: the latest allowed day comes before the earliest possible one.
        g.append(
          el('rect', {
            x: x(n.latest),
            y: top,
            width: x(n.earliest) - x(n.latest) + dayWidth,
            height: h,
            class: 'bar conflict',
          }),
        );
      } else {
        const from = n.earliest !== null ? x(n.earliest) : LABEL_WIDTH;
        const to = n.latest !== null ? x(n.latest) + dayWidth : LABEL_WIDTH + CHART_WIDTH;
        g.append(
          el('rect', {
            x: from,
            y: top,
            width: Math.max(to - from, 2),
            height: h,
            class: `bar${n.earliest === null || n.latest === null ? ' open' : ''}`,
          }),
        );
      }
      if (n.deadline !== null) {
        g.append(
          el('line', {
            x1: x(n.deadline) + dayWidth,
            x2: x(n.deadline) + dayWidth,
            y1: y + 2,
            y2: y + ROW - 2,
            class: 'deadline',
          }),
        );
      }
      const session = plan.sessions.find((s) => s.id === n.activity);
      if (session?.deadline.kind === 'held') {
        g.append(
          el('circle', {
            cx: x(session.deadline.date) + dayWidth / 2,
            cy: y + ROW / 2,
            r: 5,
            class: 'held',
          }),
        );
      }
      g.append(
        el(
          'title',
          {},
          `${label}\n${t.earliest}: ${formatDate(n.earliest)}\n${t.latest}: ${formatDate(n.latest)}\n${t.deadline}: ${formatDate(n.deadline)}\n${n.feasible ? t.feasible : t.infeasible}`,
        ),
      );
      svg.append(g);
      y += ROW;
    }
  }
  return svg;
}
