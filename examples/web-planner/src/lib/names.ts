import {
  DELIVERABLE_KIND_LABELS,
  ISSUE_CODES,
  type Issue,
  type IssueCode,
  type IssueParams,
  METHOD_LABELS,
  messagesEn,
  messagesVi,
  type Plan,
  TIER_LEVEL_LABELS,
  type TierLevel,
} from '@rollout/core';
import type { Path } from './edit.js';

export type Lang = 'vi' | 'en';

/** Names of the things of a plan, made once per plan (ids never reach people). */
export interface Names {
  /** A session's or deliverable's name: its title, else what and where. */
  activity(id: string): string;
  /** The short name messages put in quotes after their own word (*Hội nghị "Cấp tỉnh"*). */
  short(id: string): string;
  /** A tier's name. */
  tier(id: string): string;
  /** An audience's name. */
  audience(id: string): string;
  /** A material's title. */
  material(id: string): string;
  /** A resolution's number and symbol. */
  resolution(id: string): string;
  /** A unit's name (from the unit tree, when one is loaded). */
  unit(id: string): string;
}

const cap = (s: string): string => (s ? `${s[0]!.toUpperCase()}${s.slice(1)}` : s);

/** Makes the namer of a plan (and of its unit tree). */
export function namesOf(
  plan: Plan,
  lang: Lang,
  units?: ReadonlyMap<string, { readonly name: string }>,
): Names {
  const tiers = new Map(plan.tiers.map((t) => [t.id, t]));
  const tierName = (id: string | undefined): string =>
    id === undefined ? '' : (tiers.get(id)?.name ?? id);
  const perTier = new Map<string, number>();
  for (const s of plan.sessions) perTier.set(s.tier, (perTier.get(s.tier) ?? 0) + 1);
  const seen = new Map<string, number>();
  const activities = new Map<string, string>();
  const shorts = new Map<string, string>();
  for (const s of plan.sessions) {
    const nth = (seen.get(s.tier) ?? 0) + 1;
    seen.set(s.tier, nth);
    const tier = tierName(s.tier);
    const method = METHOD_LABELS[s.method][lang];
    const base =
      lang === 'vi'
        ? `Hội nghị ${tier ? `${tier} ` : ''}(${method})`
        : `${cap(tier)} session (${method})`;
    const untitled = (perTier.get(s.tier) ?? 0) > 1 ? `${base} ${nth}` : base;
    activities.set(s.id, s.title ?? untitled);
    const n = (perTier.get(s.tier) ?? 0) > 1 ? ` ${nth}` : '';
    shorts.set(s.id, s.title ?? `${tier || s.tier}${n}`);
  }
  for (const d of plan.deliverables) {
    const kind = DELIVERABLE_KIND_LABELS[d.kind][lang];
    const where = d.tier
      ? ` — ${tierName(d.tier)}`
      : d.session
        ? ` — ${activities.get(d.session) ?? d.session}`
        : '';
    activities.set(d.id, d.title ?? `${cap(kind)}${where}`);
  }
  const by = <T extends { id: string }>(list: readonly T[], name: (x: T) => string) => {
    const map = new Map(list.map((x) => [x.id, name(x)]));
    return (id: string) => map.get(id) ?? id;
  };
  return {
    activity: (id) => activities.get(id) ?? id,
    short: (id) => shorts.get(id) ?? activities.get(id) ?? id,
    tier: tierName,
    audience: by(plan.audiences, (a) => a.name),
    material: by(plan.materials, (m) => m.title),
    resolution: by(plan.resolutions, (r) => r.reference),
    unit: (id) => units?.get(id)?.name ?? tiers.get(id)?.name ?? id,
  };
}

/** The words for the fields of the model, for "where" lines and labels. */
const FIELD_WORDS: Record<string, { vi: string; en: string }> = {
  header: { vi: 'Phần đầu văn bản', en: 'Header' },
  issuer: { vi: 'Cơ quan ban hành', en: 'Issuer' },
  name: { vi: 'Tên', en: 'Name' },
  parent: { vi: 'Cơ quan cấp trên', en: 'Parent body' },
  reference: { vi: 'Số, ký hiệu', en: 'Number and symbol' },
  place: { vi: 'Địa danh', en: 'Place' },
  date: { vi: 'Ngày', en: 'Date' },
  title: { vi: 'Tiêu đề', en: 'Title' },
  motto: { vi: 'Quốc hiệu / tiêu đề Đảng', en: 'Motto' },
  resolutions: { vi: 'Nghị quyết', en: 'Resolutions' },
  issuedOn: { vi: 'Ngày ban hành', en: 'Issued on' },
  tiers: { vi: 'Cấp', en: 'Tiers' },
  level: { vi: 'Cấp chuẩn', en: 'Level' },
  audiences: { vi: 'Thành phần', en: 'Audiences' },
  materials: { vi: 'Tài liệu', en: 'Materials' },
  sessions: { vi: 'Hội nghị', en: 'Sessions' },
  deadline: { vi: 'Thời hạn', en: 'Deadline' },
  duration: { vi: 'Thời lượng', en: 'Duration' },
  discussion: { vi: 'Thời gian thảo luận', en: 'Discussion' },
  method: { vi: 'Phương thức', en: 'Method' },
  bridgePoints: { vi: 'Điểm cầu', en: 'Bridge points' },
  exemption: { vi: 'Miễn tổ chức', en: 'Exemption' },
  host: { vi: 'Chủ trì', en: 'Host' },
  time: { vi: 'Giờ', en: 'Time' },
  location: { vi: 'Địa điểm', en: 'Place' },
  deliverables: { vi: 'Sản phẩm, việc tiếp theo', en: 'Follow-ups' },
  due: { vi: 'Thời hạn', en: 'Due' },
  recipients: { vi: 'Nơi nhận', en: 'Recipients' },
  signature: { vi: 'Chữ ký', en: 'Signature' },
  purpose: { vi: 'Mục đích gửi', en: 'Purpose' },
  tier: { vi: 'Cấp', en: 'Tier' },
};

