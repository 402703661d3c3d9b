import {
  applyEvent,
  createIssue,
  createRollup,
  hasErrors,
  type Issue,
  isValidIsoDate,
  type ProgressCounts,
  type ProgressRollup,
  parseProgressEvent,
  type Unit,
} from '@rollout/core';
import { parseCommandArgs } from '../args.js';
import { issuesToText, issueToJson } from '../format-issues.js';
import type { CliIo } from '../io.js';
import { type Lang, t } from '../lang.js';
import { CALENDAR_OPTIONS, readCalendarOptions } from '../read-calendar.js';
import { readPlan } from '../read-input.js';
import { readUnits } from '../read-units.js';
import { UsageError } from '../usage-error.js';
import { PROGRESS_REPORT_OPTIONS, reportFormat, writeProgressReport } from './progress-report.js';

const USAGE =
  'usage: rollout progress <plan.json> --events <events.ndjson> [--units <units.json>] [--today YYYY-MM-DD] [--calendar calendar.json] [--day-off-deadline keep|next-working-day] [--format text|json] [--lang vi|en] [--to md|html|txt|docx [-o <file>] [--rules <name>] [--reference <number>]]';

/** How many issues and overdue items the text output lists before summing up the rest. */
const TEXT_LIMIT = 30;

const pct = (rate: number | null, lang: Lang): string => {
  if (rate === null) return '—';
  const text = (rate * 100).toFixed(1);
  return `${lang === 'vi' ? text.replace('.', ',') : text} %`;
};

const viDate = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** One row of the summary table. */
function row(label: string, c: ProgressCounts, lang: Lang): string[] {
  const s = c.sessions;
  return [
    label,
    s.exempted > 0
      ? `${s.held}/${s.expected} (+${s.exempted} ${t(lang, 'miễn', 'exempt')})`
      : `${s.held}/${s.expected}`,
    String(s.due),
    s.late > 0 ? `${s.late} (${s.daysLate} ${t(lang, 'ngày', 'days')})` : '0',
    pct(c.attendance.rate, lang),
    String(c.bridgePoints),
    c.reflections.expected > 0
      ? `${c.reflections.submitted} (${pct(c.reflections.rate, lang)})`
      : String(c.reflections.submitted),
    `${c.actionPlans.issued}/${c.actionPlans.expected}`,
  ];
}

/** Lays out rows as a table with `|` separators, padded by character count (NFC). */
function table(rows: string[][]): string {
  const widths: number[] = [];
  for (const r of rows)
    r.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, [...cell].length);
    });
  const line = (r: string[]) =>
    r.map((cell, i) => cell + ' '.repeat((widths[i] ?? 0) - [...cell].length)).join(' | ');
  const [head, ...body] = rows;
  const rule = widths.map((w) => '-'.repeat(w)).join('-+-');
  return [line(head ?? []), rule, ...body.map(line)].map((l) => `${l.trimEnd()}\n`).join('');
}

