// Property: whatever the plan, every fact of it appears in each rendering, in the words of
// the shared formatter, and rendering is a pure function of the plan and options.
import type { DateRule, Plan } from '@rollout/core';
import {
  clonePlan,
  formatSessionTime,
  plan985KhHndt,
  RECIPIENT_PURPOSE_LABELS,
  TIER_LEVELS,
} from '@rollout/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type LayoutRuleSetName,
  layoutPlan,
  renderHtml,
  renderMarkdown,
  renderText,
} from '../src/index.js';

const words = [
  'Ban Chấp hành',
  'Tỉnh hội',
  'cán bộ',
  'hội viên',
  '*nông dân*',
  '<đảng viên>',
  'A & B',
  '# C',
];
const text = fc
  .array(fc.constantFrom(...words), { minLength: 1, maxLength: 4 })
  .map((w) => w.join(' '));
const iso = fc
  .record({
    y: fc.integer({ min: 2000, max: 2040 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const rule: fc.Arbitrary<DateRule> = fc.oneof(
  iso.map((date) => ({ kind: 'by' as const, date })),
  iso.map((date) => ({ kind: 'held' as const, date })),
  iso.map((d) => ({ kind: 'within' as const, month: d.slice(0, 7) })),
  fc.integer({ min: 2000, max: 2040 }).map((y) => ({ kind: 'within' as const, year: String(y) })),
  fc
    .tuple(iso, iso)
    .map((pair) => [...pair].sort())
    .map(([from, to]) => ({ kind: 'span' as const, from: from as string, to: to as string })),
);

interface Case {
  readonly plan: Plan;
  readonly options: { readonly rules: LayoutRuleSetName; readonly lang: 'vi' | 'en' };
}

const plan: fc.Arbitrary<Case> = fc
  .record({
    tiers: fc.array(fc.record({ level: fc.constantFrom(...TIER_LEVELS), name: text }), {
      minLength: 1,
      maxLength: 4,
    }),
    sessions: fc.array(
      fc.record({
        tier: fc.nat(3),
        audience: text,
        method: fc.constantFrom('online', 'in-person', 'broadcast', 'self-study' as const),
        halfDays: fc.integer({ min: 1, max: 6 }),
        discussion: fc.option(fc.constant({ halfDays: 1 }), { nil: undefined }),
        deadline: rule,
        host: fc.option(text, { nil: undefined }),
      }),
      { minLength: 1, maxLength: 6 },
    ),
    materials: fc.array(text, { maxLength: 4 }),
    recipients: fc.array(
      fc.record({
        name: text,
        purpose: fc.constantFrom('report', 'implement', 'direct', 'inform' as const),
      }),
      { maxLength: 4 },
    ),
    signer: text,
    rules: fc.constantFrom('party-2018', 'party-2026', 'state-2020', 'mass-organisation' as const),
    lang: fc.constantFrom('vi', 'en' as const),
  })
  .map((g) => {
    const tiers = g.tiers.map((t, i) => ({ id: `t${i}`, level: t.level, name: t.name }));
    const sessions = g.sessions.map((s, i) => ({
      id: `s${i}`,
      tier: `t${s.tier % tiers.length}`,
      audiences: [`a${i}`],
      method: s.method,
      duration: { halfDays: s.halfDays },
      ...(s.discussion ? { discussion: s.discussion } : {}),
      deadline: s.deadline,
      ...(s.host === undefined ? {} : { host: s.host }),
    }));
    const p: Plan = {
      ...clonePlan(plan985KhHndt),
      tiers,
      audiences: g.sessions.map((s, i) => ({ id: `a${i}`, name: `${s.audience} ${i}` })),
      sessions,
      materials: g.materials.map((title, i) => ({
        id: `m${i}`,
        kind: 'other',
        title: `${title} ${i}`,
      })),
      deliverables: [],
      recipients: g.recipients.map((r, i) => ({ name: `${r.name} ${i}`, purpose: r.purpose })),
      signature: { mode: 'on-behalf', authority: 'Ban Thường vụ', title: 'Bí thư', name: g.signer },
    };
    return { plan: p, options: { rules: g.rules, lang: g.lang } };
  });

const unhtml = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
const unmd = (md: string) => md.replace(/\\(.)/g, '$1').replace(/&amp;/g, '&');

describe('every fact of any plan appears in every output', () => {
  it('sessions, audiences, materials, recipients and signer', () => {
    fc.assert(
      fc.property(plan, ({ plan: p, options }) => {
        const facts = [
          ...p.sessions.map((s) => formatSessionTime(s, { lang: options.lang })),
          ...p.audiences.map((a) => a.name),
          ...p.materials.map((m) => m.title),
          ...p.tiers.map((t) => t.name),
          ...p.recipients.map(
            (r) => `${r.name} (${RECIPIENT_PURPOSE_LABELS[r.purpose ?? 'inform'][options.lang]})`,
          ),
          ...p.sessions.flatMap((s) => (s.host === undefined ? [] : [s.host])),
          p.signature?.name ?? '',
        ];
        const txt = renderText(p, options);
        const html = unhtml(renderHtml(p, options));
        const md = unmd(renderMarkdown(p, options));
        for (const fact of facts) {
          expect(txt).toContain(fact);
          expect(html).toContain(fact);
          expect(md).toContain(fact);
        }
        expect(renderText(p, options)).toBe(txt);
        expect(JSON.parse(JSON.stringify(layoutPlan(p, options)))).toEqual(layoutPlan(p, options));
      }),
      { numRuns: 40 },
    );
  });
});
