import { match } from 'ts-pattern';
import type { IsoDate } from '../calendar/iso-date.js';
import { formatShortDate } from '../format/vi-date.js';
import type { DateRule } from '../model/date-rule.js';
import type { Deliverable } from '../model/deliverable.js';
import type { Issuer } from '../model/header.js';
import type { Material } from '../model/material.js';
import type { Plan, ReadonlyPlan } from '../model/plan.js';
import type { Recipient } from '../model/recipient.js';
import { formatDocumentReference, parseDocumentReference } from '../model/reference.js';
import type { Session } from '../model/session.js';
import type { Signature } from '../model/signature.js';
import { type Tier, tierLevelRank } from '../model/tier.js';
import type { Unit } from '../model/unit.js';
import type { Issue, LocalizedMessage } from '../validate/issue.js';
import { validatePlan } from '../validate/validate-plan.js';
import {
  boardPrefix,
  bodyAliases,
  issuerSymbol,
  namesBody,
  splitBodyName,
  upperBodyNames,
} from './bodies.js';
import { createRelationIssue } from './codes.js';
import { inContext, lastDays, nodeKey, pointer, readShape, ruleRef } from './shared.js';
import { cloneJson, foldText, lowerFirstLetter } from './text.js';

/**
 * Options of {@link derivePlan}: whom the draft is for, and what the clerk has
 * already decided.
 *
 * @category Relations
 */
export interface DerivePlanOptions {
  /** The lower body: a unit, or the id of one in {@link DerivePlanOptions.units}. */
  readonly unit?: string | Unit;
  /** The unit tree: finds the unit by id, the body above it and the units below it. */
  readonly units?: readonly Unit[];
  /** The upper plan's tier id the draft is for; without it, the unit's tier (by `unit.tier`, else its level). */
  readonly tier?: string;
  /** The sessions of the upper plan at the draft's own tier that concern the unit (default: all of them). */
  readonly sessions?: readonly string[];
  /** The draft's date (ISO_PARAM); absent, the draft is undated. */
  readonly issuedOn?: IsoDate;
  /** The draft's number and symbol; default a blank number in the upper plan's form (`-KH/HNDH`). */
  readonly reference?: string;
  /** The place in the date line; default the unit's place (*Nga Sơn* of *Hội Nông dân huyện Nga Sơn*). */
  readonly place?: string;
  /** The issuer and the body above it as printed in the header. */
  readonly issuer?: {
    /** The issuing body as printed (*BCH HỘI NÔNG DÂN HUYỆN NGA SƠN*). */
    readonly name?: string;
    /** The body above it, printed on the line above. */
    readonly parent?: string;
  };
  /**
   * Deadlines the clerk chose, by session or deliverable id. Each must be no
   * later than the upper plan allows; a later one is replaced by the upper
   * plan's rule (`derive/deadline-clamped`).
   */
  readonly deadlines?: Readonly<Record<string, DateRule>>;
}

/**
 * Where a value of a derived draft comes from.
 *
 * @remarks `upper-plan` = carried from the upper plan (`from` names where);
 * `unit` = from the unit (its name, its place); `unit-tree` = from the unit
 * tree (the body above, the units below); `options` = given by the caller;
 * `convention` = made by the genre's rule (the blank number, *Lưu: VP*, the
 * opening sentence *Thực hiện Kế hoạch số …*).
 * @category Relations
 */
export type DerivedSource = 'upper-plan' | 'unit' | 'unit-tree' | 'options' | 'convention';

/**
 * One value of a derived draft and where it came from, so that an app can
 * show what was derived and what the clerk must still decide.
 *
 * @category Relations
 */
export interface DerivedValue {
  /** Where the value is in the draft, as a JSON pointer (`/sessions/0/deadline`). */
  readonly path: string;
  /** What it was derived from. */
  readonly source: DerivedSource;
  /** Where it (or what it was adapted from) is in the upper plan, as a JSON pointer. */
  readonly from?: string;
  /** What was done, in Vietnamese and English. */
  readonly note: LocalizedMessage;
}

/**
 * A part of a derived draft that the clerk must write or fill in (the number,
 * the date, the signer, the purposes and requirements of the unit's own plan).
 *
 * @category Relations
 */
export interface DraftBlank {
  /** Where it goes in the draft, as a JSON pointer (`/header/date`, `/purposes`). */
  readonly path: string;
  /** What to write, in Vietnamese and English. */
  readonly note: LocalizedMessage;
}

/**
 * The result of {@link derivePlan}.
 *
 * @category Relations
 */
export type DerivePlanResult =
  | {
      /** A draft was made. */
      readonly success: true;
      /** The draft plan of the lower body; it validates. */
      readonly plan: Plan;
      /** Every derived value and where it came from. */
      readonly derived: DerivedValue[];
      /** What the clerk must still write or fill in. */
      readonly blanks: DraftBlank[];
      /** Notes and warnings (`derive/…`); none is an error. */
      readonly issues: Issue<string>[];
    }
  | {
      /** No draft: the input or the options cannot be used. */
      readonly success: false;
      /** Why; at least one is an error. */
      readonly issues: Issue<string>[];
    };

