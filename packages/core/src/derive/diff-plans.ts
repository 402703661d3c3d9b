import { daysBetween, type IsoDate } from '../calendar/iso-date.js';
import { formatDateRule } from '../format/date-rule.js';
import { formatDuration } from '../format/duration.js';
import {
  DELIVERABLE_KIND_LABELS,
  METHOD_LABELS,
  RECIPIENT_PURPOSE_LABELS,
  SIGNATURE_MODE_LABELS,
  TIER_LEVEL_LABELS,
} from '../format/labels.js';
import type { DateRule, Duration } from '../model/date-rule.js';
import type { Plan, ReadonlyPlan } from '../model/plan.js';
import type { Issue, LocalizedMessage } from '../validate/issue.js';
import { lastDays, nodeKey, pointer, readShape } from './shared.js';
import { cloneJson, foldText, jsonEqual } from './text.js';

/**
 * A JSON value, as plans and their parts are.
 *
 * @category Relations
 */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue };

/**
 * The part of a plan a change is in.
 *
 * @remarks `plan` = the plan's own id; `header` = number and symbol, date,
 * place, title, issuer; `text` = the opening, purposes, requirements, content,
 * method and action-plan notes (one item each); `implementation` = *Tổ chức
 * thực hiện*; the others are the plan's lists of the same names.
 * @category Relations
 */
export type PlanPart =
  | 'plan'
  | 'header'
  | 'resolution'
  | 'text'
  | 'tier'
  | 'audience'
  | 'material'
  | 'session'
  | 'deliverable'
  | 'implementation'
  | 'recipient'
  | 'signature';

/**
 * What every change of {@link diffPlans} has.
 *
 * @category Relations
 */
export interface PlanChangeBase {
  /** The part of the plan. */
  readonly part: PlanPart;
  /**
   * What changed within the part: the entity's id (sessions, tiers …), the
   * recipient's name, the text section (`purposes`), the header field.
   */
  readonly key: string;
  /** The changed thing as people name it (*Hội nghị Hội Nông dân các huyện, thị, thành phố*). */
  readonly label: LocalizedMessage;
  /** Where it is in the first plan, as a JSON pointer; `null` when added. */
  readonly a: string | null;
  /** Where it is in the second plan, as a JSON pointer; `null` when removed. */
  readonly b: string | null;
  /** The first plan's value as people read it; `null` when added. */
  readonly before: LocalizedMessage | null;
  /** The second plan's value as people read it; `null` when removed. */
  readonly after: LocalizedMessage | null;
  /** The change in one sentence. */
  readonly message: LocalizedMessage;
}

/**
 * Something the second plan has and the first has not.
 *
 * @category Relations
 */
export interface PlanAddition extends PlanChangeBase {
  /** Always `added`. */
  readonly kind: 'added';
  /** The added value. */
  readonly value: JsonValue;
}

/**
 * Something the first plan has and the second has not.
 *
 * @category Relations
 */
export interface PlanRemoval extends PlanChangeBase {
  /** Always `removed`. */
  readonly kind: 'removed';
  /** The removed value. */
  readonly value: JsonValue;
}

/**
 * A field that differs between the two plans.
 *
 * @category Relations
 */
export interface PlanFieldChange extends PlanChangeBase {
  /** Always `changed`. */
  readonly kind: 'changed';
  /** The field (`method`, `purpose`, `name`, `audiences` …). */
  readonly field: string;
  /** The field as people name it (*phương thức*). */
  readonly fieldLabel: LocalizedMessage;
  /** Its value in the first plan (`null` when absent). */
  readonly from: JsonValue;
  /** Its value in the second plan (`null` when absent). */
  readonly to: JsonValue;
}

/**
 * A deadline (a session's `deadline`, a follow-up's `due`) that moved.
 *
 * @remarks `fromDate` and `toDate` are the last days each rule allows as the
 * cascade computes them ({@link schedule}), `days` the move in days
 * (positive: later).
 * @category Relations
 */
