// An in-memory CliIo for the command tests: files to read, and what the command
// printed and wrote.
import type { CliIo } from '../src/io.js';

/** A CliIo over `files`; `out()`/`err()` give what was printed, `written` what was written. */
export function fakeIo(files: Record<string, string | Uint8Array>) {
  const out: string[] = [];
  const err: string[] = [];
  const written = new Map<string, string | Uint8Array>();
  const io: CliIo = {
    stdout: (s) => void out.push(s),
    stderr: (s) => void err.push(s),
    readFile: async (p) => {
      if (!Object.hasOwn(files, p)) throw new Error(`ENOENT: ${p}`);
      const f = files[p]!;
      return typeof f === 'string' ? new TextEncoder().encode(f) : f;
    },
    writeFile: async (p, data) => void written.set(p, data),
  };
  /** A written file as text. */
  const writtenText = (p: string): string | undefined => {
    const data = written.get(p);
    return data === undefined || typeof data === 'string' ? data : new TextDecoder().decode(data);
  };
  return { io, out: () => out.join(''), err: () => err.join(''), written, writtenText };
}
