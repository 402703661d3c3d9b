import { langOf } from './args.js';
import { checkCommand } from './commands/check.js';
import { deriveCommand } from './commands/derive.js';
import { diffCommand } from './commands/diff.js';
import { importCommand } from './commands/import.js';
import { progressCommand } from './commands/progress.js';
import { renderCommand } from './commands/render.js';
import { scheduleCommand } from './commands/schedule.js';
import { validateCommand } from './commands/validate.js';
import { commandHelp, overviewHelp } from './help.js';
import type { CliIo } from './io.js';
import { t } from './lang.js';
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
 * Runs the \`rollout\` command line and returns its exit code.
 *
 * @remarks Never throws: usage errors and unreadable input print a message on
 * standard error and return 2.
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
  const names = Object.keys(COMMANDS);
  // The command is the first word that is not an option (or the value of a leading --lang).
  let at = 0;
  while (at < argv.length && argv[at]?.startsWith('-') && argv[at] !== '--') {
    at += argv[at] === '--lang' ? 2 : 1;
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
    (wantsHelp ? io.stdout : io.stderr)(overviewHelp(names, lang));
    return wantsHelp ? 0 : 2;
  }
  if (command === 'help') {
    const topic = rest.find((a) => !a.startsWith('-'));
    if (topic === undefined) {
      io.stdout(overviewHelp(names, lang));
      return 0;
    }
    return runCli([topic, '--help', ...rest.filter((a) => a !== topic)], io);
  }
  const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!run) {
    const guess = closest(command, names);
    io.stderr(
      `${t(lang, `rollout: không có lệnh "${command}".`, `rollout: unknown command "${command}".`)}${
        guess === undefined
          ? ''
          : t(lang, ` Có phải ý bạn là "${guess}"?`, ` Did you mean "${guess}"?`)
      }\n${t(lang, 'Xem: rollout --help', 'See: rollout --help')}\n`,
    );
    return 2;
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
    if (error instanceof UsageError) {
      io.stderr(
        `rollout ${command}: ${error.message}\n${t(lang, `Xem: rollout ${command} --help`, `See: rollout ${command} --help`)}\n`,
      );
      return 2;
    }
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    io.stderr(`rollout ${command}: internal error: ${message}\n`);
    return 2;
  }
}