export interface PlanDeadlineMove extends PlanChangeBase {
  /** Always `deadline-moved`. */
  readonly kind: 'deadline-moved';
  /** `deadline` of a session or `due` of a follow-up. */
  readonly field: 'deadline' | 'due';
  /** The field as people name it (*thời hạn*). */
  readonly fieldLabel: LocalizedMessage;
  /** The first plan's rule (`null`: none). */
  readonly from: DateRule | null;
  /** The second plan's rule (`null`: none). */
  readonly to: DateRule | null;
  /** The last day the first rule allows, or `null`. */
  readonly fromDate: IsoDate | null;
  /** The last day the second rule allows, or `null`. */
  readonly toDate: IsoDate | null;
  /** How many days later (negative: earlier), or `null` when either day is unknown. */
  readonly days: number | null;
}

/**
 * One change between two versions of a plan: added, removed, a field changed
 * or a deadline moved. A union discriminated on `kind`.
 *
 * @category Relations
 */
export type PlanChange = PlanAddition | PlanRemoval | PlanFieldChange | PlanDeadlineMove;

/**
 * A plan as the comparison names it: its number, date, issuer and title.
 *
 * @category Relations
 */
export interface PlanSummary {
  /** The number and symbol. */
  readonly reference: string;
  /** The date of issue, or `null` in a draft. */
  readonly date: IsoDate | null;
  /** The issuing body. */
  readonly issuer: string;
  /** The title. */
  readonly title: string;
}

/**
 * The result of {@link diffPlans}.
 *
 * @category Relations
 */
export interface PlanDiff {
  /** The first plan (the original), or `null` when it is not a plan. */
  readonly a: PlanSummary | null;
  /** The second plan (the amended one), or `null` when it is not a plan. */
  readonly b: PlanSummary | null;
  /** The changes, part by part in the plan's order (empty when the plans are alike). */
  readonly changes: PlanChange[];
  /** Shape problems of either input, with paths under `a` or `b`; then `changes` is empty. */
  readonly issues: Issue[];
}

const loc = (vi: string, en: string): LocalizedMessage => ({ vi, en });

const PART: Record<PlanPart, LocalizedMessage> = {
  plan: { vi: 'mã kế hoạch', en: 'plan id' },
  header: { vi: 'phần đầu văn bản', en: 'header' },
  resolution: { vi: 'văn bản triển khai', en: 'resolution' },
  text: { vi: 'đoạn văn', en: 'text' },
  tier: { vi: 'cấp', en: 'tier' },
  audience: { vi: 'thành phần', en: 'audience' },
  material: { vi: 'tài liệu học tập', en: 'study material' },
  session: { vi: 'hội nghị', en: 'session' },
  deliverable: { vi: 'yêu cầu sau học tập', en: 'follow-up' },
  implementation: { vi: 'nhiệm vụ tổ chức thực hiện', en: 'implementation task' },
  recipient: { vi: 'nơi nhận', en: 'recipient' },
  signature: { vi: 'chữ ký', en: 'signature' },
};

const SECTIONS = {
  intro: { vi: 'Phần mở đầu', en: 'Opening' },
  purposes: { vi: 'Mục đích', en: 'Purposes' },
  requirements: { vi: 'Yêu cầu', en: 'Requirements' },
  content: { vi: 'Nội dung học tập', en: 'Content' },
  methodNotes: { vi: 'Phương thức học tập', en: 'Methods' },
  actionPlanNotes: { vi: 'Xây dựng kế hoạch hành động', en: 'Action plans' },
} as const;