function toText(
  file: string,
  roll: ProgressRollup,
  issues: readonly Issue<string>[],
  badLines: number,
  lang: Lang,
): string {
  const head = t(
    lang,
    'Cấp|Đã tổ chức|Đến hạn|Chậm|Tỷ lệ dự học|Điểm cầu|Thu hoạch|KH hành động',
    'Tier|Held|Due|Late|Attendance|Bridge points|Reflections|Action plans',
  ).split('|');
  const rows = [head, ...roll.tiers.map((tier) => row(tier.name, tier.counts, lang))];
  rows.push(row(t(lang, 'Tổng cộng', 'Total'), roll.totals, lang));
  const today = roll.today;
  let out = t(
    lang,
    `Tiến độ học tập, quán triệt${today ? ` đến ngày ${viDate(today)}` : ''} — ${file}\n\n`,
    `Progress${today ? ` as of ${today}` : ''} — ${file}\n\n`,
  );
  out += table(rows);
  if (!today)
    out += t(
      lang,
      '\nChưa tính hạn và chậm: hãy cho ngày tính bằng --today YYYY-MM-DD.\n',
      '\nNothing is due or late: give the day to measure against with --today YYYY-MM-DD.\n',
    );
  const overdue = roll.overdue();
  if (overdue.length > 0) {
    out += t(
      lang,
      `\nQuá hạn (${overdue.length}), chậm nhất trước:\n`,
      `\nOverdue (${overdue.length}), most late first:\n`,
    );
    for (const o of overdue.slice(0, TEXT_LIMIT)) {
      out += t(
        lang,
        `  ${o.name} (${o.unit}) — ${o.kind === 'session' ? 'hội nghị' : 'kế hoạch hành động'} ${o.activity}: hạn ${viDate(o.deadline)}, chậm ${o.daysLate} ngày\n`,
        `  ${o.name} (${o.unit}) — ${o.kind === 'session' ? 'session' : 'action plan'} ${o.activity}: due ${o.deadline}, ${o.daysLate} days late\n`,
      );
    }
    if (overdue.length > TEXT_LIMIT)
      out += t(
        lang,
        `  … và ${overdue.length - TEXT_LIMIT} mục khác\n`,
        `  … and ${overdue.length - TEXT_LIMIT} more\n`,
      );
  }
  if (issues.length > 0) {
    out += '\n';
    out += issuesToText(issues.slice(0, TEXT_LIMIT), lang);
    if (issues.length > TEXT_LIMIT)
      out += t(
        lang,
        `… và ${issues.length - TEXT_LIMIT} vấn đề khác (xem --format json)\n`,
        `… and ${issues.length - TEXT_LIMIT} more issues (see --format json)\n`,
      );
  }
  const ev = roll.events;
  out += t(
    lang,
    `\n${ev.read} sự kiện: ${ev.accepted} được tính, ${ev.duplicates} trùng, ${ev.rejected} bị loại; ${badLines} dòng hỏng.\n`,
    `\n${ev.read} events: ${ev.accepted} counted, ${ev.duplicates} duplicates, ${ev.rejected} rejected; ${badLines} bad lines.\n`,
  );
  return out;
}

/** Reads a file's bytes; a missing or unreadable file is a usage error (exit 2). */
async function readBytes(io: CliIo, path: string, lang: Lang): Promise<Uint8Array> {
  try {
    return await io.readFile(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(
      t(lang, `Không đọc được tệp ${path}: ${reason}`, `Cannot read ${path}: ${reason}`),
    );
  }
}

/**
 * The lines of a UTF-8 file, numbered from 1, trimmed; `undefined` for a line
 * that is not UTF-8. Decoded one line at a time, so a file of millions of
 * events never becomes one huge string.
 */
function* lines(bytes: Uint8Array): Generator<[number, string | undefined]> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let n = 0;
  while (start < bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    n++;
    let text: string | undefined;
    try {
      text = decoder.decode(bytes.subarray(start, end)).trim();
    } catch {
      text = undefined;
    }
    yield [n, text];
    start = end + 1;
  }
}

/**
 * `rollout progress <plan.json> --events <events.ndjson> [--units <units.json>]
 * [--today YYYY-MM-DD] [--format text|json] [--lang vi|en]`.
 *
 * Lateness is measured against `--today`, never the machine's clock; without
 * it nothing is due or late.
 *
 * Reads the events line by line (NDJSON, one event per line; blank lines are
 * skipped); a line that is not JSON or not an event is an issue naming its
 * line number, and the rest is still read. With `--to md|html|txt|docx` it writes the
 * progress report (*Báo cáo kết quả*, see `writeProgressReport`) to `-o <file>` (or, for
 * text formats, standard output) instead of the summary. Exit 0 when no issue is an error,
 * 1 when some is, 2 when the input cannot be used (no file, not JSON, an
 * invalid plan or unit tree, bad arguments).
 */