const NOTES = {
  issuer: { vi: 'Cơ quan ban hành: đơn vị cấp dưới.', en: 'Issuer: the lower unit.' },
  parent: {
    vi: 'Cơ quan cấp trên ghi ở dòng trên.',
    en: 'The body above, printed on the line above.',
  },
  kind: {
    vi: 'Cùng loại cơ quan với cấp trên.',
    en: 'The same kind of body as the upper issuer.',
  },
  reference: {
    vi: 'Số để trống, ký hiệu theo dạng của kế hoạch cấp trên.',
    en: "A blank number, the symbol in the upper plan's form.",
  },
  place: { vi: 'Địa danh của đơn vị.', en: "The unit's place." },
  date: { vi: 'Ngày ban hành do người dùng chọn.', en: 'The date chosen by the user.' },
  title: { vi: 'Cùng trích yếu với kế hoạch cấp trên.', en: 'The same title as the upper plan.' },
  intro: {
    vi: 'Câu mở đầu theo thể thức: “Thực hiện Kế hoạch số …”.',
    en: 'The customary opening: “Under plan No. …”.',
  },
  resolution: { vi: 'Cùng văn bản được triển khai.', en: 'The same resolution rolled out.' },
  ownTier: { vi: 'Cấp của đơn vị.', en: "The unit's own tier." },
  tier: { vi: 'Cấp dưới, như kế hoạch cấp trên.', en: 'A lower tier, as in the upper plan.' },
  audience: { vi: 'Thành phần như kế hoạch cấp trên.', en: 'The audience of the upper plan.' },
  material: { vi: 'Tài liệu của kế hoạch cấp trên.', en: 'A material of the upper plan.' },
  upperPlan: {
    vi: 'Thêm kế hoạch cấp trên vào tài liệu học tập.',
    en: 'The upper plan added to the materials.',
  },
  upperActionPlan: {
    vi: 'Thêm kế hoạch hành động của cấp trên.',
    en: "The upper body's action plan added.",
  },
  ownActionPlan: {
    vi: 'Thêm kế hoạch hành động của đơn vị.',
    en: "The unit's own action plan added.",
  },
  session: { vi: 'Hội nghị như kế hoạch cấp trên.', en: 'A session of the upper plan.' },
  deadline: {
    vi: 'Thời hạn của kế hoạch cấp trên cho cấp này.',
    en: "The upper plan's deadline for this tier.",
  },
  resolvedDeadline: {
    vi: 'Thời hạn tính theo hoạt động của cấp trên, ghi thành ngày cụ thể.',
    en: 'A deadline counted from an upper-tier activity, written as its last day.',
  },
  chosenDeadline: {
    vi: 'Thời hạn do người dùng chọn, không muộn hơn cấp trên.',
    en: 'A deadline chosen by the user, no later than the upper plan.',
  },
  exemption: {
    vi: 'Miễn tổ chức riêng theo hội nghị của cấp trên: ghi thành ghi chú.',
    en: 'The exemption by an upper-tier session, kept as a note.',
  },
  deliverable: { vi: 'Yêu cầu như kế hoạch cấp trên.', en: 'A follow-up of the upper plan.' },
  submitUp: { vi: 'Báo cáo gửi về cấp trên.', en: 'Reports go to the upper body.' },
  followUpText: {
    vi: 'Nội dung yêu cầu viết theo thể thức, từ các dữ kiện của nó.',
    en: 'The follow-up in the genre’s words, from its facts.',
  },
  lowerReport: {
    vi: 'Cấp dưới báo cáo kết quả về đơn vị.',
    en: 'The tiers below report to the unit.',
  },
  recipientUp: { vi: 'Gửi cấp trên để báo cáo (B/c).', en: 'To the upper body for report (B/c).' },
  recipientDown: { vi: 'Gửi cấp dưới để thực hiện (T/h).', en: 'To the tiers below (T/h).' },
  archive: { vi: 'Lưu văn phòng.', en: 'Kept on file at the office.' },
  signature: {
    vi: 'Thể thức ký như cấp trên; người ký để trống.',
    en: "The upper plan's form of signature; no signer yet.",
  },
} satisfies Record<string, LocalizedMessage>;

const BLANKS = {
  number: { vi: 'Điền số văn bản khi ban hành.', en: 'Fill in the number when issuing.' },
  symbol: {
    vi: 'Kiểm tra ký hiệu cơ quan ban hành.',
    en: "Check the issuer's symbol.",
  },
  issuer: { vi: 'Ghi tên đơn vị ban hành.', en: 'Write the name of the issuing unit.' },
  place: { vi: 'Ghi địa danh.', en: 'Write the place.' },
  date: { vi: 'Ghi ngày ban hành.', en: 'Write the date of issue.' },
  purposes: {
    vi: 'Viết mục đích sát với tình hình của đơn vị (không sao chép cấp trên).',
    en: "Write the unit's own purposes (do not copy the upper plan).",
  },
  requirements: {
    vi: 'Viết yêu cầu cụ thể của đơn vị.',
    en: "Write the unit's own requirements.",
  },
  content: {
    vi: 'Viết nội dung học tập, quán triệt gắn với địa phương.',
    en: 'Write what is studied, tied to the locality.',
  },
  implementation: {
    vi: 'Viết phần tổ chức thực hiện: phân công cụ thể.',
    en: 'Write who does what (implementation).',
  },
  signer: { vi: 'Ghi người ký.', en: 'Write the signer.' },
  sessions: {
    vi: 'Giữ lại hội nghị áp dụng cho đơn vị.',
    en: 'Keep the sessions that concern the unit.',
  },
  recipients: {
    vi: 'Bổ sung nơi nhận khác (cấp ủy cùng cấp …).',
    en: 'Add other recipients (the Party committee at the same level …).',
  },
} satisfies Record<string, LocalizedMessage>;

type Target = { tierIndex: number; unit: Unit | undefined; upperUnit: Unit | undefined };

