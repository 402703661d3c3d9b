import type { DeliverableKind } from '../model/deliverable.js';
import type { RecipientPurpose } from '../model/recipient.js';
import type { Method } from '../model/session.js';
import type { SignatureMode } from '../model/signature.js';
import type { TierLevel } from '../model/tier.js';

/**
 * The language of formatted text: Vietnamese (`vi`, the default) or English (`en`).
 *
 * @remarks English output translates the structure of a document (labels,
 * dates, durations); proper names (bodies, places, resolution titles) stay in
 * Vietnamese.
 * @category Rendering
 */
export type FormatLang = 'vi' | 'en';

/**
 * A label in Vietnamese and in English.
 *
 * @category Rendering
 */
export interface LocalizedLabel {
  /** The Vietnamese label (NFC, with diacritics). */
  readonly vi: string;
  /** The English label. */
  readonly en: string;
}

/**
 * The labels of the ways a session is held (*phương thức*).
 *
 * @remarks The Vietnamese labels are the words plans use after *học tập* or
 * *hội nghị*: *trực tuyến* (online), *tập trung* (in person), *qua sóng phát
 * thanh, truyền hình* (broadcast), *tự nghiên cứu* (self-study).
 * @example
 * ```ts
 * METHOD_LABELS.online.vi; // => 'trực tuyến'
 * METHOD_LABELS['in-person'].en; // => 'in person'
 * ```
 * @see {@link formatSessionTime}
 * @category Rendering
 */
export const METHOD_LABELS: Readonly<Record<Method, LocalizedLabel>> = Object.freeze({
  online: { vi: 'trực tuyến', en: 'online' },
  'in-person': { vi: 'tập trung', en: 'in person' },
  broadcast: { vi: 'qua sóng phát thanh, truyền hình', en: 'by radio and television' },
  'self-study': { vi: 'tự nghiên cứu', en: 'self-study' },
});

/**
 * The labels of why a recipient receives a document, as printed after the
 * recipient in *Nơi nhận*.
 *
 * @remarks `report` = *B/c* (báo cáo), `implement` = *T/h* (thực hiện),
 * `direct` = *C/đ* (chỉ đạo), `inform` = *Biết*, `archive` = *Lưu* (printed
 * before the names: *- Lưu: VP - TG.*).
 * @example
 * ```ts
 * RECIPIENT_PURPOSE_LABELS.report.vi; // => 'B/c'
 * RECIPIENT_PURPOSE_LABELS.direct.vi; // => 'C/đ'
 * ```
 * @category Rendering
 */
export const RECIPIENT_PURPOSE_LABELS: Readonly<Record<RecipientPurpose, LocalizedLabel>> =
  Object.freeze({
    report: { vi: 'B/c', en: 'for report' },
    implement: { vi: 'T/h', en: 'for implementation' },
    direct: { vi: 'C/đ', en: 'for direction' },
    inform: { vi: 'Biết', en: 'for information' },
    archive: { vi: 'Lưu', en: 'Archived' },
  });

/**
 * The labels of how a signer signs, printed before the authority in the
 * signature block (*T/M BAN THƯỜNG VỤ*).
 *
 * @remarks `on-behalf` = *T/M* (thay mặt), `acting-for` = *K.T.* (ký thay),
 * `by-order` = *T/L* (thừa lệnh), `direct` = nothing (the head signs in their
 * own name). These are the common forms; layout rule sets may print the forms
 * of their own rules (Party documents often write *K/T*, state documents *TM.*,
 * *KT.*, *TL.*), so a reader should accept all of them.
 * @example
 * ```ts
 * SIGNATURE_MODE_LABELS['on-behalf'].vi; // => 'T/M'
 * SIGNATURE_MODE_LABELS['acting-for'].en; // => 'For'
 * ```
 * @category Rendering
 */
export const SIGNATURE_MODE_LABELS: Readonly<Record<SignatureMode, LocalizedLabel>> = Object.freeze(
  {
    'on-behalf': { vi: 'T/M', en: 'On behalf of' },
    'acting-for': { vi: 'K.T.', en: 'For' },
    'by-order': { vi: 'T/L', en: 'By order of' },
    direct: { vi: '', en: '' },
  },
);

/**
 * The labels of the canonical tier levels.
 *
 * @example
 * ```ts
 * TIER_LEVEL_LABELS.district.vi; // => 'Cấp huyện và tương đương'
 * TIER_LEVEL_LABELS.commune.en; // => 'Grassroots level'
 * ```
 * @category Rendering
 */
export const TIER_LEVEL_LABELS: Readonly<Record<TierLevel, LocalizedLabel>> = Object.freeze({
  central: { vi: 'Trung ương', en: 'Central level' },
  province: { vi: 'Cấp tỉnh', en: 'Provincial level' },
  district: { vi: 'Cấp huyện và tương đương', en: 'District level and equivalent' },
  commune: { vi: 'Cấp cơ sở', en: 'Grassroots level' },
  branch: { vi: 'Chi bộ, chi hội', en: 'Branch level' },
});

/**
 * The labels of the kinds of follow-up (*sản phẩm sau học tập*).
 *
 * @example
 * ```ts
 * DELIVERABLE_KIND_LABELS.reflection.vi; // => 'Viết thu hoạch cá nhân'
 * ```
 * @category Rendering
 */
export const DELIVERABLE_KIND_LABELS: Readonly<Record<DeliverableKind, LocalizedLabel>> =
  Object.freeze({
    reflection: { vi: 'Viết thu hoạch cá nhân', en: 'Personal reflection' },
    'action-plan': { vi: 'Kế hoạch hành động', en: 'Action plan' },
    report: { vi: 'Báo cáo kết quả', en: 'Report of results' },
    inspection: { vi: 'Kiểm tra, đôn đốc', en: 'Inspection and follow-up' },
  });