export async function progressCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { positionals, values, common } = parseCommandArgs(args, {
    events: { type: 'string' },
    units: { type: 'string' },
    today: { type: 'string' },
    ...CALENDAR_OPTIONS,
    ...PROGRESS_REPORT_OPTIONS,
  });
  const lang = common.lang;
  const [file, ...rest] = positionals;
  if (!file || rest.length > 0 || typeof values.events !== 'string') throw new UsageError(USAGE);
  const report = reportFormat(values, common);
  // Never the clock: lateness is measured against the day given, or not at all.
  const today = values.today;
  if (today !== undefined && (typeof today !== 'string' || !isValidIsoDate(today)))
    throw new UsageError(
      t(
        lang,
        `--today cần một ngày YYYY-MM-DD có thật, không phải ${String(today)}`,
        `--today must be a real YYYY-MM-DD date, not ${String(today)}`,
      ),
    );

  const calendarChoice = await readCalendarOptions(io, values, lang);
  const { result: parsed } = await readPlan(io, file, lang);
  const setup: Issue<string>[] = parsed.success ? [] : [...parsed.issues];
  let units: Unit[] | undefined;
  if (typeof values.units === 'string') {
    const tree = await readUnits(io, values.units, lang);
    if (tree.units) units = tree.units;
    else setup.push(...tree.issues);
  }
  const bytes = await readBytes(io, values.events, lang);
  if (!parsed.success || (typeof values.units === 'string' && units === undefined)) {
    if (common.format === 'json')
      io.stdout(`${JSON.stringify({ issues: setup.map((i) => issueToJson(i, lang)) }, null, 2)}\n`);
    else io.stderr(issuesToText(setup, lang));
    io.stderr(
      t(
        lang,
        `rollout progress: không dùng được kế hoạch hay cây đơn vị.\n`,
        `rollout progress: the plan or the unit tree cannot be used.\n`,
      ),
    );
    return 2;
  }

  const roll = createRollup(parsed.data, {
    ...calendarChoice,
    ...(units ? { units } : {}),
    ...(typeof today === 'string' ? { today } : {}),
  });
  const lineIssues: Issue<string>[] = [];
  let badLines = 0;
  let lineNo = 0;
  for (const [n, line] of lines(bytes)) {
    lineNo = n;
    if (line === undefined) {
      badLines++;
      lineIssues.push(createIssue('schema/invalid', ['line', n], { detail: 'not UTF-8 text' }));
      continue;
    }
    if (line === '') continue;
    const at = ['line', lineNo];
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      badLines++;
      const reason = error instanceof Error ? error.message : String(error);
      lineIssues.push(
        createIssue('schema/invalid', at, { detail: `not JSON: ${reason.slice(0, 120)}` }),
      );
      continue;
    }
    const event = parseProgressEvent(value, at);
    if (!event.success) {
      badLines++;
      lineIssues.push(...event.issues);
      continue;
    }
    applyEvent(roll, event.data, at);
  }
  // The plan's own warnings belong to `rollout validate`; here only what the events raised.
  const issues: Issue<string>[] = [...lineIssues, ...roll.issues];
  const failed = hasErrors(issues);
  if (report !== undefined) {
    // The report goes to the file (or standard output); what went wrong, to standard error.
    await writeProgressReport(report, parsed.data, roll, values, common, io);
    if (issues.length > 0) io.stderr(issuesToText(issues, lang));
    return failed ? 1 : 0;
  }
  if (common.format === 'json') {
    const result = roll.toJSON();
    io.stdout(
      `${JSON.stringify(
        {
          ...result,
          events: { ...result.events, lines: lineNo, badLines },
          issues: issues.map((i) => issueToJson(i, lang)),
        },
        null,
        2,
      )}\n`,
    );
  } else {
    io.stdout(toText(file, roll, issues, badLines, lang));
  }
  return failed ? 1 : 0;
}