/** Finds the unit and the tier the draft is for, or the issues saying why not. */
function resolveTarget(upper: Plan, options: DerivePlanOptions): Target | Issue<string>[] {
  const units = Array.isArray(options.units) ? options.units : [];
  let unit: Unit | undefined;
  if (typeof options.unit === 'string') {
    unit = units.find((u) => u.id === options.unit);
    if (!unit)
      return [createRelationIssue('derive/unknown-unit', ['unit'], { unit: options.unit })];
  } else if (options.unit !== undefined) unit = options.unit;
  let tierIndex: number;
  if (options.tier !== undefined) {
    tierIndex = upper.tiers.findIndex((t) => t.id === options.tier);
    if (tierIndex < 0)
      return [createRelationIssue('derive/unknown-tier', ['tier'], { tier: options.tier })];
  } else if (unit) {
    const byId = unit.tier === undefined ? -1 : upper.tiers.findIndex((t) => t.id === unit.tier);
    tierIndex = byId >= 0 ? byId : upper.tiers.findIndex((t) => t.level === unit.level);
    if (tierIndex < 0)
      return [
        createRelationIssue('derive/no-tier-for-unit', ['unit'], {
          unit: unit.id,
          level: unit.level,
        }),
      ];
  } else return [createRelationIssue('derive/no-target', [])];
  const own = upper.tiers[tierIndex]!;
  const top = upper.tiers[0]!;
  if (tierLevelRank(own.level) <= tierLevelRank(top.level)) {
    return [
      createRelationIssue('derive/not-below', [options.tier === undefined ? 'unit' : 'tier'], {
        tier: own.id,
        top: top.id,
      }),
    ];
  }
  const upperUnit =
    unit?.parent === undefined ? undefined : units.find((u) => u.id === unit.parent);
  return { tierIndex, unit, upperUnit };
}

/** The units below `unit` in the tree, per tier of `tiers` (by `unit.tier`, else level). */
function countBelow(
  unit: Unit,
  units: readonly Unit[],
  tiers: readonly Tier[],
): Map<string, number> {
  const children = new Map<string, Unit[]>();
  for (const u of units) {
    if (u.parent === undefined) continue;
    const list = children.get(u.parent);
    if (list) list.push(u);
    else children.set(u.parent, [u]);
  }
  const counts = new Map<string, number>();
  const seen = new Set<string>([unit.id]);
  const queue = [...(children.get(unit.id) ?? [])];
  while (queue.length > 0) {
    const u = queue.shift()!;
    if (seen.has(u.id)) continue;
    seen.add(u.id);
    const tier = tiers.find((t) => t.id === u.tier) ?? tiers.find((t) => t.level === u.level);
    if (tier) counts.set(tier.id, (counts.get(tier.id) ?? 0) + 1);
    queue.push(...(children.get(u.id) ?? []));
  }
  return counts;
}

/**
 * Whether a session of a tier below `own` learns from a session above `own`
 * (NQ58's communes studying at the province's online conference): the upper
 * tier holds it, so the lower plan neither organises nor answers for it.
 * @internal
 */
export function heldAbove(plan: Plan, session: Session, ownRank: number): boolean {
  if (session.learnsFrom === undefined) return false;
  const rank = ownRank;
  const level = (tierId: string) => plan.tiers.find((t) => t.id === tierId)?.level;
  const mine = level(session.tier);
  if (mine === undefined || tierLevelRank(mine) <= rank) return false;
  const from = plan.sessions.find((s) => s.id === session.learnsFrom);
  const theirs = from === undefined ? undefined : level(from.tier);
  return theirs !== undefined && tierLevelRank(theirs) < rank;
}

/**
 * An exemption by an upper-tier session in words, from that session's facts:
 * *Đối với các đối tượng đã dự hội nghị trực tuyến do Ban Thường vụ Tỉnh ủy tổ
 * chức ngày 31/8/2020 thì có thể không tổ chức hội nghị riêng.*
 */
function exemptionText(session: Session | undefined): string {
  const what = session?.method === 'online' ? 'hội nghị trực tuyến' : 'hội nghị của cấp trên';
  const host = session?.host === undefined ? '' : ` do ${session.host} tổ chức`;
  const rule = session?.deadline;
  const date = rule?.kind === 'held' ? ` ngày ${formatShortDate(rule.date)}` : '';
  return `Đối với các đối tượng đã dự ${what}${host}${date} thì có thể không tổ chức hội nghị riêng.`;
}

/** *Nghị quyết số 58-NQ/TW, Chỉ thị số 05-CT/TW*: the resolutions as a text names them. */
export function resolutionsText(plan: Plan): string {
  const word: Record<string, string> = {
    resolution: 'Nghị quyết',
    directive: 'Chỉ thị',
    conclusion: 'Kết luận',
    regulation: 'Quy định',
    decision: 'Quyết định',
  };
  return plan.resolutions.map((r) => `${word[r.kind] ?? 'văn bản'} số ${r.reference}`).join(', ');
}

