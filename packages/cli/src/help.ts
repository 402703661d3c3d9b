import type { Lang } from './lang.js';
import { t } from './lang.js';

/** A text in Vietnamese and in English. */
interface Text {
  readonly vi: string;
  readonly en: string;
}

/** One option row of a command's help. */
export interface OptionHelp {
  /** The option as typed, e.g. `--format text|json` or `-o, --out <file>`. */
  readonly flags: string;
  /** What it does. */
  readonly text: Text;
}

/** What `rollout <command> --help` prints. */
export interface CommandHelp {
  /** One line: what the command does (also shown by `rollout --help`). */
  readonly summary: Text;
  /** The usage lines, without the leading `rollout `. */
  readonly usage: readonly string[];
  /** Its options (the common `--lang` and `--help` are added). */
  readonly options: readonly OptionHelp[];
  /** Command lines to copy, each with what it does. */
  readonly examples: readonly { readonly command: string; readonly text: Text }[];
  /** Its exit codes. */
  readonly exitCodes: readonly { readonly code: 0 | 1 | 2; readonly text: Text }[];
}

const FORMAT: OptionHelp = {
  flags: '--format text|json',
  text: {
    vi: 'text (mặc định) cho người đọc; json in đúng một tài liệu JSON ra stdout',
    en: 'text (default) for people; json prints exactly one JSON document on stdout',
  },
};
const UNITS: OptionHelp = {
  flags: '--units <units.json>',
  text: {
    vi: 'cây đơn vị thật ({ "units": [...] }): tính theo từng đơn vị',
    en: 'a real unit tree ({ "units": [...] }): work per unit',
  },
};
/** `--units` of schedule and progress, which also read Vietnam's real units. */
const UNITS_OR_VN: OptionHelp = {
  flags: '--units <units.json>|vn:<code>[,…][+direct]',
  text: {
    vi: 'cây đơn vị ({ "units": [...] }), hoặc đơn vị thật của Việt Nam: vn:38, "vn:Thanh Hóa", vn:all; +direct thêm các đảng ủy trực thuộc tỉnh',
    en: 'a unit tree ({ "units": [...] }), or Vietnam\'s real units: vn:38, "vn:Thanh Hóa", vn:all; +direct adds the committees directly under each province',
  },
};
const TODAY: OptionHelp = {
  flags: '--today YYYY-MM-DD',
  text: {
    vi: 'ngày để đo hạn và chậm (không bao giờ lấy đồng hồ của máy)',
    en: 'the day to measure due and late against (never the machine clock)',
  },
};
const CALENDAR: OptionHelp = {
  flags: '--calendar <calendar.json>',
  text: {
    vi: 'ngày nghỉ và ngày làm bù của bạn (tệp rollout/calendar), thêm vào lịch có sẵn',
    en: 'your own days off and make-up working days (a rollout/calendar file), on top of the built-in ones',
  },
};
const DAY_OFF_DEADLINE: OptionHelp = {
  flags: '--day-off-deadline keep|next-working-day',
  text: {
    vi: 'hạn rơi vào ngày nghỉ: giữ nguyên (mặc định) hay dời sang ngày làm việc kế tiếp',
    en: 'a deadline on a day off: keep it (default) or move it to the next working day',
  },
};
const UNUSABLE: Text = {
  vi: 'không dùng được đầu vào: không có tệp, không phải UTF-8 hay JSON, tệp quá lớn, sai lệnh hay tùy chọn (với --format json: { "error", "issues" })',
  en: 'the input cannot be used: no such file, not UTF-8 or JSON, too large, a wrong command or option (with --format json: { "error", "issues" })',
};

/**
 * The help of each command, in Vietnamese and English. A command added to
 * `main.ts` gets an entry here too (a test checks that each has one).
 */
