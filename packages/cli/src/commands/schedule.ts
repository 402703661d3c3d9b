import {
  type Actual,
  cleanText,
  hasErrors,
  type Issue,
  isValidIsoDate,
  type Plan,
  type ScheduleNode,
  schedule,
  type Unit,
} from '@rollout/core';
import { parseCommandArgs } from '../args.js';
import { errorDocument, issuesToText, issueToJson } from '../format-issues.js';
import type { CliIo } from '../io.js';
import { type Lang, t } from '../lang.js';
import { printJson, printText } from '../output.js';
import { CALENDAR_OPTIONS, readCalendarOptions } from '../read-calendar.js';
import { readJson, readPlan } from '../read-input.js';
import { readUnits } from '../read-units.js';
import { UsageError } from '../usage-error.js';

const USAGE =
  'usage: rollout schedule <plan.json> [--units units.json] [--actuals held.json] [--today YYYY-MM-DD] [--exempt id,id…] [--calendar calendar.json] [--day-off-deadline keep|next-working-day] [--format text|json] [--lang vi|en]';

/** Reads an actuals file: an array of `{ activity, unit?, date }`. */
function toActuals(value: unknown, path: string, lang: Lang): Actual[] {
  if (!Array.isArray(value))
    throw new UsageError(
      t(
        lang,
        `${path}: cần một mảng { activity, unit?, date }.`,
        `${path}: expected an array of { activity, unit?, date }.`,
      ),
    );
  return value.map((item: unknown, i) => {
    const o = item !== null && typeof item === 'object' ? (item as Record<string, unknown>) : {};
    const activity = Object.hasOwn(o, 'activity') ? o.activity : undefined;
    const unit = Object.hasOwn(o, 'unit') ? o.unit : undefined;
    const date = Object.hasOwn(o, 'date') ? o.date : undefined;
    if (
      typeof activity !== 'string' ||
      typeof date !== 'string' ||
      (unit !== undefined && typeof unit !== 'string')
    )
      throw new UsageError(
        t(
          lang,
          `${path}[${i}]: cần { activity, unit?, date } là chuỗi.`,
          `${path}[${i}]: expected { activity, unit?, date } as strings.`,
        ),
      );
    return unit === undefined ? { activity, date } : { activity, unit, date };
  });
}