/**
 * Drafts a lower body's own plan from the plan of the tier above: the
 * province's plan → a district union's plan → a commune's plan.
 *
 * @remarks Every plan of the genre ends by telling the tier below to write its
 * own (*Các cấp hội căn cứ vào kế hoạch của Tỉnh hội … để xây dựng kế hoạch
 * triển khai cụ thể*). The draft has:
 *
 * - its own header: the unit as issuer, the upper body on the line above (for
 *   Party committees *ĐẢNG BỘ TỈNH …*), a blank number in the upper plan's
 *   form with the unit's symbol (`-KH/HU`, `-KH/HNDH`), the unit's place and
 *   `issuedOn` (absent: undated), the upper plan's title;
 * - an opening *Thực hiện Kế hoạch số … của …* and the same resolutions;
 * - the upper plan's materials plus the upper plan itself, the upper body's
 *   action plan and the unit's own action plan;
 * - its own tiers from its level down, with their sessions and audiences;
 *   each deadline is the upper plan's rule for that tier (an `after` rule
 *   counted from an activity the draft does not hold — an upper-plan id, or
 *   `anchor: 'upper-session'` at the draft's own tier — becomes a `by` rule on
 *   the last day the upper plan allows), or an earlier one given in
 *   `deadlines` — never later;
 * - the follow-ups that apply to these tiers, its reports addressed to the
 *   upper body and the tiers below reporting to the unit;
 * - recipients: the upper body *B/c*, the tiers below *T/h*, *Lưu: VP*;
 * - the upper plan's form of signature, with no signer.
 *
 * The sections a unit must write for itself (purposes, requirements, content,
 * implementation) are left out and listed in `blanks`, never copied: copying
 * the upper plan is what {@link checkAgainstUpper} flags. Every value is listed
 * in `derived` with where it came from. The draft validates with
 * {@link validatePlan} (no error). Never throws; the upper plan is not mutated.
 * @param upper - The upper tier's plan.
 * @param options - The unit or the tier, and what is already decided; see {@link DerivePlanOptions}.
 * @returns `{ success: true, plan, derived, blanks, issues }`, or `{ success: false, issues }`.
 * @example A district union's plan from 985-KH/HNDT
 * ```ts
 * const result = derivePlan(plan985KhHndt, {
 *   unit: { id: 'nga-son', name: 'Hội Nông dân huyện Nga Sơn', level: 'district', parent: 'tinh' },
 *   units: [{ id: 'tinh', name: 'Hội Nông dân tỉnh Thanh Hóa', level: 'province' }],
 * });
 * if (result.success) {
 *   result.plan.header.reference; // => '-KH/HNDH'
 *   result.plan.header.place; // => 'Nga Sơn'
 *   result.plan.tiers.map((t) => t.level); // => ['district', 'commune']
 *   result.plan.sessions[0]?.deadline; // => { kind: 'by', date: '2020-09-15' }
 * }
 * ```
 * @see {@link checkAgainstUpper}, {@link diffPlans}
 * @category Relations
 */
export function derivePlan(upper: ReadonlyPlan, options: DerivePlanOptions = {}): DerivePlanResult {
  // Read only: derivePlan never changes what it is given (the fuzz tests check it).
  return derivePlanOf(upper as Plan, options);
}

function derivePlanOf(upper: Plan, options: DerivePlanOptions = {}): DerivePlanResult {
  const read = readShape(upper, []);
  if (!read.plan) return { success: false, issues: read.issues };
  const up = read.plan;
  if (up.tiers.length === 0)
    return { success: false, issues: [createRelationIssue('derive/no-target', ['tiers'])] };
  const target = resolveTarget(up, options);
  if (Array.isArray(target)) return { success: false, issues: target };
  return new Deriver(up, options, target).run();
}

/** Builds one draft; a class only to share its many small steps' state. */
class Deriver {
  private readonly derived: DerivedValue[] = [];
  private readonly blanks: DraftBlank[] = [];
  private readonly issues: Issue<string>[] = [];
  private readonly own: Tier;
  private readonly tiers: Tier[];
  private readonly upperDays: Map<string, IsoDate | null>;
  /** The upper body as a lower plan names it in sentences and recipients. */
  private readonly upperLabel: string;

  constructor(
    private readonly up: Plan,
    private readonly options: DerivePlanOptions,
    private readonly target: Target,
  ) {
    this.own = up.tiers[target.tierIndex]!;
    const rank = tierLevelRank(this.own.level);
    // The tiers below, each with a session the draft organises (see `heldAbove`).
    this.tiers = [
      this.own,
      ...up.tiers
        .slice(target.tierIndex + 1)
        .filter(
          (t) =>
            tierLevelRank(t.level) > rank &&
            up.sessions.some((s) => s.tier === t.id && !heldAbove(up, s, rank)),
        ),
    ];
    this.upperDays = lastDays(up);
    this.upperLabel = target.upperUnit?.name ?? up.header.issuer.name;
  }

  private mark(path: string, source: DerivedSource, note: LocalizedMessage, from?: string): void {
    this.derived.push(from === undefined ? { path, source, note } : { path, source, from, note });
  }

  private blank(path: string, note: LocalizedMessage): void {
    this.blanks.push({ path, note });
  }

  run(): DerivePlanResult {
    const { up } = this;
    const tierIds = new Set(this.tiers.map((t) => t.id));
    const sessions = this.carrySessions(tierIds);
    const carried = new Set<string>(sessions.map((s) => s.id));
    const deliverables = this.carryDeliverables(tierIds, carried);
    for (const d of deliverables) carried.add(d.id);
    const lowerReports = this.lowerReports(deliverables, carried);
    const plan: Plan = {
      header: this.header(),
      intro: this.intro(),
      resolutions: cloneJson(up.resolutions),
      tiers: this.carryTiers(),
      audiences: this.carryAudiences(tierIds, sessions),
      materials: this.materials(deliverables),
      sessions: sessions.map((s, i) => this.finishSession(s, i, carried)),
      deliverables: [
        ...deliverables.map((d, i) => this.finishDeliverable(d, i, carried)),
        ...lowerReports.map((d, i) => {
          this.mark(
            pointer('deliverables', deliverables.length + i),
            'convention',
            NOTES.lowerReport,
          );
          return d;
        }),
      ],
      recipients: this.recipients(),
      signature: this.signature(),
    };
    for (let i = 0; i < up.resolutions.length; i++) {
      const at = pointer('resolutions', i);
      this.mark(at, 'upper-plan', NOTES.resolution, at);
    }
    for (const part of ['purposes', 'requirements', 'content', 'implementation'] as const)
      this.blank(pointer(part), BLANKS[part]);
    this.applyDeadlines(plan);
    const invalid = validatePlan(plan).filter((i) => i.severity === 'error');
    return {
      success: true,
      plan,
      derived: this.derived,
      blanks: this.blanks,
      issues: [...this.issues, ...invalid],
    };
  }