export const COMMAND_HELP: Record<string, CommandHelp> = {
  validate: {
    summary: { vi: 'kiểm tra một kế hoạch', en: 'check a plan' },
    usage: ['validate <plan.json> [--calendar <calendar.json>] [--format text|json]'],
    options: [
      {
        flags: CALENDAR.flags,
        text: {
          vi: `${CALENDAR.text.vi}: hạn rơi vào ngày nghỉ được báo theo lịch này`,
          en: `${CALENDAR.text.en}: deadlines on days off are reported on it`,
        },
      },
      FORMAT,
    ],
    examples: [
      {
        command: 'rollout validate plan.json',
        text: {
          vi: 'các lỗi và cảnh báo, bằng tiếng Việt',
          en: 'errors and warnings, in Vietnamese',
        },
      },
      {
        command: 'rollout validate plan.json --format json --lang en',
        text: {
          vi: '{ "valid", "issues": [{ "code", "severity", "path", "message" }] }',
          en: '{ "valid", "issues": [{ "code", "severity", "path", "message" }] }',
        },
      },
    ],
    exitCodes: [
      { code: 0, text: { vi: 'kế hoạch hợp lệ', en: 'the plan is valid' } },
      { code: 1, text: { vi: 'kế hoạch có lỗi', en: 'the plan has errors' } },
      { code: 2, text: UNUSABLE },
    ],
  },
  schedule: {
    summary: {
      vi: 'tính chuỗi thời hạn theo cấp hay theo cây đơn vị',
      en: 'compute the deadline cascade per tier or over a unit tree',
    },
    usage: [
      'schedule <plan.json> [--units <units.json>] [--actuals <held.json>] [--today YYYY-MM-DD]',
      '         [--exempt <id,id…>] [--calendar <calendar.json>]',
      '         [--day-off-deadline keep|next-working-day] [--format text|json]',
    ],
    options: [
      UNITS_OR_VN,
      {
        flags: '--actuals <held.json>',
        text: {
          vi: 'các hội nghị đã tổ chức: [{ "activity", "unit"?, "date" }]',
          en: 'sessions already held: [{ "activity", "unit"?, "date" }]',
        },
      },
      TODAY,
      {
        flags: '--exempt <id,id…>',
        text: {
          vi: 'đơn vị (hay cấp) đã dự hội nghị trực tuyến của cấp trên, được miễn',
          en: 'units (or tiers) that attended the upper online session, exempted',
        },
      },
      CALENDAR,
      DAY_OFF_DEADLINE,
      FORMAT,
    ],
    examples: [
      {
        command: 'rollout schedule plan.json',
        text: { vi: 'một bảng cho mỗi cấp', en: 'a table per tier' },
      },
      {
        command: 'rollout schedule plan.json --units units.json --format json',
        text: {
          vi: '{ "nodes": [{ "activity", "tier", "unit"?, "earliest", "latest", "deadline", "slack", "feasible" }], "issues" }',
          en: '{ "nodes": [{ "activity", "tier", "unit"?, "earliest", "latest", "deadline", "slack", "feasible" }], "issues" }',
        },
      },
    ],
    exitCodes: [
      {
        code: 0,
        text: { vi: 'mọi mốc đều khả thi, không có lỗi', en: 'every node is feasible, no errors' },
      },
      {
        code: 1,
        text: {
          vi: 'có mốc không khả thi hay có lỗi',
          en: 'some node is infeasible or there are errors',
        },
      },
      { code: 2, text: UNUSABLE },
    ],
  },
  render: {
    summary: {
      vi: 'xuất kế hoạch ra Markdown, HTML, văn bản, DOCX, iCalendar hay JSON',
      en: 'write a plan as Markdown, HTML, text, DOCX, iCalendar or JSON',
    },
    usage: [
      'render <plan.json> --to md|html|txt|docx|ics|json [-o <file>] [--rules <name>]',
      '       [--tier <id> | --unit <id> --units <units.json>] [--calendar <calendar.json>]',
      '       [--day-off-deadline keep|next-working-day]',
    ],
    options: [
      {
        flags: '--to md|html|txt|docx|ics|json',
        text: { vi: 'định dạng cần xuất (bắt buộc)', en: 'the format to write (required)' },
      },
      {
        flags: '-o, --out <file>',
        text: {
          vi: 'tệp cần ghi (bắt buộc với docx); không có thì in ra stdout',
          en: 'the file to write (required for docx); else standard output',
        },
      },
      {
        flags: '--rules <name>',
        text: {
          vi: 'bộ quy tắc thể thức: party-2018, party-2026, state-2020, mass-organisation',
          en: 'the layout rule set: party-2018, party-2026, state-2020, mass-organisation',
        },
      },
      {
        flags: '--tier <id>',
        text: { vi: 'chỉ lịch của một cấp (--to ics)', en: "only one tier's calendar (--to ics)" },
      },
      {
        flags: '--unit <id>',
        text: {
          vi: 'chỉ lịch của một đơn vị, cần --units (--to ics)',
          en: "only one unit's calendar, needs --units (--to ics)",
        },
      },
      UNITS,
      {
        flags: CALENDAR.flags,
        text: { vi: `${CALENDAR.text.vi} (--to ics)`, en: `${CALENDAR.text.en} (--to ics)` },
      },
      {
        flags: DAY_OFF_DEADLINE.flags,
        text: {
          vi: `${DAY_OFF_DEADLINE.text.vi} (--to ics)`,
          en: `${DAY_OFF_DEADLINE.text.en} (--to ics)`,
        },
      },
    ],
    examples: [
      {
        command: 'rollout render plan.json --to docx -o plan.docx',
        text: { vi: 'văn bản Word đúng thể thức', en: 'a Word document in the official layout' },
      },
      {
        command: 'rollout render plan.json --to ics --tier district -o district.ics',
        text: { vi: 'lịch của cấp huyện', en: "the district tier's calendar" },
      },
      {
        command: 'rollout render plan.json --to md --lang en',
        text: {
          vi: 'Markdown, phần khung bằng tiếng Anh',
          en: 'Markdown, the structure in English',
        },
      },
    ],
    exitCodes: [
      { code: 0, text: { vi: 'đã ghi', en: 'written' } },
      {
        code: 1,
        text: {
          vi: 'kế hoạch không hợp lệ, không ghi gì',
          en: 'the plan is invalid; nothing written',
        },
      },
      { code: 2, text: UNUSABLE },
    ],
  },
  import: {
    summary: {
      vi: 'đọc văn bản kế hoạch (.txt, .docx) thành bản nháp kế hoạch',
      en: "read a plan's text (.txt, .docx) into a draft plan",
    },
    usage: ['import <plan.txt|plan.docx> [--format text|json] [--plan <n> [-o <plan.json>]]'],
    options: [
      FORMAT,
      {
        flags: '--plan <n>',
        text: {
          vi: 'chỉ kế hoạch thứ n, dưới dạng tệp kế hoạch',
          en: 'plan n alone, as a plan file',
        },
      },
      {
        flags: '-o, --out <plan.json>',
        text: {
          vi: 'ghi kế hoạch đó vào tệp (với --plan)',
          en: 'write that plan to a file (with --plan)',
        },
      },
    ],
    examples: [
      {
        command: 'rollout import plan.docx',
        text: { vi: 'tóm tắt những gì đọc được', en: 'a summary of what was read' },
      },
      {
        command: 'rollout import article.txt --format json',
        text: {
          vi: '{ "plans", "issues", "unread": [{ "start", "end", "text" }], "sources" }',
          en: '{ "plans", "issues", "unread": [{ "start", "end", "text" }], "sources" }',
        },
      },
    ],
    exitCodes: [
      { code: 0, text: { vi: 'đọc được ít nhất một kế hoạch', en: 'at least one plan was read' } },
      { code: 1, text: { vi: 'không đọc được kế hoạch nào', en: 'no plan could be read' } },
      { code: 2, text: UNUSABLE },
    ],
  },
  progress: {
    summary: {
      vi: 'tổng hợp tiến độ từ các sự kiện (NDJSON)',
      en: 'roll up progress from events (NDJSON)',
    },
    usage: [
      'progress <plan.json> --events <events.ndjson> [--units <units.json>] [--today YYYY-MM-DD]',
      '         [--calendar <calendar.json>] [--day-off-deadline keep|next-working-day]',
      '         [--format text|json | --to md|html|txt|docx [-o <file>] [--rules <name>] [--reference <number>]]',
    ],
    options: [
      {
        flags: '--events <events.ndjson>',
        text: {
          vi: 'các sự kiện, mỗi dòng một sự kiện JSON (bắt buộc)',
          en: 'the events, one JSON event per line (required)',
        },
      },
      UNITS_OR_VN,
      TODAY,
      CALENDAR,
      DAY_OFF_DEADLINE,
      FORMAT,
      {
        flags: '--to md|html|txt|docx',
        text: {
          vi: 'viết báo cáo tiến độ theo thể thức thay cho bảng (docx cần -o)',
          en: 'write the progress report in the official layout instead of the table (docx needs -o)',
        },
      },
      {
        flags: '-o, --out <file>',
        text: {
          vi: 'tệp cần ghi báo cáo (với --to)',
          en: 'the file to write the report to (with --to)',
        },
      },
      {
        flags: '--rules <name>',
        text: {
          vi: 'bộ quy tắc thể thức của báo cáo (với --to)',
          en: "the report's layout rule set (with --to)",
        },
      },
      {
        flags: '--reference <number>',
        text: {
          vi: 'số, ký hiệu của báo cáo (với --to)',
          en: "the report's number and symbol (with --to)",
        },
      },
    ],
    examples: [
      {
        command: 'rollout progress plan.json --events events.ndjson --today 2020-10-20',
        text: { vi: 'bảng tiến độ theo cấp', en: 'a progress table per tier' },
      },
      {
        command:
          'rollout progress plan.json --events events.ndjson --units units.json --format json',
        text: { vi: 'bản tổng hợp theo đơn vị, dạng JSON', en: 'the roll-up per unit, as JSON' },
      },
      {
        command:
          'rollout progress plan.json --events events.ndjson --today 2020-10-20 --to docx -o bao-cao.docx',
        text: {
          vi: 'báo cáo kết quả theo thể thức, tệp Word',
          en: 'the progress report in the official layout, as a Word file',
        },
      },
    ],
    exitCodes: [
      { code: 0, text: { vi: 'không có lỗi', en: 'no errors' } },
      {
        code: 1,
        text: {
          vi: 'có sự kiện lỗi (dòng hỏng, đơn vị lạ…)',
          en: 'some event is in error (a bad line, an unknown unit…)',
        },
      },
      { code: 2, text: UNUSABLE },
    ],
  },
};