const FIELDS: Record<string, LocalizedMessage> = {
  id: { vi: 'mã', en: 'id' },
  reference: { vi: 'số, ký hiệu', en: 'number and symbol' },
  date: { vi: 'ngày', en: 'date' },
  place: { vi: 'địa danh', en: 'place' },
  title: { vi: 'tiêu đề', en: 'title' },
  'issuer.name': { vi: 'cơ quan ban hành', en: 'issuer' },
  'issuer.parent': { vi: 'cơ quan cấp trên', en: 'body above' },
  'issuer.kind': { vi: 'loại cơ quan', en: 'kind of issuer' },
  motto: { vi: 'quốc hiệu, tiêu ngữ', en: 'motto' },
  name: { vi: 'tên', en: 'name' },
  level: { vi: 'cấp độ', en: 'level' },
  tier: { vi: 'cấp', en: 'tier' },
  audiences: { vi: 'thành phần', en: 'audience' },
  method: { vi: 'phương thức', en: 'method' },
  alternativeMethods: { vi: 'phương thức khác', en: 'other methods' },
  duration: { vi: 'thời lượng', en: 'duration' },
  discussion: { vi: 'thời gian thảo luận', en: 'discussion' },
  deadline: { vi: 'thời hạn', en: 'deadline' },
  due: { vi: 'thời hạn', en: 'due date' },
  host: { vi: 'chủ trì', en: 'host' },
  coHosts: { vi: 'phối hợp', en: 'co-hosts' },
  purpose: { vi: 'mục đích gửi', en: 'purpose' },
  kind: { vi: 'loại', en: 'kind' },
  issuer: { vi: 'cơ quan ban hành', en: 'issuer' },
  members: { vi: 'thành phần cụ thể', en: 'members' },
  mode: { vi: 'hình thức ký', en: 'form of signature' },
  authority: { vi: 'thay mặt', en: 'on behalf of' },
  text: { vi: 'nội dung', en: 'text' },
  actor: { vi: 'đơn vị thực hiện', en: 'actor' },
  submitTo: { vi: 'gửi về', en: 'addressee' },
  recurrence: { vi: 'định kỳ', en: 'recurrence' },
  exemption: { vi: 'miễn tổ chức', en: 'exemption' },
  note: { vi: 'ghi chú', en: 'note' },
};

const sameText = (x: string): LocalizedMessage => ({ vi: x, en: x });

/** Compares two versions; a class only to share the two plans and their last days. */
class Differ {
  private readonly out: PlanChange[] = [];
  private readonly daysA: Map<string, IsoDate | null>;
  private readonly daysB: Map<string, IsoDate | null>;

  constructor(
    private readonly pa: Plan,
    private readonly pb: Plan,
  ) {
    this.daysA = lastDays(pa);
    this.daysB = lastDays(pb);
  }

  /** A value as people read it, in the plan it comes from. */
  private show(field: string, value: unknown, plan: Plan): LocalizedMessage {
    if (value === undefined || value === null) return loc('(không có)', '(none)');
    if (field === 'deadline' || field === 'due') return this.rule(value as DateRule, plan);
    if (field === 'duration' || field === 'discussion')
      return loc(formatDuration(value as Duration), formatDuration(value as Duration, 'en'));
    if (field === 'method' && typeof value === 'string' && value in METHOD_LABELS)
      return METHOD_LABELS[value as keyof typeof METHOD_LABELS];
    if (field === 'purpose' && typeof value === 'string' && value in RECIPIENT_PURPOSE_LABELS)
      return RECIPIENT_PURPOSE_LABELS[value as keyof typeof RECIPIENT_PURPOSE_LABELS];
    if (field === 'mode' && typeof value === 'string' && value in SIGNATURE_MODE_LABELS)
      return SIGNATURE_MODE_LABELS[value as keyof typeof SIGNATURE_MODE_LABELS];
    if (field === 'level' && typeof value === 'string' && value in TIER_LEVEL_LABELS)
      return TIER_LEVEL_LABELS[value as keyof typeof TIER_LEVEL_LABELS];
    if (field === 'audiences' && Array.isArray(value))
      return sameText(
        value.map((id) => plan.audiences.find((x) => x.id === id)?.name ?? String(id)).join('; '),
      );
    if (field === 'tier' && typeof value === 'string')
      return sameText(plan.tiers.find((t) => t.id === value)?.name ?? value);
    if (typeof value === 'string') return sameText(value);
    if (typeof value === 'number' || typeof value === 'boolean') return sameText(String(value));
    if (Array.isArray(value) && value.every((x) => typeof x === 'string'))
      return sameText(value.join('; '));
    return sameText(JSON.stringify(value));
  }