  // --- Header ---------------------------------------------------------------

  private header(): Plan['header'] {
    const { up, options } = this;
    const { unit } = this.target;
    const kind = up.header.issuer.kind;
    let name: string;
    if (options.issuer?.name !== undefined) {
      name = options.issuer.name;
      this.mark('/header/issuer/name', 'options', NOTES.issuer);
    } else if (unit) {
      // Party committees issue in their own name (*HUYỆN ỦY NGA SƠN*); other bodies
      // keep the board that issued the upper plan (*BCH HỘI NÔNG DÂN HUYỆN …*).
      const board = kind === 'party' ? undefined : boardPrefix(up.header.issuer.name);
      name = `${board === undefined ? '' : `${board} `}${unit.name.toUpperCase()}`;
      this.mark('/header/issuer/name', 'unit', NOTES.issuer);
    } else {
      name = '………';
      this.blank('/header/issuer/name', BLANKS.issuer);
    }
    const parent = options.issuer?.parent ?? this.parentLine();
    this.mark(
      '/header/issuer/parent',
      options.issuer?.parent !== undefined
        ? 'options'
        : this.target.upperUnit
          ? 'unit-tree'
          : 'upper-plan',
      NOTES.parent,
      options.issuer?.parent !== undefined || this.target.upperUnit ? undefined : '/header/issuer',
    );
    const issuer: Issuer = { name, parent, kind };
    this.mark('/header/issuer/kind', 'upper-plan', NOTES.kind, '/header/issuer/kind');
    const header: Plan['header'] = {
      issuer,
      ...(up.header.motto === undefined ? {} : { motto: up.header.motto }),
      reference: this.reference(),
      place: this.place(),
      title: up.header.title,
    };
    if (up.header.motto !== undefined)
      this.mark('/header/motto', 'upper-plan', NOTES.kind, '/header/motto');
    this.mark('/header/title', 'upper-plan', NOTES.title, '/header/title');
    if (options.issuedOn !== undefined) {
      this.mark('/header/date', 'options', NOTES.date);
      if (up.header.date !== undefined && options.issuedOn < up.header.date)
        this.issues.push(
          createRelationIssue('derive/issued-before-upper', ['issuedOn'], {
            date: options.issuedOn,
            upperDate: up.header.date,
          }),
        );
      return { ...header, date: options.issuedOn };
    }
    this.blank('/header/date', BLANKS.date);
    return header;
  }

  /** The line above the issuer: for Party committees *ĐẢNG BỘ <level> <place>* of the body above. */
  private parentLine(): string {
    const { up } = this;
    const upperNames = [
      this.target.upperUnit?.name,
      up.header.issuer.name,
      up.header.issuer.parent,
    ];
    if (up.header.issuer.kind === 'party') {
      for (const n of upperNames) {
        if (n === undefined) continue;
        const s = splitBodyName(n);
        if (s.level !== undefined && s.place !== undefined)
          return `ĐẢNG BỘ ${s.level} ${s.place}`.toUpperCase();
      }
    }
    const board = boardPrefix(up.header.issuer.name);
    const printed =
      board === undefined
        ? up.header.issuer.name
        : up.header.issuer.name.slice(board.length).trim();
    return (this.target.upperUnit?.name ?? printed).toUpperCase();
  }

  private reference(): string {
    const { up, options } = this;
    const { unit } = this.target;
    if (options.reference !== undefined) {
      this.mark('/header/reference', 'options', NOTES.reference);
      return options.reference;
    }
    const upperRef = parseDocumentReference(up.header.reference);
    const symbol = unit ? issuerSymbol(unit.name) : (upperRef?.issuer ?? 'KH');
    const ref = formatDocumentReference({
      type: upperRef?.type ?? 'KH',
      issuer: symbol,
      style: upperRef?.style ?? 'party',
    });
    this.mark('/header/reference', 'convention', NOTES.reference);
    this.blank('/header/reference', BLANKS.number);
    if (!unit) this.blank('/header/reference', BLANKS.symbol);
    return ref;
  }

  private place(): string {
    const { options } = this;
    const { unit } = this.target;
    if (options.place !== undefined) {
      this.mark('/header/place', 'options', NOTES.place);
      return options.place;
    }
    const place = unit ? splitBodyName(unit.name).place : undefined;
    if (place !== undefined) {
      this.mark('/header/place', 'unit', NOTES.place);
      return place;
    }
    this.blank('/header/place', BLANKS.place);
    return '………';
  }

  private intro(): string {
    const { up } = this;
    const { unit } = this.target;
    const date = up.header.date === undefined ? '' : ` ngày ${formatShortDate(up.header.date)}`;
    const who =
      unit === undefined
        ? ''
        : ` ${up.signature?.authority ?? 'Ban Thường vụ'} ${unit.name}`.replace(/\s+/g, ' ');
    this.mark('/intro', 'convention', NOTES.intro);
    return `Thực hiện Kế hoạch số ${up.header.reference}${date} của ${this.upperLabel} về ${lowerFirstLetter(up.header.title)},${who} xây dựng kế hoạch triển khai thực hiện như sau:`;
  }

  // --- Tiers, audiences, sessions ---------------------------------------------

