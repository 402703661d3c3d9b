import {
  type DerivePlanOptions,
  derivePlan,
  type Issue,
  isValidIsoDate,
  parseUnitTree,
  type Unit,
} from '@rollout/core';
import { stringifyPlan } from '@rollout/json';
import { errorDocument, issuesToText, issueToJson } from '../format-issues.js';
import type { CliIo } from '../io.js';
import { type Lang, t } from '../lang.js';
import { escapeJsonText, printJson, printText } from '../output.js';
import { readJson, readPlan } from '../read-input.js';
import { UsageError } from '../usage-error.js';
import { parseRelationArgs, stringOption } from './relations-input.js';

const USAGE =
  'usage: rollout derive <upper.json> (--unit <id> --units <units.json> | --tier <id>) [-o <file>] [--issued-on YYYY-MM-DD] [--session <id>]… [--format text|json] [--lang vi|en]';

/**
 * `rollout derive <upper.json> (--unit <id> --units <units.json> | --tier <id>) [-o <file>]
 * [--issued-on YYYY-MM-DD] [--session <id>]… [--format text|json] [--lang vi|en]`.
 *
 * Drafts the plan of one lower body from the upper plan (`derivePlan`). The
 * draft is a plan file (the `rollout/plan` envelope): written to `-o <file>`,
 * else to standard output. With `--format text` (default) a summary of what
 * was derived and what the clerk must still write goes to standard error when
 * the draft is on standard output, to standard output otherwise. With
 * `--format json` standard output holds one document
 * `{ plan: <envelope>, derived, blanks, issues }` (and `-o` still writes the
 * plan file). Exit 0 when a draft was made, 1 when the upper plan is invalid,
 * 2 when the input or the options cannot be used (no such unit or tier).
 */
export async function deriveCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { positionals, values, format, lang } = parseRelationArgs(
    args,
    {
      unit: { type: 'string' },
      units: { type: 'string' },
      tier: { type: 'string' },
      out: { type: 'string', short: 'o' },
      'issued-on': { type: 'string' },
      session: { type: 'string', multiple: true },
    },
    ['text', 'json'] as const,
    USAGE,
  );
  const [file, ...rest] = positionals;
  const unit = stringOption(values, 'unit');
  const unitsFile = stringOption(values, 'units');
  const tier = stringOption(values, 'tier');
  const out = stringOption(values, 'out');
  const issuedOn = stringOption(values, 'issued-on');
  if (!file || rest.length > 0 || (unit === undefined && tier === undefined))
    throw new UsageError(USAGE);
  if (unit !== undefined && unitsFile === undefined)
    throw new UsageError(
      t(lang, '--unit cần --units <units.json>.', '--unit needs --units <units.json>.'),
    );
  if (issuedOn !== undefined && !isValidIsoDate(issuedOn))
    throw new UsageError(
      t(
        lang,
        `--issued-on cần một ngày YYYY-MM-DD, không phải ${issuedOn}.`,
        `--issued-on takes a date as YYYY-MM-DD, not ${issuedOn}.`,
      ),
    );

  const { result: upper, unusable } = await readPlan(io, file, lang);
  if (!upper.success) {
    if (format === 'json')
      printJson(
        io,
        unusable
          ? errorDocument(upper.issues, lang)
          : {
              plan: null,
              derived: [],
              blanks: [],
              issues: upper.issues.map((i) => issueToJson(i, lang)),
            },
      );
    io.stderr(issuesToText(upper.issues, lang));
    io.stderr(
      t(
        lang,
        `${file}: kế hoạch cấp trên không hợp lệ, không lập được dự thảo.\n`,
        `${file}: the upper plan is invalid; no draft was made.\n`,
      ),
    );
    return unusable ? 2 : 1;
  }
  let units: Unit[] = [];
  if (unitsFile !== undefined) {
    const tree = parseUnitTree(await readJson(io, unitsFile, lang));
    if (!tree.units) {
      throw new UsageError(
        t(lang, `${unitsFile}: không phải cây đơn vị.`, `${unitsFile}: not a unit tree.`),
        { issues: tree.issues, list: true },
      );
    }
    units = tree.units;
  }
  const sessions = values.session;
  const options: DerivePlanOptions = {
    ...(unit === undefined ? {} : { unit, units }),
    ...(tier === undefined ? {} : { tier }),
    ...(issuedOn === undefined ? {} : { issuedOn }),
    ...(Array.isArray(sessions) ? { sessions } : {}),
  };
  const result = derivePlan(upper.data, options);
  if (!result.success) {
    if (format === 'json') printJson(io, errorDocument(result.issues, lang));
    io.stderr(issuesToText(result.issues, lang));
    return 2;
  }
  const planText = stringifyPlan(result.plan, { pretty: true });
  if (out !== undefined) {
    try {
      await io.writeFile(out, planText);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new UsageError(
        t(lang, `Không ghi được tệp ${out}: ${reason}`, `Cannot write ${out}: ${reason}`),
      );
    }
  }
  if (format === 'json') {
    const json = {
      plan: JSON.parse(planText) as unknown,
      derived: result.derived.map((d) => ({ ...d, note: d.note[lang] })),
      blanks: result.blanks.map((b) => ({ path: b.path, note: b.note[lang] })),
      issues: result.issues.map((i) => issueToJson(i, lang)),
    };
    printJson(io, json);
    return 0;
  }
  const summary = summaryText(result.plan.header.issuer.name, result, lang);
  if (out === undefined) {
    io.stdout(escapeJsonText(planText));
    io.stderr(summary);
  } else printText(io, summary);
  return 0;
}

function summaryText(
  issuer: string,
  result: {
    derived: readonly unknown[];
    blanks: readonly { path: string; note: { vi: string; en: string } }[];
    issues: readonly Issue<string>[];
  },
  lang: Lang,
): string {
  const lines = [
    t(
      lang,
      `Dự thảo kế hoạch của ${issuer}: ${result.derived.length} giá trị lấy từ kế hoạch cấp trên, đơn vị và quy ước.`,
      `Draft plan of ${issuer}: ${result.derived.length} values taken from the upper plan, the unit and the genre's rules.`,
    ),
    t(lang, 'Cần viết, bổ sung:', 'Still to write or fill in:'),
    ...result.blanks.map((b) => `  ${b.path}: ${b.note[lang]}`),
  ];
  return `${lines.join('\n')}\n${issuesToText(result.issues, lang)}`;
}
