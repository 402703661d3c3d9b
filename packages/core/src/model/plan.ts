import * as z from 'zod/mini';
import { AudienceSchema } from './audience.js';
import { IdSchema, TextSchema } from './common.js';
import type { DeepReadonly } from './deep-readonly.js';
import { DeliverableSchema } from './deliverable.js';
import { PlanHeaderSchema } from './header.js';
import { MaterialSchema } from './material.js';
import { RecipientSchema } from './recipient.js';
import { ResolutionSchema } from './resolution.js';
import { SessionSchema } from './session.js';
import { SignatureSchema } from './signature.js';
import { TierSchema } from './tier.js';

/**
 * One task of *Tổ chức thực hiện*: who does what.
 *
 * @example
 * ```ts
 * ImplementationItemSchema.parse({ actor: 'Các huyện, thị, thành Hội', text: 'định kỳ báo cáo kết quả về Tỉnh Hội' }).actor;
 * // => 'Các huyện, thị, thành Hội'
 * ```
 * @category Model
 */
export const ImplementationItemSchema = z.strictObject({
  /** Who does it (*Các cấp Hội*), when the plan names someone. */
  actor: z.optional(TextSchema),
  /** What is to be done, in the plan's words. */
  text: TextSchema,
});

/** One task of *Tổ chức thực hiện*. @category Model */
export type ImplementationItem = z.infer<typeof ImplementationItemSchema>;

/**
 * A plan (*Kế hoạch nghiên cứu, học tập, quán triệt và triển khai thực hiện
 * Nghị quyết*).
 *
 * @remarks The top-level keys are part of the stable file format: `header`,
 * `resolutions`, `tiers` (from the top down), `audiences`, `materials`,
 * `sessions`, `deliverables`, `recipients`, `signature`; the text parts
 * `purposes` and `requirements` (*Mục đích, yêu cầu*), `content` (*Nội dung
 * học tập*), `methodNotes` (*Phương thức*, in words), `actionPlanNotes`
 * (*Xây dựng kế hoạch hành động*, in words), `implementation`
 * (*Tổ chức thực hiện*) and `intro`, the paragraph under the title.
 * The schema checks shapes; {@link validatePlan} checks meaning.
 * @example A minimal plan
 * ```ts
 * const result = PlanSchema.safeParse({
 *   header: {
 *     issuer: { name: 'BAN THƯỜNG VỤ TỈNH ỦY', parent: 'TỈNH ỦY THANH HÓA', kind: 'party' },
 *     reference: '12-KH/TU', place: 'Thanh Hóa', date: '2020-09-01', title: 'Học tập Nghị quyết',
 *   },
 *   resolutions: [], tiers: [], audiences: [], materials: [], sessions: [], deliverables: [], recipients: [],
 * });
 * result.success; // => true
 * ```
 * @category Model
 */
export const PlanSchema = z.strictObject({
  /** A stable id of the plan in your system (file names, URLs); not printed. */
  id: z.optional(IdSchema),
  /** The header: issuer, motto, number and symbol, place and date, title. */
  header: PlanHeaderSchema,
  /** The opening paragraph before section I, as written. */
  intro: z.optional(TextSchema),
  /** The resolutions (or directives, conclusions …) the plan rolls out. */
  resolutions: z.array(ResolutionSchema),
  /** *Mục đích*: the purposes, one text item each. */
  purposes: z.optional(z.array(TextSchema)),
  /** *Yêu cầu*: the requirements, one text item each. */
  requirements: z.optional(z.array(TextSchema)),
  /** *Nội dung học tập*: what is studied. */
  content: z.optional(z.array(TextSchema)),
  /** *Phương thức*: the plan's notes on how study is organised. */
  methodNotes: z.optional(z.array(TextSchema)),
  /** What the plan says about each tier's action plan. */
  actionPlanNotes: z.optional(z.array(TextSchema)),
  /** The tiers, from the top down. */
  tiers: z.array(TierSchema),
  /** The audiences (*thành phần*) the sessions name. */
  audiences: z.array(AudienceSchema),
  /** *Tài liệu học tập*: the study materials. */
  materials: z.array(MaterialSchema),
  /** The study sessions, one or more per tier. */
  sessions: z.array(SessionSchema),
  /** The follow-ups: reflections, action plans, reports, inspections. */
  deliverables: z.array(DeliverableSchema),
  /** *Tổ chức thực hiện*: who does what. */
  implementation: z.optional(z.array(ImplementationItemSchema)),
  /** *Nơi nhận*: who receives the document, and why. */
  recipients: z.array(RecipientSchema),
  /** The signature block (absent in an unsigned draft, which validation reports). */
  signature: z.optional(SignatureSchema),
});

/** A plan. @category Model */
export type Plan = z.infer<typeof PlanSchema>;

/**
 * The input form of a plan: what {@link PlanSchema} accepts.
 *
 * @category Model
 */
export type PlanInput = z.input<typeof PlanSchema>;

/**
 * A plan that cannot be changed: the type of the exported example plans
 * (deeply frozen), and what every function of Rollout that reads a plan
 * accepts (a mutable {@link Plan} is one too).
 *
 * @example
 * ```ts
 * const plan: ReadonlyPlan = plan985KhHndt;
 * validatePlan(plan).filter((i) => i.severity === 'error'); // => []
 * ```
 * @category Model
 */
export type ReadonlyPlan = DeepReadonly<Plan>;
