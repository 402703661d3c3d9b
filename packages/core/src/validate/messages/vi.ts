import { formatShortDate } from '../../format/vi-date.js';
import type { IssueCode, IssueParamsByCode } from '../codes.js';

/** A date of the params as people write it: 15/9/2020 (the text itself when it is not a date). */
const d = (iso: string | undefined): string => (iso ? formatShortDate(iso) : '');
/** The unit an issue is about, as a prefix ("Đảng ủy xã A: "), or nothing. */
const at = (p: { readonly unitName?: string }): string => (p.unitName ? `${p.unitName}: ` : '');

/** The forms `schema/invalid-format` names, in Vietnamese. */
const FORMATS: Readonly<Record<string, string>> = {
  date: 'cần một ngày dạng YYYY-MM-DD, ví dụ 2020-09-15',
  month: 'cần một tháng dạng YYYY-MM, ví dụ 2020-12',
  quarter: 'cần một quý dạng YYYY-Qn, ví dụ 2021-Q1',
  year: 'cần một năm dạng YYYY',
  time: 'cần một giờ dạng HH:MM, ví dụ 07:30',
  id: 'mã không có khoảng trắng ở đầu hay ở cuối',
  'id-characters': 'mã không chứa ký tự điều khiển, ký tự định dạng hay xuống dòng',
};

/** The rules `schema/invalid` names by key. */
const RULES: Readonly<Record<string, string>> = {
  'session-held':
    'sự kiện tổ chức hội nghị cần số người dự (attendees) hoặc số theo thành phần (byAudience)',
};

/** The purposes a recipient may have, as the file writes them. */
const PURPOSES = 'report (B/c), implement (T/h), direct (C/đ), inform (Biết), archive (Lưu)';

/**
 * Vietnamese messages, one for each issue code, made from the issue's params
 * (typed per code): names as the plan gives them, dates as 15/9/2020.
 *
 * @example
 * ```ts
 * messagesVi['signature/missing']({}); // => 'Kế hoạch thiếu phần chữ ký.'
 * messagesVi['date/nonexistent']({ date: '2020-11-31' }); // => 'Ngày 2020-11-31 không có trên lịch.'
 * ```
 * @category Validation
 */