Object.assign(COMMAND_HELP, {
  derive: {
    summary: {
      vi: 'soạn dự thảo kế hoạch của một đơn vị cấp dưới từ kế hoạch cấp trên',
      en: "draft a lower body's plan from the upper plan",
    },
    usage: [
      'derive <upper.json> (--unit <id> --units <units.json> | --tier <id>) [-o <file>]',
      '       [--issued-on YYYY-MM-DD] [--session <id>]… [--format text|json]',
    ],
    options: [
      {
        flags: '--unit <id>',
        text: {
          vi: 'đơn vị cần soạn kế hoạch (cần --units)',
          en: 'the unit to draft for (needs --units)',
        },
      },
      UNITS,
      {
        flags: '--tier <id>',
        text: { vi: 'hoặc: cấp cần soạn kế hoạch', en: 'or: the tier to draft for' },
      },
      {
        flags: '-o, --out <file>',
        text: {
          vi: 'tệp kế hoạch cần ghi; không có thì in ra stdout',
          en: 'the plan file to write; else standard output',
        },
      },
      {
        flags: '--issued-on YYYY-MM-DD',
        text: { vi: 'ngày ban hành của dự thảo', en: "the draft's date of issue" },
      },
      {
        flags: '--session <id>',
        text: { vi: 'chỉ các hội nghị này (lặp lại được)', en: 'only these sessions (repeatable)' },
      },
      FORMAT,
    ],
    examples: [
      {
        command: 'rollout derive upper.json --tier district -o district.json',
        text: { vi: 'dự thảo kế hoạch cấp huyện', en: "the district tier's draft plan" },
      },
    ],
    exitCodes: [
      { code: 0, text: { vi: 'đã soạn dự thảo', en: 'a draft was made' } },
      { code: 1, text: { vi: 'kế hoạch cấp trên không hợp lệ', en: 'the upper plan is invalid' } },
      { code: 2, text: UNUSABLE },
    ],
  },
  check: {
    summary: {
      vi: 'đối chiếu kế hoạch cấp dưới với kế hoạch cấp trên',
      en: "check a lower tier's plan against the upper plan",
    },
    usage: [
      'check <lower.json|.txt|.docx> --against <upper.json> [--tier <id>] [--plan <n>] [--format text|json]',
    ],
    options: [
      {
        flags: '--against <upper.json>',
        text: { vi: 'kế hoạch cấp trên (bắt buộc)', en: 'the upper plan (required)' },
      },
      {
        flags: '--tier <id>',
        text: { vi: 'cấp của kế hoạch cấp dưới', en: "the lower plan's tier" },
      },
      {
        flags: '--plan <n>',
        text: {
          vi: 'kế hoạch thứ n của một văn bản có nhiều kế hoạch (mặc định 1)',
          en: 'the n-th plan of a text holding several (default 1)',
        },
      },
      FORMAT,
    ],
    examples: [
      {
        command: 'rollout check huyen.docx --against tinh.json',
        text: {
          vi: 'kế hoạch cấp huyện có khớp kế hoạch cấp tỉnh không',
          en: "whether the district's plan fits the province's",
        },
      },
    ],
    exitCodes: [
      { code: 0, text: { vi: 'khớp', en: 'it fits' } },
      { code: 1, text: { vi: 'không khớp', en: 'it does not fit' } },
      { code: 2, text: UNUSABLE },
    ],
  },
  diff: {
    summary: {
      vi: 'liệt kê thay đổi giữa hai bản của một kế hoạch',
      en: 'list the changes between two versions of a plan',
    },
    usage: ['diff <a.json> <b.json> [--format text|json|md|html]'],
    options: [
      {
        flags: '--format text|json|md|html',
        text: {
          vi: 'mỗi thay đổi một dòng, JSON, hay bảng Markdown/HTML hai cột',
          en: 'one line per change, JSON, or a side-by-side Markdown/HTML table',
        },
      },
    ],
    examples: [
      {
        command: 'rollout diff v1.json v2.json --format md',
        text: { vi: 'bảng các thay đổi', en: 'a table of the changes' },
      },
    ],
    exitCodes: [
      {
        code: 0,
        text: {
          vi: 'đã so sánh (có hay không có thay đổi)',
          en: 'compared (whether or not they differ)',
        },
      },
      { code: 2, text: UNUSABLE },
    ],
  },
} satisfies Record<string, CommandHelp>);

