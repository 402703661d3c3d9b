// An in-memory CliIo for the command tests: files to read, and what the command
// printed and wrote.
import type { CliIo } from '../src/io.js';

/** A file that never ends, as `/dev/zero` or a pipe that keeps writing: not a regular file, no size. */
export class EndlessFile {
  /** How many chunks were read from it (so a test can see the reader stopped). */
  chunksRead = 0;
  /** The chunk handed again and again. */
  readonly chunk: Uint8Array;
  constructor(chunkSize = 1 << 20, fill = 0x20) {
    this.chunk = new Uint8Array(chunkSize).fill(fill);
  }
}

/** A regular file of `size` bytes that must not be read (a test of the size check made before reading). */
export class HugeFile {
  /** How many times something tried to read it. */
  reads = 0;
  constructor(readonly size: number) {}
}

type FakeFile = string | Uint8Array | EndlessFile | HugeFile;

/** A CliIo over `files`; `out()`/`err()` give what was printed, `written` what was written. */
export function fakeIo(files: Record<string, FakeFile>) {
  const out: string[] = [];
  const err: string[] = [];
  const written = new Map<string, string | Uint8Array>();
  const get = (p: string): FakeFile => {
    if (!Object.hasOwn(files, p))
      throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
    return files[p]!;
  };
  const bytesOf = (f: string | Uint8Array) =>
    typeof f === 'string' ? new TextEncoder().encode(f) : f;
  const io: CliIo = {
    stdout: (s) => void out.push(s),
    stderr: (s) => void err.push(s),
    readFile: async (p) => {
      const f = get(p);
      if (f instanceof EndlessFile)
        throw new Error(`readFile on the endless file ${p} would never end`);
      if (f instanceof HugeFile) {
        f.reads++;
        throw new Error(`readFile on the huge file ${p}`);
      }
      return bytesOf(f);
    },
    writeFile: async (p, data) => void written.set(p, data),
    stat: async (p) => {
      const f = get(p);
      if (f instanceof EndlessFile) return { regular: false, size: 0 };
      if (f instanceof HugeFile) return { regular: true, size: f.size };
      return { regular: true, size: bytesOf(f).length };
    },
    readChunks: (p) => ({
      async *[Symbol.asyncIterator]() {
        const f = get(p);
        if (f instanceof EndlessFile) {
          for (;;) {
            f.chunksRead++;
            yield f.chunk;
          }
        }
        if (f instanceof HugeFile) {
          f.reads++;
          throw new Error(`read of the huge file ${p}`);
        }
        // Small chunks, so that readers meet characters and lines cut across chunks.
        const bytes = bytesOf(f);
        for (let at = 0; at < bytes.length; at += 4096) yield bytes.subarray(at, at + 4096);
      },
    }),
  };
  /** A written file as text. */
  const writtenText = (p: string): string | undefined => {
    const data = written.get(p);
    return data === undefined || typeof data === 'string' ? data : new TextDecoder().decode(data);
  };
  return { io, out: () => out.join(''), err: () => err.join(''), written, writtenText };
}
