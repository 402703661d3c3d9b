// What `rollout derive`, `rollout check` and `rollout diff` share: their own
// option parsing (kept here, apart from the other commands' parser, so that the
// three commands can move as they are), and reading plans that may not validate.
import { parseArgs } from 'node:util';
import type { Plan } from '@rollout/core';
import type { PlanSources } from '@rollout/import';
import { type AnyIssue, parsePlanJson } from '@rollout/json';
import { HelpRequest, langOf, toUsageError } from '../args.js';
import type { CliIo } from '../io.js';
import { type Lang, t } from '../lang.js';
import { CLI_LIMITS } from '../limits.js';
import { decodeUtf8, readBytes, readText } from '../read-input.js';
import { UsageError } from '../usage-error.js';
import { importBytes } from './import.js';

type Spec = Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>;

/** Parsed options: positionals, values, `--format` (one of `formats`) and `--lang`. */
export interface RelationArgs<F extends string> {
  readonly positionals: string[];
  readonly values: Record<string, string | boolean | string[] | undefined>;
  readonly format: F;
  readonly lang: Lang;
}

/** Parses a command's arguments; unknown options and bad values are usage errors. */
export function parseRelationArgs<F extends string>(
  args: readonly string[],
  spec: Spec,
  formats: readonly F[],
  usage: string,
): RelationArgs<F> {
  const options = { format: { type: 'string' }, lang: { type: 'string' }, ...spec } as const;
  const end = args.indexOf('--');
  const flags = end < 0 ? args : args.slice(0, end);
  if (flags.includes('--help') || flags.includes('-h')) throw new HelpRequest(Object.keys(options));
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    const reason = toUsageError(error, options as Spec, langOf(args));
    throw new UsageError(`${reason.message}\n${usage}`);
  }
  const values = parsed.values as Record<string, string | boolean | string[] | undefined>;
  const lang = values.lang ?? 'vi';
  if (lang !== 'vi' && lang !== 'en')
    throw new UsageError(`--lang must be vi or en, not ${String(lang)}`);
  const format = (values.format ?? formats[0]) as F;
  if (!formats.includes(format))
    throw new UsageError(
      t(
        lang,
        `--format phải là ${formats.join('|')}, không phải ${String(values.format)}`,
        `--format must be ${formats.join('|')}, not ${String(values.format)}`,
      ),
    );
  return { positionals: parsed.positionals, values, format, lang };
}

/** A string option, or `undefined`; a repeated one is a usage error. */
export function stringOption(
  values: RelationArgs<string>['values'],
  name: string,
): string | undefined {
  const v = values[name];
  if (v === undefined || typeof v === 'string') return v;
  throw new UsageError(`--${name} takes one value`);
}

/** Codes that mean a file is not a plan file at all. */
const UNUSABLE = /^(json\/(syntax|too-deep|too-large|unknown-format|unsupported-version)|schema\/)/;

/** A plan file read for comparison: the plan even when it does not validate, and its issues. */
export interface LenientPlan {
  /** The plan (its shape is right; its meaning may not be). */
  readonly plan: Plan;
  /** Its validation errors and warnings. */
  readonly issues: AnyIssue[];
}

/**
 * Reads a plan file (an envelope of any known version, or a bare plan) for
 * `check` and `diff`: a plan that is well formed but does not validate is
 * still returned, with its issues; a file that is not a plan is a usage error
 * (exit 2) whose message lists the first issues.
 */
export async function readPlanLeniently(io: CliIo, path: string, lang: Lang): Promise<LenientPlan> {
  return planFromText(await readText(io, path, lang), path, lang);
}

/** The work of {@link readPlanLeniently} on a text already read. */
function planFromText(text: string, path: string, lang: Lang): LenientPlan {
  const result = parsePlanJson(text);
  if (result.success) return { plan: result.data, issues: result.issues };
  // Well formed, but its meaning does not validate: the reader's draft is the plan as it is.
  if (result.draft !== undefined) return { plan: result.draft, issues: result.issues };
  const fatal = result.issues.filter((i) => UNUSABLE.test(i.code));
  const first = (fatal.length > 0 ? fatal : result.issues).slice(0, 3);
  throw new UsageError(
    `${t(lang, `${path} không phải tệp kế hoạch dùng được`, `${path} is not a usable plan file`)}: ${first
      .map((i) => `${i.code} ${i.message[lang]}`)
      .join('; ')}`,
    { issues: result.issues },
  );
}

/** A lower plan read for `rollout check`, with what locates its text. */
export interface LowerPlan {
  /** The plan. */
  readonly plan: Plan;
  /** How it was read. */
  readonly read: 'json' | 'text' | 'docx';
  /** Its validation issues (JSON files only). */
  readonly issues: AnyIssue[];
  /** For text and DOCX: the text and where each fact was read in it. */
  readonly source?: { readonly text: string; readonly sources: PlanSources };
}

/**
 * Reads the lower plan of `rollout check`: a plan file (`.json`), or a plan's
 * text (`.txt`) or Word file (`.docx`) through `@rollout/import`, taking the
 * `index`-th plan the text holds (1-based).
 */
export async function readLowerPlan(
  io: CliIo,
  path: string,
  lang: Lang,
  index: number,
): Promise<LowerPlan> {
  const json = /\.json$/i.test(path);
  const bytes = await readBytes(io, path, json ? CLI_LIMITS.json : CLI_LIMITS.document, lang);
  const zip =
    bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4;
  if (!zip && !/\.docx$/i.test(path)) {
    const text = decodeUtf8(bytes, path, lang);
    const first = text.replace(/^\uFEFF?\s*/, '').charAt(0);
    if (json || first === '{') {
      const { plan, issues } = planFromText(text, path, lang);
      return { plan, read: 'json', issues };
    }
  }
  const imported = await importBytes(bytes, path, lang, { validate: false });
  const read = imported.read;
  const plan = imported.plans[index - 1];
  if (!plan) {
    throw new UsageError(
      imported.plans.length === 0
        ? t(lang, `${path}: không đọc được kế hoạch nào.`, `${path}: no plan could be read.`)
        : t(
            lang,
            `${path} có ${imported.plans.length} kế hoạch; không có kế hoạch thứ ${index}.`,
            `${path} holds ${imported.plans.length} plans; there is no plan ${index}.`,
          ),
    );
  }
  return {
    plan,
    read,
    issues: [],
    source: { text: imported.text, sources: imported.sources[index - 1] ?? {} },
  };
}
