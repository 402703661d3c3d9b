import type { DateRule, Issue, Plan } from '@rollout/core';

/** Folds text for comparison: NFC-insensitive, diacritic-insensitive, spacing and end punctuation ignored. */
export function norm(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[“”"]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s+([,;.:])/g, '$1')
    .replace(/[\s.;,:]+$/, '')
    .trim();
}

function rule(r: DateRule | undefined): string {
  if (!r) return 'none';
  switch (r.kind) {
    case 'by':
    case 'held':
      return `${r.kind}:${r.date}`;
    case 'span':
      return `span:${r.from}..${r.to}`;
    case 'after':
      return `after:${'ref' in r ? r.ref : r.anchor}+${r.days}${r.calendar}`;
    default:
      return `within:${'month' in r ? r.month : 'quarter' in r ? r.quarter : r.year}`;
  }
}

/** The kinds of fact a measurement counts. */
export type FactKind =
  | 'header'
  | 'resolution'
  | 'tier'
  | 'audience'
  | 'duration'
  | 'deadline'
  | 'material'
  | 'deliverable'
  | 'recipient'
  | 'signature';

/** One fact: a kind and a key=value string. */
export interface Fact {
  readonly kind: FactKind;
  readonly fact: string;
}

const PLACEHOLDER = '(chưa rõ)';

/**
 * The facts of a plan, as comparable strings. Placeholders (values the importer
 * flagged with `import/missing-field`) are not facts.
 */
export function factsOf(plan: Plan, issues: readonly Issue<string>[] = [], planIndex = 0): Fact[] {
  const missing = new Set(
    issues
      .filter((i) => i.code === 'import/missing-field' && i.path[1] === planIndex)
      .map((i) => i.path.slice(2).join('/')),
  );
  const out: Fact[] = [];
  const add = (kind: FactKind, fact: string) => out.push({ kind, fact });
  const h = plan.header;
  if (h.issuer.name !== PLACEHOLDER) add('header', `issuer=${norm(h.issuer.name)}`);
  if (h.issuer.parent) add('header', `parent=${norm(h.issuer.parent)}`);
  add('header', `kind=${h.issuer.kind}`);
  if (h.motto) add('header', `motto=${h.motto}`);
  if (h.reference !== PLACEHOLDER) add('header', `reference=${h.reference}`);
  if (h.place !== PLACEHOLDER) add('header', `place=${norm(h.place)}`);
  if (h.date) add('header', `date=${h.date}`);
  if (h.title !== PLACEHOLDER) add('header', `title=${norm(h.title)}`);
  for (const r of plan.resolutions) {
    add('resolution', `reference=${r.reference}`);
    if (r.issuedOn !== '0000-01-01') add('resolution', `${r.reference}.issuedOn=${r.issuedOn}`);
    if (r.issuer !== PLACEHOLDER) add('resolution', `${r.reference}.issuer=${norm(r.issuer)}`);
    if (r.term) add('resolution', `${r.reference}.term=${r.term}`);
    if (r.title) add('resolution', `${r.reference}.title=${norm(r.title)}`);
  }
  for (const t of plan.tiers) add('tier', `level=${t.level}`);
  const perTier = new Map<string, number>();
  plan.sessions.forEach((s, i) => {
    const level = plan.tiers.find((t) => t.id === s.tier)?.level ?? s.tier;
    const n = perTier.get(level) ?? 0;
    perTier.set(level, n + 1);
    const key = `${level}#${n}`;
    for (const a of s.audiences) {
      const aud = plan.audiences.find((x) => x.id === a);
      if (aud) add('audience', `${key}=${norm(aud.name)}`);
    }
    if (!missing.has(`sessions/${i}/duration`)) add('duration', `${key}=${s.duration.halfDays}`);
    if (s.discussion) add('duration', `${key}.discussion=${s.discussion.halfDays}`);
    if (!missing.has(`sessions/${i}/deadline`)) add('deadline', `${key}=${rule(s.deadline)}`);
  });
  for (const m of plan.materials) add('material', `${m.kind}=${norm(m.title)}`);
  for (const d of plan.deliverables) {
    add('deliverable', `kind=${d.kind}`);
    if (d.due) add('deliverable', `${d.kind}.due=${rule(d.due)}`);
    if (d.countsInEvaluation) add('deliverable', `${d.kind}.countsInEvaluation`);
    if (d.recurrence) add('deliverable', `${d.kind}.recurrence=${d.recurrence}`);
  }
  for (const r of plan.recipients) add('recipient', `${norm(r.name)}=${r.purpose ?? 'none'}`);
  if (plan.signature) {
    const s = plan.signature;
    add('signature', `mode=${s.mode}`);
    if (s.authority) add('signature', `authority=${norm(s.authority)}`);
    if (s.title !== PLACEHOLDER) add('signature', `title=${norm(s.title)}`);
    if (s.name) add('signature', `name=${norm(s.name)}`);
  }
  return out;
}

/** Precision and recall of actual facts against expected ones, overall and for some kinds. */
export function score(
  expected: readonly Fact[],
  actual: readonly Fact[],
  kinds?: readonly FactKind[],
) {
  const keep = (f: Fact) => !kinds || kinds.includes(f.kind);
  const exp = expected.filter(keep).map((f) => `${f.kind}:${f.fact}`);
  const act = actual.filter(keep).map((f) => `${f.kind}:${f.fact}`);
  const expSet = new Set(exp);
  const actSet = new Set(act);
  const hit = [...expSet].filter((f) => actSet.has(f));
  return {
    precision: actSet.size === 0 ? 0 : hit.length / actSet.size,
    recall: expSet.size === 0 ? 1 : hit.length / expSet.size,
    missed: [...expSet].filter((f) => !actSet.has(f)),
    extra: [...actSet].filter((f) => !expSet.has(f)),
  };
}

/** An expected fact whose value is text (compared folded). */
export const text = (kind: FactKind, key: string, value: string): Fact => ({
  kind,
  fact: `${key}=${norm(value)}`,
});

/** An expected fact whose value is compared exactly. */
export const exact = (kind: FactKind, key: string, value: string | number): Fact => ({
  kind,
  fact: `${key}=${value}`,
});

/** An expected recipient. */
export const recipient = (name: string, purpose: string): Fact => ({
  kind: 'recipient',
  fact: `${norm(name)}=${purpose}`,
});

/** An expected material. */
export const material = (kind: string, title: string): Fact => ({
  kind: 'material',
  fact: `${kind}=${norm(title)}`,
});