  private carryTiers(): Tier[] {
    const { unit } = this.target;
    return this.tiers.map((t, i) => {
      const from = pointer('tiers', this.up.tiers.indexOf(t));
      if (i === 0 && unit) {
        this.mark(pointer('tiers', 0), 'unit', NOTES.ownTier, from);
        // The tier is now the unit itself: the kinds of unit at that tier no longer apply.
        const { unitKinds: _kinds, ...tier } = cloneJson(t);
        return { ...tier, name: unit.name };
      }
      this.mark(pointer('tiers', i), 'upper-plan', i === 0 ? NOTES.ownTier : NOTES.tier, from);
      return cloneJson(t);
    });
  }

  private carryAudiences(tierIds: ReadonlySet<string>, sessions: readonly Session[]) {
    const used = new Set(sessions.flatMap((s) => s.audiences));
    const out = this.up.audiences.filter(
      (a) => used.has(a.id) || (a.tier !== undefined && tierIds.has(a.tier)),
    );
    out.forEach((a, i) => {
      const from = pointer('audiences', this.up.audiences.indexOf(a));
      this.mark(pointer('audiences', i), 'upper-plan', NOTES.audience, from);
    });
    return cloneJson(out);
  }

  /** The upper plan's sessions of the draft's tiers (at its own tier, those in `options.sessions`). */
  private carrySessions(tierIds: ReadonlySet<string>): Session[] {
    const { up, options } = this;
    const ownSessions = up.sessions.filter((s) => s.tier === this.own.id);
    const chosen = options.sessions;
    if (chosen !== undefined) {
      for (const id of chosen)
        if (!ownSessions.some((s) => s.id === id))
          this.issues.push(createRelationIssue('derive/unknown-activity', ['sessions'], { id }));
    } else if (ownSessions.length > 1) {
      this.issues.push(
        createRelationIssue('derive/several-sessions', ['sessions'], {
          tier: this.own.id,
          count: ownSessions.length,
        }),
      );
      this.blank('/sessions', BLANKS.sessions);
    }
    return up.sessions.filter(
      (s) =>
        tierIds.has(s.tier) &&
        (s.tier !== this.own.id || chosen === undefined || chosen.includes(s.id)) &&
        !heldAbove(up, s, tierLevelRank(this.own.level)),
    );
  }

  /** The last day the upper plan allows an activity at the draft's tiers (the earliest of them). */
  private upperLastDay(activity: string, tier: string | undefined): IsoDate | null {
    let best: IsoDate | null = null;
    for (const t of tier === undefined ? this.tiers.map((x) => x.id) : [tier]) {
      const d = this.upperDays.get(nodeKey(activity, t));
      if (d != null && (best === null || d < best)) best = d;
    }
    return best;
  }

  /** A rule carried down: an `after` rule whose reference is not in the draft becomes its last day. */
  private carryRule(
    rule: DateRule,
    activity: string,
    tier: string | undefined,
    carried: ReadonlySet<string>,
    path: string,
    from: string,
  ): DateRule {
    const ref = ruleRef(rule);
    // Counted from an activity the draft does not hold: an id of the upper plan's,
    // or the upper tier's session of the draft's own tier.
    const upperSession =
      rule.kind === 'after' &&
      'anchor' in rule &&
      rule.anchor === 'upper-session' &&
      (tier === undefined || tier === this.own.id);
    if ((ref !== undefined && !carried.has(ref)) || upperSession) {
      const last = this.upperLastDay(activity, tier);
      if (last !== null) {
        this.mark(path, 'upper-plan', NOTES.resolvedDeadline, from);
        return { kind: 'by', date: last };
      }
    }
    this.mark(path, 'upper-plan', NOTES.deadline, from);
    return cloneJson(rule);
  }

  private finishSession(s: Session, i: number, carried: ReadonlySet<string>): Session {
    const from = pointer('sessions', this.up.sessions.indexOf(s));
    const path = pointer('sessions', i);
    this.mark(path, 'upper-plan', NOTES.session, from);
    const { learnsFrom, exemption, ...rest } = cloneJson(s);
    const out: Session = {
      ...rest,
      deadline: this.carryRule(
        s.deadline,
        s.id,
        s.tier,
        carried,
        `${path}/deadline`,
        `${from}/deadline`,
      ),
    };
    if (learnsFrom !== undefined && carried.has(learnsFrom)) out.learnsFrom = learnsFrom;
    if (exemption !== undefined) {
      if (carried.has(exemption.session)) out.exemption = exemption;
      else {
        // The session that exempts is the upper tier's: the model cannot point at it
        // from the draft, so the exemption is kept in words, written from its facts.
        const said = exemptionText(this.up.sessions.find((x) => x.id === exemption.session));
        out.note = out.note === undefined ? said : `${said} ${out.note}`;
        this.mark(`${path}/note`, 'upper-plan', NOTES.exemption, `${from}/exemption`);
      }
    }
    return out;
  }

  // --- Materials ----------------------------------------------------------------

