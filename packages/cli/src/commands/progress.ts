import {
  applyEvent,
  cleanText,
  createRollup,
  hasErrors,
  type Issue,
  isValidIsoDate,
  type ProgressCounts,
  type ProgressRollup,
  type Unit,
} from '@rollout/core';
import { readEventsNdjson } from '@rollout/json';
import { parseCommandArgs } from '../args.js';
import { errorDocument, issuesToText, issueToJson } from '../format-issues.js';
import type { CliIo } from '../io.js';
import { type Lang, t } from '../lang.js';
import { CLI_LIMITS } from '../limits.js';
import { printJson, printText } from '../output.js';
import { CALENDAR_OPTIONS, readCalendarOptions } from '../read-calendar.js';
import { openBounded, readPlan } from '../read-input.js';
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
    // Cleaned before the columns are measured, so that they line up as printed.
    cleanText(label, { newlines: 'space' }),
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

/**
 * `rollout progress <plan.json> --events <events.ndjson> [--units <units.json>]
 * [--today YYYY-MM-DD] [--format text|json] [--lang vi|en]`.
 *
 * Lateness is measured against `--today`, never the machine's clock; without
 * it nothing is due or late.
 *
 * Reads the events line by line with `@rollout/json`'s `readEventsNdjson`
 * (NDJSON, one event per line; blank lines are skipped), streamed from the
 * file with the CLI's limit (`CLI_LIMITS.events`); a line that is not JSON or
 * not an event is an issue whose path starts with `['line', n]`, and the rest
 * is still read. With `--to md|html|txt|docx` it writes the
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
  // Opened now (a missing or too large events file is exit 2 whatever the plan), read below.
  const events = await openBounded(io, values.events, CLI_LIMITS.events, lang);
  if (!parsed.success || (typeof values.units === 'string' && units === undefined)) {
    if (common.format === 'json') printJson(io, errorDocument(setup, lang));
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
  // One reader per format: `@rollout/json`'s NDJSON reader, its limits, codes and messages.
  const lineIssues: Issue<string>[] = [];
  const reader = readEventsNdjson(events);
  for await (const entry of reader) {
    const at = ['line', entry.line];
    const found = entry.ok ? (entry.warnings ?? []) : entry.issues;
    for (const i of found) lineIssues.push({ ...i, path: [...at, ...i.path] });
    if (entry.ok) applyEvent(roll, entry.value, at);
  }
  const { lines: lineCount, bad: badLines } = reader.counts;
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
    printJson(io, {
      ...result,
      events: { ...result.events, lines: lineCount, badLines },
      issues: issues.map((i) => issueToJson(i, lang)),
    });
  } else {
    printText(io, toText(file, roll, issues, badLines, lang));
  }
  return failed ? 1 : 0;
}