const viDate = (iso: string | null): string =>
  iso === null ? '—' : `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** A readable table of the nodes, one block per tier. */
function nodesToText(
  plan: Plan,
  nodes: readonly ScheduleNode[],
  units: readonly Unit[],
  lang: Lang,
): string {
  const date = (d: string | null) => (lang === 'vi' ? viDate(d) : (d ?? '—'));
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const head = t(
    lang,
    'Hoạt động|Đơn vị|Sớm nhất|Muộn nhất|Hạn|Dự phòng|Khả thi',
    'Activity|Unit|Earliest|Latest|Deadline|Slack|Feasible',
  ).split('|');
  let out = '';
  for (const tier of plan.tiers) {
    const rows = nodes
      .filter((n) => n.tier === tier.id)
      // Cleaned before the columns are measured, so that they line up as printed.
      .map((n) => [
        cleanText(n.activity, { newlines: 'space' }),
        n.unit === undefined
          ? ''
          : cleanText(unitName.get(n.unit) ?? n.unit, { newlines: 'space' }),
        date(n.earliest),
        date(n.latest),
        date(n.deadline),
        n.slack === null ? '—' : String(n.slack),
        n.feasible ? t(lang, 'có', 'yes') : t(lang, 'KHÔNG', 'NO'),
      ]);
    if (rows.length === 0) continue;
    const showUnit = rows.some((r) => r[1] !== '');
    const cols = head.map((_, i) => i).filter((i) => i !== 1 || showUnit);
    const width = cols.map((i) => Math.max(head[i]!.length, ...rows.map((r) => r[i]!.length)));
    const line = (r: string[]) =>
      `${cols
        .map((i, k) => r[i]!.padEnd(width[k]!))
        .join('  ')
        .trimEnd()}\n`;
    out += `${tier.name} (${tier.id})\n`;
    out += line(head);
    out += line(head.map((_, i) => '-'.repeat(width[cols.indexOf(i)] ?? 0)));
    for (const r of rows) out += line(r);
    out += '\n';
  }
  return out;
}

/**
 * `rollout schedule <plan.json> [--units units.json] [--actuals held.json]
 * [--today YYYY-MM-DD] [--exempt id,…] [--format text|json] [--lang vi|en]`.
 *
 * Exit 0 when every node is feasible and there is no error, 1 otherwise, 2
 * when the input cannot be used (no file, not JSON, bad arguments).
 */
export async function scheduleCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { positionals, values, common } = parseCommandArgs(args, {
    units: { type: 'string' },
    actuals: { type: 'string' },
    today: { type: 'string' },
    exempt: { type: 'string', multiple: true },
    ...CALENDAR_OPTIONS,
  });
  const lang = common.lang;
  const [file, ...rest] = positionals;
  if (!file || rest.length > 0) throw new UsageError(USAGE);
  const today = values.today;
  if (today !== undefined && (typeof today !== 'string' || !isValidIsoDate(today)))
    throw new UsageError(
      t(
        lang,
        `--today cần một ngày YYYY-MM-DD có thật, không phải ${String(today)}`,
        `--today must be a real YYYY-MM-DD date, not ${String(today)}`,
      ),
    );
  const exempt = ((values.exempt as string[] | undefined) ?? []).flatMap((s) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter((x) => x !== ''),
  );
  const calendarChoice = await readCalendarOptions(io, values, lang);
  const { result: parsed, unusable } = await readPlan(io, file, lang);
  let units: Unit[] = [];
  const issues: Issue<string>[] = [];
  if (typeof values.units === 'string') {
    const tree = await readUnits(io, values.units, lang);
    if (tree.units) units = tree.units;
    else issues.push(...tree.issues);
  }
  const actuals =
    typeof values.actuals === 'string'
      ? toActuals(await readJson(io, values.actuals, lang), values.actuals, lang)
      : [];

  let nodes: ScheduleNode[] = [];
  // A plan of the right shape is scheduled even when its meaning has errors: the
  // nodes show why (the exit code is 1 then). Only an unusable file has no nodes.
  const plan: Plan | undefined = parsed.success ? parsed.data : parsed.draft;
  if (plan === undefined) issues.unshift(...parsed.issues);
  else if (issues.length === 0) {
    const result = schedule(plan, {
      units,
      actuals,
      exempt,
      ...calendarChoice,
      ...(today !== undefined ? { today } : {}),
    });
    nodes = result.nodes;
    // The plan was read without a calendar: days off are the schedule's to report,
    // on its own calendar (--calendar), once each.
    const seen = new Set<string>();
    for (const i of [...parsed.issues, ...result.issues]) {
      const key = `${i.code}\u0000${JSON.stringify(i.path)}\u0000${JSON.stringify(i.params)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      issues.push(i);
    }
  }
  const ok = plan !== undefined && !hasErrors(issues) && nodes.every((n) => n.feasible);
  const code = ok ? 0 : unusable ? 2 : 1;
  if (common.format === 'json') {
    // Exit 2: the document says why; standard error too, for people.
    if (code === 2) io.stderr(`rollout schedule: ${errorDocument(issues, lang).error.message}\n`);
    printJson(
      io,
      code === 2
        ? errorDocument(issues, lang)
        : { nodes, issues: issues.map((i) => issueToJson(i, lang)) },
    );
  } else {
    if (plan) printText(io, nodesToText(plan, nodes, units, lang));
    printText(io, issuesToText(issues, lang));
    const bad = nodes.filter((n) => !n.feasible).length;
    printText(
      io,
      ok
        ? t(
            lang,
            `${file}: ${nodes.length} mốc, tất cả khả thi.\n`,
            `${file}: ${nodes.length} nodes, all feasible.\n`,
          )
        : plan
          ? t(
              lang,
              `${file}: ${nodes.length} mốc, ${bad} không khả thi, ${issues.filter((i) => i.severity === 'error').length} lỗi.\n`,
              `${file}: ${nodes.length} nodes, ${bad} infeasible, ${issues.filter((i) => i.severity === 'error').length} errors.\n`,
            )
          : t(
              lang,
              `${file}: không lập được lịch (dữ liệu không hợp lệ).\n`,
              `${file}: cannot schedule (invalid input).\n`,
            ),
    );
  }
  return code;
}