  private rule(rule: DateRule | null, plan: Plan): LocalizedMessage {
    if (rule === null) return loc('(không có)', '(none)');
    const name = (lang: 'vi' | 'en') => (id: string) => {
      const s = plan.sessions.find((x) => x.id === id);
      if (s) {
        const tier = plan.tiers.find((t) => t.id === s.tier)?.name ?? s.tier;
        return lang === 'vi' ? `hội nghị ${tier}` : `the session of ${tier}`;
      }
      const d = plan.deliverables.find((x) => x.id === id);
      return d ? DELIVERABLE_KIND_LABELS[d.kind][lang].toLowerCase() : undefined;
    };
    return loc(
      formatDateRule(rule, { resolveRef: name('vi') }),
      formatDateRule(rule, { lang: 'en', resolveRef: name('en') }),
    );
  }

  private push(change: PlanChange): void {
    this.out.push(change);
  }

  private added(
    part: PlanPart,
    key: string,
    label: LocalizedMessage,
    b: string,
    value: unknown,
    after: LocalizedMessage,
  ) {
    this.push({
      kind: 'added',
      part,
      key,
      label,
      a: null,
      b,
      before: null,
      after,
      value: cloneJson(value) as JsonValue,
      message: loc(`Thêm ${PART[part].vi}: ${label.vi}.`, `Added ${PART[part].en}: ${label.en}.`),
    });
  }

  private removed(
    part: PlanPart,
    key: string,
    label: LocalizedMessage,
    a: string,
    value: unknown,
    before: LocalizedMessage,
  ) {
    this.push({
      kind: 'removed',
      part,
      key,
      label,
      a,
      b: null,
      before,
      after: null,
      value: cloneJson(value) as JsonValue,
      message: loc(`Bỏ ${PART[part].vi}: ${label.vi}.`, `Removed ${PART[part].en}: ${label.en}.`),
    });
  }

  private changed(
    part: PlanPart,
    key: string,
    label: LocalizedMessage,
    field: string,
    a: string,
    b: string,
    from: unknown,
    to: unknown,
  ) {
    const before = this.show(field, from, this.pa);
    const after = this.show(field, to, this.pb);
    const f = FIELDS[field] ?? sameText(field);
    this.push({
      kind: 'changed',
      part,
      key,
      label,
      field,
      fieldLabel: f,
      a,
      b,
      before,
      after,
      from: (from === undefined ? null : cloneJson(from)) as JsonValue,
      to: (to === undefined ? null : cloneJson(to)) as JsonValue,
      message: loc(
        `${label.vi}: ${f.vi} đổi từ “${before.vi}” thành “${after.vi}”.`,
        `${label.en}: ${f.en} changed from “${before.en}” to “${after.en}”.`,
      ),
    });
  }

  /** The last day an activity may happen (the latest of its tiers), by the cascade. */
  private lastDay(days: Map<string, IsoDate | null>, plan: Plan, id: string): IsoDate | null {
    let best: IsoDate | null = null;
    for (const t of plan.tiers) {
      const d = days.get(nodeKey(id, t.id));
      if (d != null && (best === null || d > best)) best = d;
    }
    return best;
  }

