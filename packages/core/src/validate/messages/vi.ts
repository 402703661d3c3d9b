import type { IssueCode } from '../codes.js';
import type { IssueParams } from '../issue.js';

const v = (p: IssueParams, k: string): string => String(p[k] ?? '');

/**
 * Vietnamese messages, one for each issue code, made from the issue's params.
 *
 * @example
 * ```ts
 * messagesVi['signature/missing']({}); // => 'Kế hoạch thiếu phần chữ ký.'
 * ```
 * @category Validation
 */
export const messagesVi: { readonly [C in IssueCode]: (params: IssueParams) => string } = {
  'schema/invalid-type': (p) =>
    `Sai kiểu dữ liệu: cần ${v(p, 'expected')}, nhận được ${v(p, 'received')}.`,
  'schema/required': (p) => `Thiếu trường bắt buộc "${v(p, 'key')}".`,
  'schema/invalid-value': (p) => `Giá trị không hợp lệ; chỉ chấp nhận: ${v(p, 'allowed')}.`,
  'schema/invalid-format': (p) => `Sai định dạng: ${v(p, 'format')}.`,
  'schema/too-small': (p) => `Giá trị quá nhỏ hoặc quá ngắn (tối thiểu ${v(p, 'minimum')}).`,
  'schema/too-big': (p) => `Giá trị quá lớn hoặc quá dài (tối đa ${v(p, 'maximum')}).`,
  'schema/unknown-key': (p) => `Trường "${v(p, 'key')}" không có trong định dạng.`,
  'schema/unreadable': (p) => `Không đọc được dữ liệu đầu vào: ${v(p, 'reason')}.`,
  'schema/invalid': (p) => `Giá trị không hợp lệ: ${v(p, 'detail')}.`,
  'ref/duplicate-id': (p) => `Mã "${v(p, 'id')}" bị trùng (đã dùng tại ${v(p, 'firstPath')}).`,
  'ref/unknown-tier': (p) => `Không có cấp nào mang mã "${v(p, 'id')}".`,
  'ref/unknown-audience': (p) => `Không có thành phần nào mang mã "${v(p, 'id')}".`,
  'ref/unknown-material': (p) => `Không có tài liệu nào mang mã "${v(p, 'id')}".`,
  'ref/unknown-resolution': (p) => `Không có nghị quyết nào mang mã "${v(p, 'id')}".`,
  'ref/unknown-session': (p) => `Không có hội nghị nào mang mã "${v(p, 'id')}".`,
  'ref/unknown-deliverable': (p) => `Không có sản phẩm nào mang mã "${v(p, 'id')}".`,
  'ref/unknown-activity': (p) => `Không có hội nghị hay sản phẩm nào mang mã "${v(p, 'id')}".`,
  'ref/self-reference': (p) => `Quy tắc "sau" của "${v(p, 'id')}" lại tham chiếu chính nó.`,
  'date/nonexistent': (p) => `Ngày ${v(p, 'date')} không có trên lịch.`,
  'date/span-reversed': (p) =>
    `Khoảng thời gian kết thúc (${v(p, 'to')}) trước khi bắt đầu (${v(p, 'from')}).`,
  'date/before-resolution': (p) =>
    `Thời hạn ${v(p, 'deadline')} sớm hơn ngày ban hành nghị quyết ${v(p, 'resolution')} (${v(p, 'issuedOn')}).`,
  'date/plan-before-resolution': (p) =>
    `Kế hoạch ký ngày ${v(p, 'planDate')}, trước ngày ban hành nghị quyết ${v(p, 'resolution')} (${v(p, 'issuedOn')}).`,
  'date/deadline-on-day-off': (p) =>
    `Thời hạn ${v(p, 'date')} của "${v(p, 'activity')}" rơi vào ngày nghỉ (${v(p, 'holiday')}).`,
  'date/out-of-range': (p) =>
    `Ngày tính được của "${v(p, 'activity')}" nằm ngoài khoảng năm 0001–9999.`,
  'date/invalid-anchor': (p) =>
    `Quy tắc "sau" dùng mốc "${v(p, 'anchor')}" không hợp với hoạt động này (mốc hội nghị của đơn vị chỉ dùng cho sản phẩm sau hội nghị).`,
  'calendar/conflicting-day': (p) =>
    `Ngày ${v(p, 'date')} vừa là ngày nghỉ (daysOff[${v(p, 'daysOffIndex')}]) vừa là ngày làm việc.`,
  'cascade/before-parent': (p) =>
    `Hội nghị "${v(p, 'session')}" phải xong trước ${v(p, 'deadline')}, trước cả hội nghị cấp trên "${v(p, 'parent')}" (${v(p, 'parentDate')}).`,
  'cascade/action-plan-before-session': (p) =>
    `Kế hoạch hành động "${v(p, 'deliverable')}" hạn ${v(p, 'due')}, trước hội nghị "${v(p, 'session')}" (${v(p, 'sessionDate')}).`,
  'cascade/reflection-before-session': (p) =>
    `Bài thu hoạch "${v(p, 'deliverable')}" hạn ${v(p, 'due')}, trước hội nghị "${v(p, 'session')}" (${v(p, 'sessionDate')}).`,
  'cascade/cycle': (p) => `Các quy tắc thời hạn tạo thành vòng lặp: ${v(p, 'cycle')}.`,
  'cascade/infeasible': (p) =>
    `"${v(p, 'activity')}"${p.unitName ? ` của ${v(p, 'unitName')}` : ''} không thể đúng hạn: sớm nhất ${v(p, 'earliest')}, muộn nhất ${v(p, 'latest')}.`,
  'cascade/late': (p) =>
    `${p.unitName ? v(p, 'unitName') : v(p, 'tierName')} chậm ${v(p, 'daysLate')} ngày với "${v(p, 'activity')}" (hạn ${v(p, 'deadline')}).`,
  'cascade/became-infeasible': (p) =>
    `Do ngày thực tế, "${v(p, 'activity')}"${p.unitName ? ` của ${v(p, 'unitName')}` : ''} không còn kịp hạn: sớm nhất ${v(p, 'earliest')}, muộn nhất ${v(p, 'latest')}.`,
  'cascade/held-before-parent': (p) =>
    `${p.unitName ? `${v(p, 'unitName')}: ` : ''}hội nghị "${v(p, 'activity')}" tổ chức ngày ${v(p, 'date')}, trước khi hội nghị cấp trên "${v(p, 'parent')}" (${v(p, 'parentDate')}) kết thúc.`,
  'cascade/held-same-day-as-parent': (p) =>
    `${p.unitName ? `${v(p, 'unitName')}: ` : ''}hội nghị "${v(p, 'activity')}" tổ chức ngày ${v(p, 'date')}, cùng ngày với hội nghị cấp trên "${v(p, 'parent')}" kéo dài hơn một buổi.`,
  'cascade/held-outside-window': (p) =>
    `${p.unitName ? `${v(p, 'unitName')}: ` : ''}"${v(p, 'activity')}" thực hiện ngày ${v(p, 'date')}, trước thời gian kế hoạch cho phép (từ ${v(p, 'from')}).`,
  'cascade/unit-without-tier': (p) =>
    `Đơn vị "${v(p, 'unit')}" ở cấp ${v(p, 'level')} nhưng kế hoạch không có cấp này.`,
  'cascade/unknown-actual': (p) => `Ngày thực tế nêu mã không có: "${v(p, 'id')}".`,
  'unit/duplicate-id': (p) => `Mã đơn vị "${v(p, 'id')}" bị trùng.`,
  'unit/unknown-parent': (p) =>
    `Đơn vị "${v(p, 'id')}" có đơn vị cấp trên "${v(p, 'parent')}" không tồn tại.`,
  'unit/cycle': (p) => `Quan hệ cấp trên của đơn vị "${v(p, 'id')}" tạo thành vòng lặp.`,
  'unit/level-order': (p) =>
    `Đơn vị "${v(p, 'id')}" (cấp ${v(p, 'level')}) không thấp hơn đơn vị cấp trên "${v(p, 'parent')}" (cấp ${v(p, 'parentLevel')}).`,
  'session/zero-duration': (p) => `Hội nghị "${v(p, 'session')}" có thời lượng bằng 0.`,
  'session/discussion-exceeds-duration': (p) =>
    `Thời gian thảo luận (${v(p, 'discussion')} buổi) dài hơn cả hội nghị "${v(p, 'session')}" (${v(p, 'duration')} buổi).`,
  'session/no-audience': (p) => `Hội nghị "${v(p, 'session')}" chưa có thành phần tham dự.`,
  'session/no-bridge-points': (p) =>
    `Hội nghị trực tuyến "${v(p, 'session')}" chưa có thông tin điểm cầu.`,
  'exemption/not-online': (p) =>
    `Miễn tổ chức hội nghị "${v(p, 'session')}" dựa vào hội nghị "${v(p, 'target')}", nhưng hội nghị đó không tổ chức trực tuyến.`,
  'exemption/not-upper-tier': (p) =>
    `Miễn tổ chức hội nghị "${v(p, 'session')}" dựa vào hội nghị "${v(p, 'target')}", nhưng hội nghị đó không thuộc cấp trên.`,
  'tier/no-session': (p) => `Cấp "${v(p, 'tier')}" chưa có hội nghị nào.`,
  'tier/level-order': (p) =>
    `Cấp "${v(p, 'tier')}" (${v(p, 'level')}) đứng sau cấp "${v(p, 'previous')}" (${v(p, 'previousLevel')}) thấp hơn; các cấp phải xếp từ trên xuống.`,
  'reference/malformed': (p) =>
    `Số, ký hiệu "${v(p, 'reference')}" không đúng dạng (ví dụ 985-KH/HNDT hoặc 123/KH-UBND).`,
  'reference/unnumbered': (p) => `Số, ký hiệu "${v(p, 'reference')}" chưa có số (bản dự thảo).`,
  'recipient/unknown-purpose': (p) =>
    `Mục đích gửi "${v(p, 'purpose')}" không có; chỉ dùng B/c, T/h, C/đ, Biết, Lưu.`,
  'signature/missing': () => 'Kế hoạch thiếu phần chữ ký.',
  'text/not-nfc': () =>
    'Văn bản chưa ở dạng Unicode dựng sẵn (NFC); dấu tiếng Việt đang bị tách rời.',
  'progress/unknown-unit': (p) => `Sự kiện nêu đơn vị không có: "${v(p, 'unit')}".`,
  'progress/unknown-activity': (p) =>
    `Sự kiện nêu hội nghị hay sản phẩm không có: "${v(p, 'activity')}".`,
  'progress/duplicate-event': (p) => `Sự kiện bị ghi trùng; chỉ tính một lần (${v(p, 'detail')}).`,
  'progress/contradictory-event': (p) => `Các sự kiện mâu thuẫn nhau: ${v(p, 'detail')}.`,
  'progress/inconsistent-counts': (p) => `Số liệu của sự kiện không khớp: ${v(p, 'detail')}.`,
  'progress/wrong-tier': (p) =>
    `Đơn vị "${v(p, 'unit')}" không thuộc cấp tổ chức hội nghị "${v(p, 'session')}".`,
  'progress/invalid-exemption': (p) =>
    `Hội nghị "${v(p, 'session')}" không được miễn theo hội nghị "${v(p, 'exemption')}".`,
  'layout/motto-mismatch': (p) =>
    `Bộ quy tắc trình bày ${v(p, 'rules')} in dòng "${v(p, 'expected')}" ở góc phải trên, nhưng văn bản in "${v(p, 'motto')}"; hãy xem lại bộ quy tắc đã chọn hoặc dòng đó.`,
};
