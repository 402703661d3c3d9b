import { parseArgs } from 'node:util';
import type { Lang } from './lang.js';
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

/** Parses a command's arguments; unknown options and bad values are usage errors. */
export function parseCommandArgs<S extends OptionSpec>(args: readonly string[], spec: S) {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...args],
      options: { format: { type: 'string' }, lang: { type: 'string' }, ...spec },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const values = parsed.values as Record<string, string | boolean | string[] | undefined>;
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json')
    throw new UsageError(`--format must be text or json, not ${String(format)}`);
  const lang = values.lang ?? 'vi';
  if (lang !== 'vi' && lang !== 'en')
    throw new UsageError(`--lang must be vi or en, not ${String(lang)}`);
  return { positionals: parsed.positionals, values, common: { format, lang } as CommonOptions };
}