const COMMON_OPTIONS: readonly OptionHelp[] = [
  {
    flags: '--lang vi|en',
    text: {
      vi: 'ngôn ngữ của thông báo (mặc định vi)',
      en: 'the language of messages (default vi)',
    },
  },
  { flags: '-h, --help', text: { vi: 'in trợ giúp này', en: 'print this help' } },
];

/** Lays out `[left, right]` rows in two columns, two spaces in. */
function columns(rows: readonly (readonly [string, string])[]): string {
  const width = Math.max(...rows.map(([left]) => [...left].length));
  return rows
    .map(([left, right]) => `  ${left}${' '.repeat(width - [...left].length)}  ${right}`.trimEnd())
    .join('\n');
}

/**
 * The help of one command: usage, options, examples and exit codes, in the
 * language asked; `undefined` for a command without help.
 */
export function commandHelp(command: string, lang: Lang): string | undefined {
  const help = Object.hasOwn(COMMAND_HELP, command) ? COMMAND_HELP[command] : undefined;
  if (!help) return undefined;
  const text = (x: Text) => x[lang];
  return `${[
    `rollout ${command} — ${text(help.summary)}`,
    '',
    t(lang, 'Cách dùng:', 'Usage:'),
    ...help.usage.map((u, i) => `  ${i === 0 ? 'rollout ' : '        '}${u}`),
    '',
    t(lang, 'Tùy chọn:', 'Options:'),
    columns([...help.options, ...COMMON_OPTIONS].map((o) => [o.flags, text(o.text)])),
    '',
    t(lang, 'Ví dụ:', 'Examples:'),
    ...help.examples.flatMap((e) => [`  ${e.command}`, `      ${text(e.text)}`]),
    '',
    t(lang, 'Mã thoát:', 'Exit codes:'),
    columns(help.exitCodes.map((c) => [String(c.code), text(c.text)])),
  ].join('\n')}\n`;
}

