import { checkCommand } from './commands/check.js';
import { deriveCommand } from './commands/derive.js';
import { diffCommand } from './commands/diff.js';
import { importCommand } from './commands/import.js';
import { progressCommand } from './commands/progress.js';
import { renderCommand } from './commands/render.js';
import { scheduleCommand } from './commands/schedule.js';
import { validateCommand } from './commands/validate.js';
import type { CliIo } from './io.js';
import { UsageError } from './usage-error.js';

const COMMANDS: Record<string, (args: readonly string[], io: CliIo) => Promise<number>> = {
  validate: validateCommand,
  schedule: scheduleCommand,
  render: renderCommand,
  import: importCommand,
  progress: progressCommand,
  derive: deriveCommand,
  check: checkCommand,
  diff: diffCommand,
};

const USAGE = `usage: rollout <command> [options]

commands:
  validate <plan.json> [--format text|json]
  schedule <plan.json> [--units <units.json>] [--actuals <held.json>] [--today YYYY-MM-DD]
           [--exempt <id,id…>] [--format text|json]
  render <plan.json> --to md|html|txt|docx|ics|json [-o <file>] [--rules <name>]
         [--tier <id>] [--unit <id> --units <units.json>]
  import <plan.txt|plan.docx> [--format text|json]
  progress <plan.json> --events <events.ndjson> [--units <units.json>] [--today YYYY-MM-DD]
           [--format text|json]
  derive <upper.json> (--unit <id> --units <units.json> | --tier <id>) [-o <file>]
         [--issued-on YYYY-MM-DD] [--session <id>]… [--format text|json]
  check <lower.json|.txt|.docx> --against <upper.json> [--tier <id>] [--plan <n>]
        [--format text|json]
  diff <a.json> <b.json> [--format text|json|md|html]

options: --lang vi|en (default vi)
units:   --units vn:<code>[,<code>…|all][+direct] reads Vietnam's real units (@rollout/vn-units)
exit codes: 0 ok/valid, 1 invalid, 2 unusable input
`;

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
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    (command === undefined ? io.stderr : io.stdout)(USAGE);
    return command === undefined ? 2 : 0;
  }
  const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!run) {
    io.stderr(`rollout: unknown command "${command}"\n\n${USAGE}`);
    return 2;
  }
  try {
    return await run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`rollout ${command}: ${error.message}\n`);
      return 2;
    }
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    io.stderr(`rollout ${command}: internal error: ${message}\n`);
    return 2;
  }
}
