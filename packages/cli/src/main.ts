import { cleanText } from '@rollout/core';
import { formatOf, langOf } from './args.js';
import { checkCommand } from './commands/check.js';
import { deriveCommand } from './commands/derive.js';
import { diffCommand } from './commands/diff.js';
import { importCommand } from './commands/import.js';
import { progressCommand } from './commands/progress.js';
import { renderCommand } from './commands/render.js';
import { scheduleCommand } from './commands/schedule.js';
import { validateCommand } from './commands/validate.js';
import { errorDocument, issuesToText } from './format-issues.js';
import { commandHelp, overviewHelp } from './help.js';
import type { CliIo } from './io.js';
import { createCliIssue } from './issues.js';
import { type Lang, t } from './lang.js';
import { printJson } from './output.js';
import { closest } from './suggest.js';
import { UsageError } from './usage-error.js';
import { VERSION } from './version.js';

/** The commands, by name (each has its help in `help.ts`). */
export const COMMANDS: Record<string, (args: readonly string[], io: CliIo) => Promise<number>> = {
  validate: validateCommand,
  schedule: scheduleCommand,
  render: renderCommand,
  import: importCommand,
  progress: progressCommand,
  derive: deriveCommand,
  check: checkCommand,
  diff: diffCommand,
};

/**
 * The io the commands get: standard error goes through core's `cleanText`,
 * so that no control character from the input reaches the terminal there.
 * (Standard output is cleaned where it carries text for people: the
 * commands' `printText`; documents and JSON are written as they are.)
 */
function cleanedIo(io: CliIo): CliIo {
  return {
    stdout: (text) => io.stdout(text),
    stderr: (text) => io.stderr(cleanText(text)),
    readFile: (path) => io.readFile(path),
    writeFile: (path, data) => io.writeFile(path, data),
    ...(io.stat ? { stat: (path: string) => io.stat!(path) } : {}),
    ...(io.readChunks ? { readChunks: (path: string) => io.readChunks!(path) } : {}),
  };
}

/**
 * Prints an exit-2 failure: with `--format json` its one document on standard
 * output; always a message on standard error.
 */
function fail(
  io: CliIo,
  error: UsageError,
  json: boolean,
  lang: Lang,
  command: string | undefined,
): 2 {
  if (json) printJson(io, errorDocument(error.issues, lang));
  if (error.list) io.stderr(issuesToText(error.issues, lang));
  const usage = error.issues.every((i) => i.code === 'cli/usage');
  const help = command === undefined ? 'rollout --help' : `rollout ${command} --help`;
  io.stderr(
    `${command === undefined ? 'rollout' : `rollout ${command}`}: ${error.message}\n${
      usage ? `${t(lang, `Xem: ${help}`, `See: ${help}`)}\n` : ''
    }`,
  );
  return 2;
}

/**
 * Runs the \`rollout\` command line and returns its exit code.
 *
 * @remarks Never throws: usage errors and unusable input print a message on
 * standard error and return 2; with `--format json`, every exit (0, 1 or 2)
 * prints exactly one JSON document on standard output — on exit 2
 * `{ "error": { "code", "message" }, "issues": [...] }`.
 * @param argv - The arguments after the program name.
 * @param io - Where to read and write (see {@link nodeIo}).
 * @returns 0 (ok), 1 (invalid input) or 2 (unusable input).
 * @example
 * ```ts
 * const code = await runCli(['validate', 'plan.json', '--format', 'json'], nodeIo());
 * ```
 * @category CLI
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const lang = langOf(argv);
  const json = formatOf(argv) === 'json';
  const safe = cleanedIo(io);
  try {
    return await dispatch(argv, safe, lang, json);
  } catch (error) {
    // A fault of the CLI itself: still one JSON document, still exit 2.
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const issue = createCliIssue('cli/internal', { detail });
    return fail(
      safe,
      new UsageError(issue.message[lang], { issues: [issue] }),
      json,
      lang,
      undefined,
    );
  }
}

async function dispatch(
  argv: readonly string[],
  io: CliIo,
  lang: Lang,
  json: boolean,
): Promise<number> {
  const names = Object.keys(COMMANDS);
  // The command is the first word that is not an option (or the value of a leading --lang).
  let at = 0;
  while (at < argv.length && argv[at]?.startsWith('-') && argv[at] !== '--') {
    at += argv[at] === '--lang' || argv[at] === '--format' ? 2 : 1;
  }
  const command = argv[at];
  const rest = [...argv.slice(0, at), ...argv.slice(at + 1)];
  const end = rest.indexOf('--');
  const flags = end < 0 ? rest : rest.slice(0, end);
  const wantsHelp = flags.includes('--help') || flags.includes('-h');
  if (command === undefined) {
    if (flags.includes('--version') || flags.includes('-v')) {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    if (wantsHelp) {
      io.stdout(overviewHelp(names, lang));
      return 0;
    }
    io.stderr(overviewHelp(names, lang));
    if (json)
      printJson(
        io,
        errorDocument(
          [
            createCliIssue('cli/usage', {
              detail: t(lang, 'Chưa có lệnh.', 'No command was given.'),
            }),
          ],
          lang,
        ),
      );
    return 2;
  }
  if (command === 'help') {
    const topic = rest.find((a) => !a.startsWith('-'));
    if (topic === undefined) {
      io.stdout(overviewHelp(names, lang));
      return 0;
    }
    return dispatch([topic, '--help', ...rest.filter((a) => a !== topic)], io, lang, json);
  }
  const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!run) {
    const guess = closest(command, names);
    const message = `${t(lang, `không có lệnh "${command}".`, `unknown command "${command}".`)}${
      guess === undefined
        ? ''
        : t(lang, ` Có phải ý bạn là "${guess}"?`, ` Did you mean "${guess}"?`)
    }`;
    return fail(io, new UsageError(message), json, lang, undefined);
  }
  if (wantsHelp) {
    io.stdout(
      commandHelp(command, lang) ?? `${t(lang, 'Cách dùng:', 'Usage:')}\n  rollout ${command} …\n`,
    );
    return 0;
  }
  try {
    return await run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) return fail(io, error, json, lang, command);
    throw error;
  }
}