  private moved(
    label: LocalizedMessage,
    key: string,
    field: 'deadline' | 'due',
    a: string,
    b: string,
    from: DateRule | undefined,
    to: DateRule | undefined,
    part: 'session' | 'deliverable',
  ) {
    const fromDate = from === undefined ? null : this.lastDay(this.daysA, this.pa, key);
    const toDate = to === undefined ? null : this.lastDay(this.daysB, this.pb, key);
    const days = fromDate !== null && toDate !== null ? daysBetween(fromDate, toDate) : null;
    const before = this.rule(from ?? null, this.pa);
    const after = this.rule(to ?? null, this.pb);
    const by =
      days === null || days === 0
        ? loc('', '')
        : loc(
            ` (${days > 0 ? 'muộn' : 'sớm'} hơn ${Math.abs(days)} ngày)`,
            ` (${Math.abs(days)} day${Math.abs(days) === 1 ? '' : 's'} ${days > 0 ? 'later' : 'earlier'})`,
          );
    this.push({
      kind: 'deadline-moved',
      part,
      key,
      label,
      field,
      fieldLabel: FIELDS[field]!,
      a,
      b,
      before,
      after,
      from: from === undefined ? null : cloneJson(from),
      to: to === undefined ? null : cloneJson(to),
      fromDate,
      toDate,
      days,
      message: loc(
        `${label.vi}: thời hạn dời từ “${before.vi}” sang “${after.vi}”${by.vi}.`,
        `${label.en}: deadline moved from “${before.en}” to “${after.en}”${by.en}.`,
      ),
    });
  }

  /** The fields of two matched objects that differ, each as a change. */
  private fields(
    part: PlanPart,
    key: string,
    label: LocalizedMessage,
    a: string,
    b: string,
    x: Record<string, unknown>,
    y: Record<string, unknown>,
  ): void {
    const keys = [...new Set([...Object.keys(x), ...Object.keys(y)])];
    for (const f of keys) {
      if (jsonEqual(x[f], y[f])) continue;
      if ((part === 'session' && f === 'deadline') || (part === 'deliverable' && f === 'due')) {
        this.moved(
          label,
          key,
          f,
          `${a}/${f}`,
          `${b}/${f}`,
          x[f] as DateRule | undefined,
          y[f] as DateRule | undefined,
          part,
        );
      } else this.changed(part, key, label, f, `${a}/${f}`, `${b}/${f}`, x[f], y[f]);
    }
  }

  run(): PlanChange[] {
    const { pa, pb } = this;
    if (pa.id !== pb.id)
      this.changed('plan', 'id', loc('Mã kế hoạch', 'Plan id'), 'id', '/id', '/id', pa.id, pb.id);
    this.header();
    this.entities(
      'resolution',
      'resolutions',
      (r) => r.reference,
      (r) => sameText(r.reference),
    );
    this.texts();
    this.entities(
      'tier',
      'tiers',
      (t) => t.level,
      (t) => sameText(t.name),
    );
    this.entities(
      'audience',
      'audiences',
      (x) => x.tier ?? '',
      (x) => sameText(x.name),
    );
    this.entities(
      'material',
      'materials',
      (x) => foldText(x.title),
      (x) => sameText(x.title),
    );
    this.entities(
      'session',
      'sessions',
      (s) => s.tier,
      (s, plan) => {
        const tier = plan.tiers.find((t) => t.id === s.tier)?.name ?? s.tier;
        const title = s.title === undefined ? '' : ` (${s.title})`;
        return loc(`Hội nghị ${tier}${title}`, `Session of ${tier}${title}`);
      },
    );
    this.entities(
      'deliverable',
      'deliverables',
      (d) => `${d.kind}\u0000${d.tier ?? ''}`,
      (d, plan) => {
        const tier =
          d.tier === undefined
            ? undefined
            : (plan.tiers.find((t) => t.id === d.tier)?.name ?? d.tier);
        const label = d.title ?? DELIVERABLE_KIND_LABELS[d.kind].vi;
        const labelEn = d.title ?? DELIVERABLE_KIND_LABELS[d.kind].en;
        return loc(tier ? `${label} (${tier})` : label, tier ? `${labelEn} (${tier})` : labelEn);
      },
    );
    this.lists(
      'implementation',
      'implementation',
      pa.implementation ?? [],
      pb.implementation ?? [],
      (t) => (t.actor === undefined ? t.text : `${t.actor}: ${t.text}`),
    );
    this.recipients();
    this.signature();
    return this.out;
  }