  private materials(deliverables: readonly Deliverable[]): Material[] {
    const { up } = this;
    const { unit } = this.target;
    const out: Material[] = up.materials.map((m, i) => {
      this.mark(pointer('materials', i), 'upper-plan', NOTES.material, pointer('materials', i));
      const { deliverable: _produced, ...rest } = cloneJson(m);
      return rest;
    });
    const ids = new Set(out.map((m) => m.id));
    const freshId = (base: string) => {
      let id = base;
      for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
      ids.add(id);
      return id;
    };
    const refs = resolutionsText(up);
    const refWords = foldText(up.header.reference).replace(/\s+/g, '');
    if (!up.materials.some((m) => foldText(m.title).replace(/\s+/g, '').includes(refWords))) {
      const date = up.header.date === undefined ? '' : `, ngày ${formatShortDate(up.header.date)}`;
      out.push({
        id: freshId('mat-upper-plan'),
        kind: 'plan',
        issuer: this.upperLabel,
        title: `Kế hoạch số ${up.header.reference}${date} của ${this.upperLabel} về ${lowerFirstLetter(up.header.title)}`,
      });
      this.mark(pointer('materials', out.length - 1), 'upper-plan', NOTES.upperPlan, '/header');
    }
    const aliases = bodyAliases(upperBodyNames(up, [this.target.upperUnit?.name]));
    const upperActs = up.deliverables.some(
      (d) => d.kind === 'action-plan' && (d.tier === undefined || d.tier === up.tiers[0]?.id),
    );
    const hasUpperAction = up.materials.some(
      (m) =>
        m.kind === 'action-plan' &&
        (m.deliverable !== undefined ||
          namesBody(m.issuer, aliases) ||
          namesBody(m.title, aliases)),
    );
    if (upperActs && !hasUpperAction) {
      out.push({
        id: freshId('mat-upper-action-plan'),
        kind: 'action-plan',
        issuer: this.upperLabel,
        title: `Kế hoạch hành động của ${this.upperLabel} thực hiện ${refs}`,
      });
      this.mark(pointer('materials', out.length - 1), 'upper-plan', NOTES.upperActionPlan);
    }
    const own = deliverables.find(
      (d) => d.kind === 'action-plan' && (d.tier === undefined || d.tier === this.own.id),
    );
    if (own && unit) {
      out.push({
        id: freshId('mat-own-action-plan'),
        kind: 'action-plan',
        issuer: unit.name,
        deliverable: own.id,
        title: `Kế hoạch hành động của ${unit.name} thực hiện ${refs}`,
      });
      this.mark(pointer('materials', out.length - 1), 'unit', NOTES.ownActionPlan);
    }
    return out;
  }

  // --- Follow-ups -----------------------------------------------------------------

  private carryDeliverables(tierIds: ReadonlySet<string>, sessions: ReadonlySet<string>) {
    return this.up.deliverables.filter(
      (d) =>
        (d.tier === undefined || tierIds.has(d.tier)) &&
        (d.session === undefined || sessions.has(d.session)),
    );
  }

  /**
   * Reports of the tiers below to the unit, in the form of the unit's own
   * report to the upper body, where the upper plan asks none of them.
   */
  private lowerReports(
    carriedDeliverables: readonly Deliverable[],
    ids: Set<string>,
  ): Deliverable[] {
    const own = carriedDeliverables.find(
      (d) => d.kind === 'report' && (d.tier === undefined || d.tier === this.own.id),
    );
    if (!own || own.tier === undefined) return [];
    const unit = this.target.unit;
    const out: Deliverable[] = [];
    for (const t of this.tiers.slice(1)) {
      if (carriedDeliverables.some((d) => d.kind === 'report' && d.tier === t.id)) continue;
      let id = `report-${t.id}`;
      for (let n = 2; ids.has(id); n++) id = `report-${t.id}-${n}`;
      ids.add(id);
      out.push({
        id,
        kind: 'report',
        tier: t.id,
        per: 'unit',
        ...(own.recurrence === undefined ? {} : { recurrence: own.recurrence }),
        ...(unit === undefined ? {} : { submitTo: unit.name }),
      });
      out[out.length - 1] = { ...out.at(-1)!, description: this.followUpText(out.at(-1)!) };
    }
    return out;
  }

  private finishDeliverable(d: Deliverable, i: number, carried: ReadonlySet<string>): Deliverable {
    const from = pointer('deliverables', this.up.deliverables.indexOf(d));
    const path = pointer('deliverables', i);
    this.mark(path, 'upper-plan', NOTES.deliverable, from);
    // Its description is the upper plan's wording: the draft says it anew (below).
    const { description: _said, due, submitTo, ...rest } = cloneJson(d);
    const out: Deliverable = { ...rest };
    if (due !== undefined)
      out.due = this.carryRule(due, d.id, d.tier, carried, `${path}/due`, `${from}/due`);
    if (d.kind === 'report' && (d.tier === undefined || d.tier === this.own.id)) {
      out.submitTo = this.upperLabel;
      this.mark(
        `${path}/submitTo`,
        this.target.upperUnit ? 'unit-tree' : 'upper-plan',
        NOTES.submitUp,
      );
    } else if (submitTo !== undefined) out.submitTo = submitTo;
    out.description = this.followUpText(out);
    this.mark(`${path}/description`, 'convention', NOTES.followUpText);
    return out;
  }

  /** What a follow-up asks, in the genre's words, from its facts (never the upper plan's sentence). */
  private followUpText(d: Deliverable): string {
    const lead: Record<string, string> = {
      periodic: 'Định kỳ báo cáo',
      monthly: 'Hằng tháng báo cáo',
      quarterly: 'Hằng quý báo cáo',
      'half-yearly': 'Sáu tháng một lần báo cáo',
      yearly: 'Hằng năm báo cáo',
    };
    // Exhaustive: a new kind of deliverable does not compile until it has words.
    return match<Deliverable['kind'], string>(d.kind)
      .with(
        'reflection',
        () =>
          `Sau học tập, mỗi người dự học viết thu hoạch cá nhân${d.countsInEvaluation ? ', kết quả được đưa vào đánh giá, xếp loại cuối năm' : ''}.`,
      )
      .with(
        'action-plan',
        () =>
          `Mỗi đơn vị thảo luận, xây dựng và ban hành kế hoạch hành động thực hiện ${resolutionsText(this.up)}.`,
      )
      .with(
        'report',
        () =>
          `${lead[d.recurrence ?? ''] ?? 'Báo cáo'} kết quả học tập, quán triệt và triển khai thực hiện${d.submitTo === undefined ? ' lên cấp trên' : ` về ${d.submitTo}`}.`,
      )
      .with(
        'inspection',
        () => 'Tăng cường kiểm tra, đôn đốc việc học tập, quán triệt ở các đơn vị.',
      )
      .exhaustive();
  }

