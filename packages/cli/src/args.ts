import { parseArgs } from 'node:util';
import type { Lang } from './lang.js';
import { t } from './lang.js';
import { closest } from './suggest.js';
import { UsageError } from './usage-error.js';

/** The options every command takes. */
export interface CommonOptions {
  readonly format: 'text' | 'json';
  readonly lang: Lang;
}

type OptionSpec = Record<
  string,
  { type: 'string' | 'boolean'; short?: string; multiple?: boolean }
>;

/**
 * The language asked for on a command line (`--lang en` or `--lang=en`), read
 * before the arguments are parsed so that even a usage error is in that
 * language; Vietnamese otherwise.
 */
export function langOf(args: readonly string[]): Lang {
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') break;
    if (a === '--lang=en' || (a === '--lang' && args[i + 1] === 'en')) return 'en';
  }
  return 'vi';
}

/**
 * The output format asked for on a command line (`--format json` or
 * `--format=json`), read before the arguments are parsed so that even a usage
 * error prints its JSON document; `text` otherwise.
 */
export function formatOf(args: readonly string[]): string {
  let format = 'text';
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') break;
    if (a === '--format' && args[i + 1] !== undefined) format = args[++i] ?? format;
    else if (a?.startsWith('--format=')) format = a.slice('--format='.length);
  }
  return format;
}

/** `, did you mean --x?` for a mistyped value or option, or nothing. */
function didYouMean(lang: Lang, guess: string | undefined): string {
  return guess === undefined
    ? ''
    : t(lang, ` Có phải ý bạn là ${guess}?`, ` Did you mean ${guess}?`);
}

/** A parseArgs error as a usage error in `lang`, with a suggestion for a mistyped option (for every command's parser). */
export function toUsageError(error: unknown, spec: OptionSpec, lang: Lang): UsageError {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  const option = /'(-[^'\s]*)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const names = Object.keys(spec).map((n) => `--${n}`);
    const shorts = Object.values(spec).flatMap((o) => (o.short ? [`-${o.short}`] : []));
    const typed = option.split('=')[0] ?? option;
    const guess = closest(typed, typed.startsWith('--') ? names : [...shorts, ...names]);
    return new UsageError(
      t(lang, `Không có tùy chọn ${typed}.`, `Unknown option ${typed}.`) + didYouMean(lang, guess),
    );
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const name = /--([a-z][a-z-]*)/.exec(message)?.[1] ?? option.replace(/^-+/, '');
    const entry = Object.entries(spec).find(([n, o]) => n === name || o.short === name);
    return new UsageError(
      entry?.[1].type === 'boolean'
        ? t(lang, `--${entry[0]} không nhận giá trị.`, `--${entry[0]} takes no value.`)
        : t(
            lang,
            `--${entry?.[0] ?? name} cần một giá trị.`,
            `--${entry?.[0] ?? name} needs a value.`,
          ),
    );
  }
  return new UsageError(message);
}

/** Checks a value of an option that takes one of a few words; suggests the nearest. */
function oneOf<W extends string>(
  option: string,
  value: unknown,
  words: readonly W[],
  lang: Lang,
): W {
  if (typeof value === 'string' && (words as readonly string[]).includes(value)) return value as W;
  const guess = typeof value === 'string' ? closest(value, words) : undefined;
  const list = words.join(t(lang, ' hoặc ', ' or '));
  throw new UsageError(
    t(
      lang,
      `--${option} phải là ${list}, không phải ${String(value)}.`,
      `--${option} must be ${list}, not ${String(value)}.`,
    ) + didYouMean(lang, guess),
  );
}

/**
 * What `parseCommandArgs` throws for `--help` or `-h`: the names of the
 * command's options, so that a test can hold them against the command's help
 * (`runCli` prints the help itself before the command runs).
 */
export class HelpRequest extends Error {
  /** The error's name, `'HelpRequest'`. */
  override readonly name = 'HelpRequest';
  /** The long names of the options the command accepts. */
  readonly options: readonly string[];
  constructor(options: readonly string[]) {
    super('help requested');
    this.options = options;
  }
}

/**
 * Parses a command's arguments (with `node:util`'s `parseArgs`, strict):
 * unknown options and bad values are usage errors (exit 2), in the language
 * of `--lang`, with the nearest option or value as a suggestion.
 */
export function parseCommandArgs<S extends OptionSpec>(args: readonly string[], spec: S) {
  const lang = langOf(args);
  const options = { format: { type: 'string' }, lang: { type: 'string' }, ...spec } as OptionSpec;
  const end = args.indexOf('--');
  const flags = end < 0 ? args : args.slice(0, end);
  if (flags.includes('--help') || flags.includes('-h')) throw new HelpRequest(Object.keys(options));
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw toUsageError(error, options, lang);
  }
  const values = parsed.values as Record<string, string | boolean | string[] | undefined>;
  const format = oneOf('format', values.format ?? 'text', ['text', 'json'], lang);
  const chosen = oneOf('lang', values.lang ?? 'vi', ['vi', 'en'], lang);
  return {
    positionals: parsed.positionals,
    values,
    common: { format, lang: chosen } as CommonOptions,
  };
}