/** The kind of thing each top-level list holds, by path head. */
const LIST_OWNER: Record<string, keyof Names | 'recipient' | 'item'> = {
  sessions: 'activity',
  deliverables: 'activity',
  tiers: 'tier',
  audiences: 'audience',
  materials: 'material',
  resolutions: 'resolution',
  recipients: 'recipient',
};

/** Where an issue is, in words: *Hội nghị cấp huyện › Thời hạn*. */
export function whereOf(plan: Plan, names: Names, path: Path, lang: Lang): string {
  const parts: string[] = [];
  const [head, index, ...rest] = path;
  if (head === undefined) return lang === 'vi' ? 'Toàn bộ kế hoạch' : 'The whole plan';
  const word = (k: string | number) =>
    typeof k === 'number' ? `${k + 1}` : (FIELD_WORDS[k]?.[lang] ?? k);
  const owner = typeof head === 'string' ? LIST_OWNER[head] : undefined;
  if (owner && typeof index === 'number') {
    const list = (plan as unknown as Record<string, { id?: string; name?: string }[]>)[
      head as string
    ];
    const item = list?.[index];
    if (owner === 'recipient') parts.push(item?.name ?? `${word(head)} ${index + 1}`);
    else if (owner === 'item') parts.push(`${word(head)} ${index + 1}`);
    else parts.push(item?.id ? names[owner](item.id) : `${word(head)} ${index + 1}`);
    for (const k of rest) if (typeof k === 'string') parts.push(word(k));
  } else {
    parts.push(word(head));
    if (index !== undefined && typeof index === 'string') parts.push(word(index));
    for (const k of rest) if (typeof k === 'string') parts.push(word(k));
  }
  return parts.join(' › ');
}

const ISO_IN_TEXT = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

/** Keys of issue params that hold an activity id, and which namer reads them. */
const PARAM_NAMERS: Record<string, keyof Names> = {
  session: 'short',
  parent: 'short',
  activity: 'activity',
  deliverable: 'activity',
  target: 'short',
  exemption: 'short',
  tier: 'tier',
  previous: 'tier',
  unit: 'unit',
  resolution: 'resolution',
};

/**
 * An issue's message in plain words: the core's own message template fed
 * with names instead of ids, dd/mm/yyyy instead of ISO dates and the tier
 * levels in words. Codes the core does not know (JSON reading, import) keep
 * their message, with dates rewritten.
 */
export function issueText(
  issue: Issue<string>,
  plan: Plan | null,
  names: Names | null,
  lang: Lang,
): string {
  const known = Object.hasOwn(ISSUE_CODES, issue.code);
  if (!known || !plan || !names) return issue.message[lang].replace(ISO_IN_TEXT, '$3/$2/$1');
  const params: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(issue.params as IssueParams)) {
    let value: unknown = v;
    if (typeof v === 'string') {
      const namer = PARAM_NAMERS[k];
      if (namer) value = names[namer](v);
      if ((k === 'level' || k === 'parentLevel' || k === 'previousLevel') && v in TIER_LEVEL_LABELS)
        value = TIER_LEVEL_LABELS[v as TierLevel][lang];
    }
    params[k] = value;
  }
  // The params keep their keys (names put in place of ids): the message of the code reads them.
  const make = (lang === 'vi' ? messagesVi : messagesEn)[issue.code as IssueCode] as (
    p: Record<string, unknown>,
  ) => string;
  return make(params).replace(ISO_IN_TEXT, '$3/$2/$1');
}

/** Sorts issues by severity (errors first), keeping the engine's order within a severity. */
export function sortIssues<I extends Issue<string>>(issues: readonly I[]): I[] {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return issues
    .map((issue, i) => ({ issue, i }))
    .sort((a, b) => rank[a.issue.severity] - rank[b.issue.severity] || a.i - b.i)
    .map((x) => x.issue);
}
