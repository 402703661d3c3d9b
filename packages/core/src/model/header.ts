import * as z from 'zod/mini';
import { IsoDateSchema, TextSchema } from './common.js';

/**
 * The kind of the issuing body, which picks the header's motto line and the
 * default layout rules.
 *
 * @remarks `party` = a Party committee or body (*Tỉnh ủy*, *Ban Thường vụ*);
 * `state` = a state body (*UBND*); `mass-organisation` = the Fatherland Front
 * and the mass organisations (*Hội Nông dân*, *Đoàn Thanh niên* …).
 * @example
 * ```ts
 * IssuerKindSchema.parse('mass-organisation'); // => 'mass-organisation'
 * ```
 * @category Model
 */
export const IssuerKindSchema = z.enum(['party', 'state', 'mass-organisation']);

/** The kind of the issuing body. @category Model */
export type IssuerKind = z.infer<typeof IssuerKindSchema>;

/**
 * The motto line on the right of the header.
 *
 * @remarks `party` = *ĐẢNG CỘNG SẢN VIỆT NAM*; `state` = *CỘNG HÒA XÃ HỘI CHỦ
 * NGHĨA VIỆT NAM — Độc lập - Tự do - Hạnh phúc*. Mass organisations use either
 * (985-KH/HNDT uses the state motto beside a Party-style number and symbol).
 * @example
 * ```ts
 * MottoSchema.parse('state'); // => 'state'
 * ```
 * @category Model
 */
export const MottoSchema = z.enum(['party', 'state']);

/** The motto line of the header. @category Model */
export type Motto = z.infer<typeof MottoSchema>;

/**
 * The issuing body (*cơ quan ban hành*) and the body above it.
 *
 * @example
 * ```ts
 * IssuerSchema.parse({ name: 'BCH HND TỈNH THANH HOÁ', parent: 'HỘI NÔNG DÂN VIỆT NAM', kind: 'mass-organisation' }).kind;
 * // => 'mass-organisation'
 * ```
 * @category Model
 */
export const IssuerSchema = z.strictObject({
  /** The issuing body as printed in the header (*BCH HND TỈNH THANH HOÁ*). */
  name: TextSchema,
  /** The body above it, printed on the line above (*HỘI NÔNG DÂN VIỆT NAM*). */
  parent: z.optional(TextSchema),
  /** Party, state or mass organisation: picks the motto and the layout rules. */
  kind: IssuerKindSchema,
});

/** The issuing body. @category Model */
export type Issuer = z.infer<typeof IssuerSchema>;

/**
 * The document header: issuer, motto, number and symbol, place and date, title.
 *
 * @remarks `reference` is the number and symbol (*Số 985-KH/HNDT*), checked by
 * {@link parseDocumentReference}; `motto` defaults from the issuer's kind
 * (`party` for Party bodies, `state` otherwise); `title` is the summary line
 * under *KẾ HOẠCH*. A draft may leave the number blank (`-KH/TU`) and the
 * date out; both are filled in when the plan is signed.
 * @example The header of 985-KH/HNDT
 * ```ts
 * const h: PlanHeader = PlanHeaderSchema.parse({
 *   issuer: { name: 'BCH HND TỈNH THANH HOÁ', parent: 'HỘI NÔNG DÂN VIỆT NAM', kind: 'mass-organisation' },
 *   motto: 'state',
 *   reference: '985-KH/HNDT',
 *   place: 'Thanh Hóa',
 *   date: '2020-09-03',
 *   title: 'Nghiên cứu, học tập, quán triệt và triển khai thực hiện Nghị quyết số 58-NQ/TW',
 * });
 * h.reference; // => '985-KH/HNDT'
 * ```
 * @category Model
 */
export const PlanHeaderSchema = z.strictObject({
  /** Who issues the plan. */
  issuer: IssuerSchema,
  /** The heading on the right: the Party's or the national motto; absent, it follows the issuer's kind. */
  motto: z.optional(MottoSchema),
  /** The number and symbol as printed, `985-KH/HNDT` (`-KH/TU` in a draft). */
  reference: TextSchema,
  /** The place of issue (*Thanh Hóa*). */
  place: TextSchema,
  /** The date of issue; absent in a draft. */
  date: z.optional(IsoDateSchema),
  /** The title after *KẾ HOẠCH*, without that word. */
  title: TextSchema,
});

/** The document header. @category Model */
export type PlanHeader = z.infer<typeof PlanHeaderSchema>;