  // --- Recipients and signature ---------------------------------------------------

  private recipients(): Recipient[] {
    const { unit } = this.target;
    const units = Array.isArray(this.options.units) ? this.options.units : [];
    const counts = unit ? countBelow(unit, units, this.tiers) : new Map<string, number>();
    const out: Recipient[] = [{ name: this.upperLabel, purpose: 'report' }];
    this.mark(
      '/recipients/0',
      this.target.upperUnit ? 'unit-tree' : 'upper-plan',
      NOTES.recipientUp,
    );
    for (const t of this.tiers.slice(1)) {
      const n = counts.get(t.id);
      out.push({
        name: n === undefined ? t.name : `${t.name} (${n} đơn vị)`,
        purpose: 'implement',
      });
      this.mark(
        pointer('recipients', out.length - 1),
        n === undefined ? 'upper-plan' : 'unit-tree',
        NOTES.recipientDown,
      );
    }
    out.push({ name: 'VP', purpose: 'archive' });
    this.mark(pointer('recipients', out.length - 1), 'convention', NOTES.archive);
    this.blank('/recipients', BLANKS.recipients);
    return out;
  }

  private signature(): Signature {
    const s = this.up.signature;
    const sig: Signature = s
      ? {
          mode: s.mode,
          ...(s.authority === undefined ? {} : { authority: s.authority }),
          title: s.title,
        }
      : {
          mode: 'on-behalf',
          authority: 'Ban Thường vụ',
          title: this.up.header.issuer.kind === 'party' ? 'Bí thư' : 'Chủ tịch',
        };
    this.mark(
      '/signature',
      s ? 'upper-plan' : 'convention',
      NOTES.signature,
      s ? '/signature' : undefined,
    );
    this.blank('/signature/name', BLANKS.signer);
    return sig;
  }

  // --- Deadlines the clerk chose ----------------------------------------------------

  /**
   * Puts the deadlines of `options.deadlines` in, then keeps each only where
   * the cascade finds it no later than the upper plan allows for that tier.
   */
  private applyDeadlines(plan: Plan): void {
    const asked = this.options.deadlines;
    if (asked === undefined) return;
    const defaults = new Map<string, DateRule | undefined>();
    const place = (id: string, rule: DateRule | undefined): boolean => {
      const si = plan.sessions.findIndex((s) => s.id === id);
      if (si >= 0) {
        if (rule !== undefined) plan.sessions[si] = { ...plan.sessions[si]!, deadline: rule };
        return true;
      }
      const di = plan.deliverables.findIndex((d) => d.id === id);
      if (di < 0) return false;
      const { due: _old, ...rest } = plan.deliverables[di]!;
      plan.deliverables[di] = rule === undefined ? rest : { ...rest, due: rule };
      return true;
    };
    for (const [id, rule] of Object.entries(asked)) {
      const before =
        plan.sessions.find((s) => s.id === id)?.deadline ??
        plan.deliverables.find((d) => d.id === id)?.due;
      if (!place(id, cloneJson(rule))) {
        this.issues.push(createRelationIssue('derive/unknown-activity', ['deadlines', id], { id }));
        continue;
      }
      defaults.set(id, before);
    }
    // Clamp until stable: an earlier reference only makes `after` rules earlier.
    for (let round = 0; round < 3 && defaults.size > 0; round++) {
      const lower = lastDays(inContext(plan, this.up, tierLevelRank(this.own.level)));
      let changed = false;
      for (const [id, fallback] of defaults) {
        const tiers = this.tiersOf(plan, id);
        const late = tiers.find((t) => {
          const allowed = this.upperDays.get(nodeKey(id, t));
          if (allowed == null) return false;
          const mine = lower.get(nodeKey(id, t));
          return mine == null || mine > allowed;
        });
        if (late === undefined) continue;
        place(id, fallback);
        defaults.delete(id);
        changed = true;
        this.issues.push(
          createRelationIssue('derive/deadline-clamped', ['deadlines', id], {
            id,
            asked: lower.get(nodeKey(id, late)) ?? null,
            allowed: this.upperDays.get(nodeKey(id, late)) ?? null,
          }),
        );
      }
      if (!changed) break;
    }
    for (const id of defaults.keys()) {
      const si = plan.sessions.findIndex((s) => s.id === id);
      const path =
        si >= 0
          ? `${pointer('sessions', si)}/deadline`
          : `${pointer(
              'deliverables',
              plan.deliverables.findIndex((d) => d.id === id),
            )}/due`;
      const at = this.derived.findIndex((d) => d.path === path);
      const entry: DerivedValue = { path, source: 'options', note: NOTES.chosenDeadline };
      if (at >= 0) this.derived[at] = entry;
      else this.derived.push(entry);
    }
  }

  /** The tiers of the draft at which an activity happens. */
  private tiersOf(plan: Plan, id: string): string[] {
    const s = plan.sessions.find((x) => x.id === id);
    if (s) return [s.tier];
    const d = plan.deliverables.find((x) => x.id === id);
    if (d?.tier !== undefined) return [d.tier];
    return plan.tiers.map((t) => t.id);
  }
}