  private header(): void {
    const { pa, pb } = this;
    const flat = (p: Plan): Record<string, unknown> => ({
      reference: p.header.reference,
      date: p.header.date,
      place: p.header.place,
      title: p.header.title,
      'issuer.name': p.header.issuer.name,
      'issuer.parent': p.header.issuer.parent,
      'issuer.kind': p.header.issuer.kind,
      motto: p.header.motto,
    });
    const x = flat(pa);
    const y = flat(pb);
    for (const f of Object.keys(x)) {
      if (jsonEqual(x[f], y[f])) continue;
      const where = `/header/${f.replace('.', '/')}`;
      const label = FIELDS[f] ?? sameText(f);
      const cap = loc(
        label.vi.charAt(0).toUpperCase() + label.vi.slice(1),
        label.en.charAt(0).toUpperCase() + label.en.slice(1),
      );
      this.changed('header', f, cap, f, where, where, x[f], y[f]);
    }
  }

  /**
   * The entities of one list, matched by id, then the rest by a natural key
   * (a session's tier, a material's title …) in order.
   */
  private entities<
    K extends 'resolutions' | 'tiers' | 'audiences' | 'materials' | 'sessions' | 'deliverables',
  >(
    part: PlanPart,
    list: K,
    natural: (x: Plan[K][number], plan: Plan) => string,
    label: (x: Plan[K][number], plan: Plan) => LocalizedMessage,
  ): void {
    const xs = this.pa[list] as Plan[K][number][];
    const ys = this.pb[list] as Plan[K][number][];
    const pairOf = new Map<number, number>();
    const taken = new Set<number>();
    xs.forEach((x, i) => {
      const j = ys.findIndex((y, k) => !taken.has(k) && y.id === x.id);
      if (j >= 0) {
        pairOf.set(i, j);
        taken.add(j);
      }
    });
    xs.forEach((x, i) => {
      if (pairOf.has(i)) return;
      const key = natural(x, this.pa);
      const j = ys.findIndex(
        (y, k) => !taken.has(k) && !xs.some((z) => z.id === y.id) && natural(y, this.pb) === key,
      );
      if (j >= 0) {
        pairOf.set(i, j);
        taken.add(j);
      }
    });
    xs.forEach((x, i) => {
      const j = pairOf.get(i);
      const a = pointer(list, i);
      if (j === undefined) {
        const l = label(x, this.pa);
        this.removed(part, x.id, l, a, x, l);
        return;
      }
      const y = ys[j]!;
      this.fields(
        part,
        y.id === x.id ? x.id : `${x.id}→${y.id}`,
        label(x, this.pa),
        a,
        pointer(list, j),
        x,
        y,
      );
    });
    ys.forEach((y, j) => {
      if (taken.has(j)) return;
      const l = label(y, this.pb);
      this.added(part, y.id, l, pointer(list, j), y, l);
    });
  }

  private texts(): void {
    const { pa, pb } = this;
    if (pa.intro !== pb.intro) {
      const label = SECTIONS.intro;
      if (pa.intro === undefined)
        this.added('text', 'intro', label, '/intro', pb.intro, sameText(pb.intro!));
      else if (pb.intro === undefined)
        this.removed('text', 'intro', label, '/intro', pa.intro, sameText(pa.intro));
      else this.changed('text', 'intro', label, 'text', '/intro', '/intro', pa.intro, pb.intro);
    }
    for (const key of [
      'purposes',
      'requirements',
      'content',
      'methodNotes',
      'actionPlanNotes',
    ] as const) {
      this.lists('text', key, pa[key] ?? [], pb[key] ?? [], (s) => s);
    }
  }