/**
 * `rollout --help`: the commands (those in `commands`, in that order) with what
 * each does, the global options and where to read more.
 */
export function overviewHelp(commands: readonly string[], lang: Lang): string {
  const summary = (c: string) =>
    Object.hasOwn(COMMAND_HELP, c) ? (COMMAND_HELP[c] as CommandHelp).summary[lang] : '';
  return `${[
    t(
      lang,
      'rollout — kế hoạch nghiên cứu, học tập, quán triệt và triển khai thực hiện Nghị quyết',
      'rollout — plans that roll a resolution out through the tiers',
    ),
    '',
    t(lang, 'Cách dùng:', 'Usage:'),
    t(lang, '  rollout <lệnh> [tùy chọn]', '  rollout <command> [options]'),
    '',
    t(lang, 'Lệnh:', 'Commands:'),
    columns(commands.map((c) => [c, summary(c)])),
    '',
    t(lang, 'Tùy chọn:', 'Options:'),
    columns([
      ['--lang vi|en', COMMON_OPTIONS[0]?.text[lang] ?? ''],
      [
        '-h, --help',
        t(
          lang,
          'in trợ giúp; rollout <lệnh> --help cho từng lệnh',
          'print help; rollout <command> --help for each command',
        ),
      ],
      ['-v, --version', t(lang, 'in phiên bản', 'print the version')],
    ]),
    '',
    t(lang, 'Mã thoát:', 'Exit codes:'),
    columns([
      ['0', t(lang, 'xong; kế hoạch hợp lệ', 'done; the plan is valid')],
      ['1', t(lang, 'đọc được đầu vào nhưng không hợp lệ', 'the input was read but is invalid')],
      ['2', UNUSABLE[lang]],
    ]),
  ].join('\n')}\n`;
}