export const messagesVi: { readonly [C in IssueCode]: (params: IssueParamsByCode[C]) => string } = {
  'schema/invalid-type': (p) => `Sai kiểu dữ liệu: cần ${p.expected}, nhận được ${p.received}.`,
  'schema/required': (p) => `Thiếu trường bắt buộc "${p.key}".`,
  'schema/invalid-value': (p) => `Giá trị không hợp lệ; chỉ chấp nhận: ${p.allowed}.`,
  'schema/invalid-format': (p) => `Sai định dạng: ${FORMATS[p.format] ?? p.format}.`,
  'schema/too-small': (p) => `Giá trị quá nhỏ hoặc quá ngắn (tối thiểu ${p.minimum}).`,
  'schema/too-big': (p) => `Giá trị quá lớn hoặc quá dài (tối đa ${p.maximum}).`,
  'schema/unknown-key': (p) => `Trường "${p.key}" không có trong định dạng.`,
  'schema/unreadable': (p) => `Không đọc được dữ liệu đầu vào (${p.reason}).`,
  'schema/invalid': (p) => `Giá trị không hợp lệ (${RULES[p.detail] ?? p.detail}).`,
  'ref/duplicate-id': (p) => `Mã "${p.id}" bị trùng (đã dùng tại ${p.firstPath}).`,
  'ref/unknown-tier': (p) => `Không có cấp nào mang mã "${p.id}".`,
  'ref/unknown-audience': (p) => `Không có thành phần nào mang mã "${p.id}".`,
  'ref/unknown-material': (p) => `Không có tài liệu nào mang mã "${p.id}".`,
  'ref/unknown-resolution': (p) => `Không có nghị quyết nào mang mã "${p.id}".`,
  'ref/unknown-session': (p) => `Không có hội nghị nào mang mã "${p.id}".`,
  'ref/unknown-deliverable': (p) => `Không có sản phẩm nào mang mã "${p.id}".`,
  'ref/unknown-activity': (p) => `Không có hội nghị hay sản phẩm nào mang mã "${p.id}".`,
  'ref/self-reference': (p) => `Quy tắc "sau" của "${p.id}" lại tính từ chính nó.`,
  'date/nonexistent': (p) => `Ngày ${p.date} không có trên lịch.`,
  'date/span-reversed': (p) =>
    `Khoảng thời gian kết thúc (${d(p.to)}) trước khi bắt đầu (${d(p.from)}).`,
  'date/before-resolution': (p) =>
    `Thời hạn ${d(p.deadline)} sớm hơn ngày ban hành Nghị quyết ${p.resolution} (${d(p.issuedOn)}).`,
  'date/plan-before-resolution': (p) =>
    `Kế hoạch ký ngày ${d(p.planDate)}, trước ngày ban hành Nghị quyết ${p.resolution} (${d(p.issuedOn)}).`,
  'date/deadline-on-day-off': (p) =>
    `Thời hạn ${d(p.date)} của "${p.activityName}" rơi vào ngày nghỉ (${p.holiday}).`,
  'date/out-of-range': (p) => `Ngày tính được của "${p.activityName}" nằm ngoài các năm 0001–9999.`,
  'date/invalid-anchor': (p) =>
    `Quy tắc "sau" dùng mốc "${p.anchor}" không hợp với hoạt động này (mốc "hội nghị của đơn vị" chỉ dùng cho sản phẩm sau hội nghị).`,
  'calendar/conflicting-day': (p) =>
    `Ngày ${d(p.date)} vừa là ngày nghỉ (daysOff[${p.daysOffIndex}]) vừa là ngày làm việc.`,
  'cascade/before-parent': (p) =>
    `"${p.sessionName}" phải xong trước ngày ${d(p.deadline)}, trước cả "${p.parentName}" của cấp trên (${d(p.parentDate)}).`,
  'cascade/action-plan-before-session': (p) =>
    `"${p.deliverableName}" hạn ${d(p.due)}, trước "${p.sessionName}" (${d(p.sessionDate)}).`,
  'cascade/reflection-before-session': (p) =>
    `"${p.deliverableName}" hạn ${d(p.due)}, trước "${p.sessionName}" (${d(p.sessionDate)}).`,
  'cascade/cycle': (p) => `Các quy tắc thời hạn tạo thành vòng lặp: ${p.cycle}.`,
  'cascade/infeasible': (p) =>
    `${at(p)}"${p.activityName}" không thể đúng hạn: sớm nhất ${d(p.earliest)}, muộn nhất ${d(p.latest)}.`,
  'cascade/late': (p) =>
    `${p.unitName ?? p.tierName} chậm ${p.daysLate} ngày với "${p.activityName}" (hạn ${d(p.deadline)}).`,
  'cascade/became-infeasible': (p) =>
    `${at(p)}do ngày thực tế, "${p.activityName}" không còn kịp hạn: sớm nhất ${d(p.earliest)}, muộn nhất ${d(p.latest)}.`,
  'cascade/held-before-parent': (p) =>
    `${at(p)}"${p.activityName}" tổ chức ngày ${d(p.date)}, trước khi "${p.parentName}" của cấp trên (${d(p.parentDate)}) kết thúc.`,
  'cascade/held-same-day-as-parent': (p) =>
    `${at(p)}"${p.activityName}" tổ chức ngày ${d(p.date)}, cùng ngày với "${p.parentName}" của cấp trên, vốn kéo dài hơn một buổi.`,
  'cascade/held-outside-window': (p) =>
    `${at(p)}"${p.activityName}" thực hiện ngày ${d(p.date)}, trước thời gian kế hoạch cho phép (từ ${d(p.from)}).`,
  'cascade/unit-without-tier': (p) =>
    `Đơn vị "${p.unitName ?? p.unit}" ở cấp ${p.level} nhưng kế hoạch không có cấp này.`,
  'cascade/unknown-actual': (p) => `Ngày thực tế nêu mã không có: "${p.id}".`,
  'unit/duplicate-id': (p) => `Mã đơn vị "${p.id}" bị trùng.`,
  'unit/unknown-parent': (p) => `Đơn vị "${p.id}" có đơn vị cấp trên "${p.parent}" không tồn tại.`,
  'unit/cycle': (p) => `Quan hệ cấp trên của đơn vị "${p.id}" tạo thành vòng lặp.`,
  'unit/level-order': (p) =>
    `Đơn vị "${p.id}" (cấp ${p.level}) không thấp hơn đơn vị cấp trên "${p.parent}" (cấp ${p.parentLevel}).`,
  'session/zero-duration': (p) => `"${p.sessionName}" có thời lượng bằng 0.`,
  'session/discussion-exceeds-duration': (p) =>
    `Thời gian thảo luận (${p.discussion} buổi) dài hơn cả "${p.sessionName}" (${p.duration} buổi).`,
  'session/no-audience': (p) => `"${p.sessionName}" chưa có thành phần tham dự.`,
  'session/no-bridge-points': (p) =>
    `"${p.sessionName}" tổ chức trực tuyến chưa có thông tin điểm cầu.`,
  'exemption/not-online': (p) =>
    `Miễn tổ chức "${p.sessionName}" dựa vào "${p.targetName}", nhưng hội nghị đó không tổ chức trực tuyến.`,
  'exemption/not-upper-tier': (p) =>
    `Miễn tổ chức "${p.sessionName}" dựa vào "${p.targetName}", nhưng hội nghị đó không thuộc cấp trên.`,
  'tier/no-session': (p) => `Cấp "${p.tierName}" chưa có hội nghị nào.`,
  'tier/level-order': (p) =>
    `Cấp "${p.tierName}" (${p.level}) đứng sau cấp "${p.previousName}" (${p.previousLevel}) thấp hơn; các cấp phải xếp từ trên xuống.`,
  'reference/malformed': (p) =>
    `Số, ký hiệu "${p.reference}" không đúng dạng (ví dụ 985-KH/HNDT hoặc 123/KH-UBND).`,
  'reference/unnumbered': (p) => `Số, ký hiệu "${p.reference}" chưa có số (bản dự thảo).`,
  'recipient/unknown-purpose': (p) =>
    `Mục đích gửi "${p.purpose}" không có; dùng một trong: ${PURPOSES}.`,
  'signature/missing': () => 'Kế hoạch thiếu phần chữ ký.',
  'text/not-nfc': () =>
    'Văn bản chưa ở dạng Unicode dựng sẵn (NFC); dấu tiếng Việt đang bị tách rời.',
  'progress/unknown-unit': (p) => `Sự kiện nêu đơn vị không có: "${p.unit}".`,
  'progress/unknown-activity': (p) =>
    `Sự kiện nêu hội nghị hay sản phẩm không có: "${p.activity}".`,
  'progress/duplicate-event': (p) =>
    `Sự kiện bị ghi trùng; chỉ tính một lần (${RULES[p.detail] ?? p.detail}).`,
  'progress/contradictory-event': (p) => `Các sự kiện mâu thuẫn nhau: ${p.detail}.`,
  'progress/inconsistent-counts': (p) => `Số liệu của sự kiện không khớp: ${p.detail}.`,
  'progress/wrong-tier': (p) =>
    `Đơn vị "${p.unit}" không thuộc cấp tổ chức hội nghị "${p.session}".`,
  'progress/invalid-exemption': (p) =>
    `Hội nghị "${p.session}" không được miễn theo hội nghị "${p.exemption}".`,
  'layout/motto-mismatch': (p) =>
    `Bộ quy tắc trình bày ${p.rules} in dòng "${p.expected}" ở góc phải trên, nhưng văn bản in "${p.motto}"; hãy xem lại bộ quy tắc đã chọn hoặc dòng đó.`,
};