  /** An ordered list of items compared by their longest common subsequence. */
  private lists<T>(
    part: PlanPart,
    key: string,
    xs: readonly T[],
    ys: readonly T[],
    text: (x: T) => string,
  ): void {
    const section =
      part === 'implementation'
        ? loc('Tổ chức thực hiện', 'Implementation')
        : SECTIONS[key as keyof typeof SECTIONS];
    const n = xs.length;
    const k = ys.length;
    const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(k + 1).fill(0));
    for (let i = n - 1; i >= 0; i--)
      for (let j = k - 1; j >= 0; j--)
        lcs[i]![j] = jsonEqual(xs[i], ys[j])
          ? lcs[i + 1]![j + 1]! + 1
          : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    let i = 0;
    let j = 0;
    const gone: number[] = [];
    const fresh: number[] = [];
    const flush = () => {
      // A removed item and an added one at the same place: one item rewritten.
      const pairs = Math.min(gone.length, fresh.length);
      for (let p = 0; p < pairs; p++) {
        const a = pointer(key, gone[p]!);
        const b = pointer(key, fresh[p]!);
        this.changed(
          part,
          key,
          loc(`${section.vi} (mục ${fresh[p]! + 1})`, `${section.en} (item ${fresh[p]! + 1})`),
          'text',
          a,
          b,
          text(xs[gone[p]!]!),
          text(ys[fresh[p]!]!),
        );
      }
      for (const g of gone.slice(pairs)) {
        const l = loc(`${section.vi} (mục ${g + 1})`, `${section.en} (item ${g + 1})`);
        this.removed(part, key, l, pointer(key, g), xs[g], sameText(text(xs[g]!)));
      }
      for (const f of fresh.slice(pairs)) {
        const l = loc(`${section.vi} (mục ${f + 1})`, `${section.en} (item ${f + 1})`);
        this.added(part, key, l, pointer(key, f), ys[f], sameText(text(ys[f]!)));
      }
      gone.length = 0;
      fresh.length = 0;
    };
    while (i < n || j < k) {
      if (i < n && j < k && jsonEqual(xs[i], ys[j])) {
        flush();
        i++;
        j++;
      } else if (j >= k || (i < n && lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) gone.push(i++);
      else fresh.push(j++);
    }
    flush();
  }

  private recipients(): void {
    const { pa, pb } = this;
    const taken = new Set<number>();
    const pairs: [number, number][] = [];
    const unmatched: number[] = [];
    pa.recipients.forEach((r, i) => {
      const j = pb.recipients.findIndex(
        (s, k) =>
          !taken.has(k) &&
          foldText(s.name).replace(/\s+/g, ' ') === foldText(r.name).replace(/\s+/g, ' '),
      );
      if (j >= 0) {
        taken.add(j);
        pairs.push([i, j]);
      } else unmatched.push(i);
    });
    const label = (name: string) => sameText(name);
    const show = (r: Plan['recipients'][number], lang: 'vi' | 'en') =>
      r.purpose === undefined ? r.name : `${r.name} (${RECIPIENT_PURPOSE_LABELS[r.purpose][lang]})`;
    for (const i of unmatched) {
      const r = pa.recipients[i]!;
      this.removed(
        'recipient',
        r.name,
        label(r.name),
        pointer('recipients', i),
        r,
        loc(show(r, 'vi'), show(r, 'en')),
      );
    }
    for (const [i, j] of pairs) {
      const x = pa.recipients[i]!;
      const y = pb.recipients[j]!;
      this.fields(
        'recipient',
        x.name,
        label(x.name),
        pointer('recipients', i),
        pointer('recipients', j),
        x,
        y,
      );
    }
    pb.recipients.forEach((r, j) => {
      if (taken.has(j)) return;
      this.added(
        'recipient',
        r.name,
        label(r.name),
        pointer('recipients', j),
        r,
        loc(show(r, 'vi'), show(r, 'en')),
      );
    });
  }

