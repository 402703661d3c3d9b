import * as z from 'zod/mini';
import { AudienceSchema } from './audience.js';
import { IdSchema, TextSchema } from './common.js';
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
  actor: z.optional(TextSchema),
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
  id: z.optional(IdSchema),
  header: PlanHeaderSchema,
  intro: z.optional(TextSchema),
  resolutions: z.array(ResolutionSchema),
  purposes: z.optional(z.array(TextSchema)),
  requirements: z.optional(z.array(TextSchema)),
  content: z.optional(z.array(TextSchema)),
  methodNotes: z.optional(z.array(TextSchema)),
  actionPlanNotes: z.optional(z.array(TextSchema)),
  tiers: z.array(TierSchema),
  audiences: z.array(AudienceSchema),
  materials: z.array(MaterialSchema),
  sessions: z.array(SessionSchema),
  deliverables: z.array(DeliverableSchema),
  implementation: z.optional(z.array(ImplementationItemSchema)),
  recipients: z.array(RecipientSchema),
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
