import { readFile, writeFile } from 'node:fs/promises';

/**
 * What a command reads and writes, so that tests can run commands in memory.
 *
 * @category CLI
 */
export interface CliIo {
  /** Writes to standard output. */
  stdout(text: string): void;
  /** Writes to standard error. */
  stderr(text: string): void;
  /** Reads a whole file. */
  readFile(path: string): Promise<Uint8Array>;
  /** Writes a whole file. */
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
}

/**
 * The real process's input and output.
 *
 * @example
 * ```ts
 * await runCli(['validate', 'plan.json'], nodeIo());
 * ```
 * @category CLI
 */
export function nodeIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: async (path) => new Uint8Array(await readFile(path)),
    writeFile: (path, data) => writeFile(path, data),
  };
}
