/** The planner's two languages: Vietnamese first, English on request. */
export type Lang = 'vi' | 'en';

const vi = {
  title: 'Rollout — Lập kế hoạch học tập, quán triệt nghị quyết',
  subtitle:
    'Mở một kế hoạch, xem các lỗi, chuỗi thời hạn theo từng cấp, sửa thời hạn và tải văn bản.',
  switchLang: 'English',
  open: 'Mở tệp kế hoạch (JSON)',
  example: 'Hoặc chọn kế hoạch mẫu',
  choose: '— chọn —',
  noPlan: 'Chưa có kế hoạch nào. Hãy mở một tệp JSON hoặc chọn một kế hoạch mẫu.',
  issues: 'Kết quả kiểm tra',
  noIssues: 'Không có lỗi hay cảnh báo nào.',
  errors: 'lỗi',
  warnings: 'cảnh báo',
  infos: 'ghi chú',
  timeline: 'Chuỗi thời hạn theo cấp',
  timelineNote:
    'Thanh: khoảng thời gian cho phép (sớm nhất → muộn nhất); vạch dọc: thời hạn; chấm tròn: đã tổ chức; màu đỏ: không thể đáp ứng.',
  sessions: 'Hội nghị học tập, quán triệt',
  tier: 'Cấp',
  activity: 'Hoạt động',
  deadline: 'Thời hạn',
  rule: 'Quy tắc',
  earliest: 'Sớm nhất',
  latest: 'Muộn nhất',
  slack: 'Dư (ngày)',
  feasible: 'Khả thi',
  infeasible: 'Không khả thi',
  downloads: 'Tải văn bản',
  docx: 'Tải DOCX',
  markdown: 'Tải Markdown',
  html: 'Tải HTML',
  ics: 'Tải lịch ICS',
  json: 'Tải JSON',
  notAvailable: 'chưa có trong phiên bản này',
  schemaInvalid: 'Tệp không đúng cấu trúc kế hoạch; không thể vẽ chuỗi thời hạn.',
  notJson: 'Tệp không phải JSON hợp lệ',
  reset: 'Khôi phục',
  source: 'Nguồn',
  engine: 'Tính bằng',
  by: 'hoàn thành trước',
  held: 'đã tổ chức',
  within: 'trong',
  span: 'từ … đến',
  after: 'sau',
  severity: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Ghi chú' },
};

type Strings = typeof vi;

const en: Strings = {
  title: 'Rollout — resolution study and rollout planner',
  subtitle:
    'Open a plan, see its issues and its deadline cascade per tier, edit deadlines and download the documents.',
  switchLang: 'Tiếng Việt',
  open: 'Open a plan file (JSON)',
  example: 'Or pick an example plan',
  choose: '— choose —',
  noPlan: 'No plan yet. Open a JSON file or pick an example plan.',
  issues: 'Validation',
  noIssues: 'No errors or warnings.',
  errors: 'errors',
  warnings: 'warnings',
  infos: 'notes',
  timeline: 'Deadline cascade per tier',
  timelineNote:
    'Bar: allowed window (earliest → latest); vertical tick: deadline; dot: already held; red: infeasible.',
  sessions: 'Study sessions',
  tier: 'Tier',
  activity: 'Activity',
  deadline: 'Deadline',
  rule: 'Rule',
  earliest: 'Earliest',
  latest: 'Latest',
  slack: 'Slack (days)',
  feasible: 'Feasible',
  infeasible: 'Infeasible',
  downloads: 'Downloads',
  docx: 'Download DOCX',
  markdown: 'Download Markdown',
  html: 'Download HTML',
  ics: 'Download ICS calendar',
  json: 'Download JSON',
  notAvailable: 'not available in this version',
  schemaInvalid: 'The file does not have the shape of a plan; no cascade can be drawn.',
  notJson: 'The file is not valid JSON',
  reset: 'Reset',
  source: 'Source',
  engine: 'Computed with',
  by: 'done by',
  held: 'held on',
  within: 'within',
  span: 'from … to',
  after: 'after',
  severity: { error: 'Error', warning: 'Warning', info: 'Note' },
};

/** The UI strings of a language. */
export function strings(lang: Lang): Strings {
  return lang === 'vi' ? vi : en;
}

/** A date as people read it in the UI: 15/09/2020 (no time zone involved). */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
