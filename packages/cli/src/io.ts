import { createReadStream } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';

/**
 * What {@link CliIo.stat} tells of a file, without reading it.
 *
 * @example
 * ```ts
 * const devZero: CliFileInfo = { regular: false, size: 0 };
 * devZero.regular; // => false
 * ```
 * @category CLI
 */
export interface CliFileInfo {
  /** Whether it is a regular file (whose `size` can be trusted); `false` for a pipe, a device such as `/dev/zero`, standard input. */
  readonly regular: boolean;
  /** Its size in bytes (a regular file's; 0 or anything for others). */
  readonly size: number;
}

/**
 * What a command reads and writes, so that tests can run commands in memory.
 *
 * @remarks Every file the CLI reads goes through one bounded reader: it calls
 * `stat` first and refuses a regular file over the limit without reading it,
 * then reads `readChunks` and stops as soon as the limit is passed (a pipe,
 * `/dev/zero`). An `io` without `stat` and `readChunks` is read with
 * `readFile` and checked after reading.
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
  /** Tells whether a file is a regular one and its size; rejects when it cannot be opened. */
  stat?(path: string): Promise<CliFileInfo>;
  /** Reads a file chunk by chunk; the reader stops iterating (and so closes the file) once it has enough. */
  readChunks?(path: string): AsyncIterable<Uint8Array>;
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
    stat: async (path) => {
      const s = await stat(path);
      if (s.isDirectory())
        throw Object.assign(new Error(`EISDIR: illegal operation on a directory`), {
          code: 'EISDIR',
        });
      return { regular: s.isFile(), size: s.size };
    },
    readChunks: (path) => createReadStream(path, { highWaterMark: 1 << 16 }),
  };
}
