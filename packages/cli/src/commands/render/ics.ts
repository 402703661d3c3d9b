import { parseUnitTree, schedule, type Unit } from '@rollout/core';
import { renderIcs } from '@rollout/ical';
import { issuesToText } from '../../format-issues.js';
import { t } from '../../lang.js';
import { readCalendarOptions } from '../../read-calendar.js';
import { readJson, readPlan } from '../../read-input.js';
import { UsageError } from '../../usage-error.js';
import { writeRendered } from './output.js';
import type { RenderContext } from './types.js';

/**
 * `rollout render <plan.json> --to ics [--tier ID] [--unit ID] [--units units.json] [-o <file>] [--lang vi|en]`.
 *
 * Writes an iCalendar feed of the plan's sessions and deadlines (all of them,
 * one tier's, or one unit's), to standard output or `-o <file>`. With
 * `--units`, dates come from the cascade over the unit tree (each event on
 * its node's latest date). `--unit` needs `--units`. An invalid plan or unit
 * tree prints its issues on standard error and exits 1; an unknown tier or
 * unit exits 2; nothing is written then.
 */
export async function renderIcsFormat(ctx: RenderContext): Promise<number> {
  const { file, values, common, io } = ctx;
  const lang = common.lang;
  if (values.rules !== undefined)
    throw new UsageError(
      t(lang, '--rules không dùng được với --to ics.', '--rules does not apply to --to ics.'),
    );
  const tier = typeof values.tier === 'string' ? values.tier : undefined;
  const unit = typeof values.unit === 'string' ? values.unit : undefined;
  const unitsFile = typeof values.units === 'string' ? values.units : undefined;
  if (unit !== undefined && unitsFile === undefined)
    throw new UsageError(
      t(
        lang,
        '--unit cần cây đơn vị: thêm --units <units.json>.',
        '--unit needs a unit tree: add --units <units.json>.',
      ),
    );
  if (unit !== undefined && tier !== undefined)
    throw new UsageError(
      t(lang, 'Chỉ dùng một trong --tier và --unit.', 'Use either --tier or --unit, not both.'),
    );

  const calendarChoice = await readCalendarOptions(io, values, lang);
  const { result: parsed, unusable } = await readPlan(io, file, lang);
  let units: Unit[] | undefined;
  let treeIssues: ReturnType<typeof parseUnitTree>['issues'] = [];
  if (unitsFile !== undefined) {
    const tree = parseUnitTree(await readJson(io, unitsFile, lang));
    units = tree.units;
    treeIssues = tree.issues;
  }
  if (!parsed.success || (unitsFile !== undefined && units === undefined)) {
    io.stderr(issuesToText([...parsed.issues, ...treeIssues], lang));
    io.stderr(
      t(
        lang,
        `${file}: kế hoạch hay cây đơn vị không hợp lệ, không kết xuất.\n`,
        `${file}: the plan or the unit tree is invalid; nothing was rendered.\n`,
      ),
    );
    return unusable ? 2 : 1;
  }
  const plan = parsed.data;
  if (tier !== undefined && !plan.tiers.some((x) => x.id === tier))
    throw new UsageError(
      t(
        lang,
        `Kế hoạch không có cấp "${tier}" (có: ${plan.tiers.map((x) => x.id).join(', ')}).`,
        `The plan has no tier "${tier}" (it has: ${plan.tiers.map((x) => x.id).join(', ')}).`,
      ),
    );
  if (unit !== undefined && !units?.some((u) => u.id === unit))
    throw new UsageError(
      t(lang, `Cây đơn vị không có đơn vị "${unit}".`, `The unit tree has no unit "${unit}".`),
    );

  const text = renderIcs(plan, {
    lang,
    ...(tier !== undefined ? { tier } : {}),
    ...(unit !== undefined ? { unit } : {}),
    ...calendarChoice,
    ...(units !== undefined
      ? { units, schedule: schedule(plan, { units, ...calendarChoice }) }
      : {}),
  });
  return writeRendered(ctx, text);
}