  private signature(): void {
    const { pa, pb } = this;
    const label = loc('Chữ ký', 'Signature');
    const show = (s: NonNullable<Plan['signature']>) =>
      sameText(
        [SIGNATURE_MODE_LABELS[s.mode].vi, s.authority, s.title, s.name].filter((x) => x).join(' '),
      );
    if (pa.signature && pb.signature)
      this.fields(
        'signature',
        'signature',
        label,
        '/signature',
        '/signature',
        pa.signature,
        pb.signature,
      );
    else if (pa.signature)
      this.removed('signature', 'signature', label, '/signature', pa.signature, show(pa.signature));
    else if (pb.signature)
      this.added('signature', 'signature', label, '/signature', pb.signature, show(pb.signature));
  }
}

const summaryOf = (p: Plan): PlanSummary => ({
  reference: p.header.reference,
  date: p.header.date ?? null,
  issuer: p.header.issuer.name,
  title: p.header.title,
});

/**
 * Lists the changes between two versions of a plan, fact by fact: an amended
 * plan (*kế hoạch sửa đổi, bổ sung*) against its original.
 *
 * @remarks Entities with ids (resolutions, tiers, audiences, materials,
 * sessions, deliverables) are matched by id, then the rest by a natural key
 * (a session's tier, a follow-up's kind and tier, a material's title, a
 * resolution's reference), so that two imports of the same plan compare well.
 * Each field that differs is a change; a moved deadline is a
 * `deadline-moved` change with the last days both rules allow (by the
 * cascade) and the move in days. Recipients are matched by name (case and
 * diacritics folded), so a reordered list is no change. Text items (purposes,
 * requirements …, implementation) are compared as ordered lists. The order
 * is the plan's: header, resolutions, texts, tiers, audiences, materials,
 * sessions, follow-ups, implementation, recipients, signature. `diffPlans(a, a)`
 * has no change. Never throws; inputs are not mutated; the result is plain JSON.
 * @param a - The first version (the original).
 * @param b - The second version (the amended plan).
 * @returns `{ a, b, changes, issues }`.
 * @example Two deadlines moved and a recipient removed
 * ```ts
 * const amended = clonePlan(plan985KhHndt);
 * amended.sessions[1]!.deadline = { kind: 'by', date: '2020-09-30' };
 * amended.sessions[2]!.deadline = { kind: 'by', date: '2020-10-31' };
 * amended.recipients.splice(2, 1);
 * const diff = diffPlans(plan985KhHndt, amended);
 * diff.changes.map((c) => c.kind); // => ['deadline-moved', 'deadline-moved', 'removed']
 * diff.changes[0]?.message.vi;
 * // => 'Hội nghị Hội Nông dân các huyện, thị, thành phố: thời hạn dời từ “hoàn thành trước ngày 15/9/2020” sang “hoàn thành trước ngày 30/9/2020” (muộn hơn 15 ngày).'
 * ```
 * @see {@link derivePlan}, {@link checkAgainstUpper}
 * @category Relations
 */
export function diffPlans(a: ReadonlyPlan, b: ReadonlyPlan): PlanDiff {
  // Read only: diffPlans never changes what it is given (the fuzz tests check it).
  return diffPlansOf(a as Plan, b as Plan);
}

function diffPlansOf(a: Plan, b: Plan): PlanDiff {
  const x = readShape(a, ['a']);
  const y = readShape(b, ['b']);
  if (!x.plan || !y.plan) {
    return {
      a: x.plan ? summaryOf(x.plan) : null,
      b: y.plan ? summaryOf(y.plan) : null,
      changes: [],
      issues: [...(x.issues ?? []), ...(y.issues ?? [])],
    };
  }
  return {
    a: summaryOf(x.plan),
    b: summaryOf(y.plan),
    changes: new Differ(x.plan, y.plan).run(),
    issues: [],
  };
}
