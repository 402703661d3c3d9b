import {
  createIssue,
  isValidIsoDate,
  type ProgressEvent,
  ProgressEventSchema,
  parseProgressEvent,
  type Unit,
  UnitSchema,
} from '@rollout/core';
import * as z from 'zod/mini';
import { compileFastCheck, type FastCheck, nestingOf, tallyProves } from './internal/fast-check.js';
import { type KeyOrder, keyOrderOf } from './internal/key-order.js';
import { type EndedLine, PartialLine } from './internal/partial-line.js';
import { plainText, provenClean } from './internal/quick-check.js';
import { scanJson } from './internal/scan.js';
import { fatalUtf8Decoder, invalidUtf8At } from './internal/utf8.js';
import { writeJson } from './internal/write-json.js';
import { schemaIssues } from './internal/zod-issues.js';
import { type AnyIssue, createJsonIssue, type JsonIssue } from './issues.js';

/**
 * The reader of a WHATWG `ReadableStream` (only what the NDJSON reader uses).
 *
 * @category Model
 */
export interface StreamReaderLike {
  /** Reads the next chunk. */
  read(): Promise<{
    /** `true` when the stream has ended. */
    readonly done: boolean;
    /** The chunk read, bytes or text; absent once the stream has ended. */
    readonly value?: Uint8Array | string | undefined;
  }>;
  /** Releases the lock on the stream. */
  releaseLock(): void;
}

/**
 * A WHATWG `ReadableStream` of bytes or text (only what the NDJSON reader uses).
 *
 * @category Model
 */
export interface ReadableStreamLike {
  /** Locks the stream and returns its reader. */
  getReader(): StreamReaderLike;
}

/**
 * Where NDJSON comes from: a WHATWG `ReadableStream<Uint8Array>` (`fetch`'s
 * `response.body`, `Blob.stream()`), a Node readable stream (an async
 * iterable of `Buffer`s, e.g. `fs.createReadStream(path)`), or any
 * (async) iterable of `Uint8Array` or `string` chunks.
 *
 * @remarks Bytes are split into lines at the newline byte and each line is
 * decoded whole with a fatal UTF-8 `TextDecoder`: a character split across
 * two chunks is read whole, and a line whose bytes are not UTF-8 is a bad
 * line (`json/invalid-utf8`), never read with U+FFFD. Text chunks are taken
 * as they are. Do not mix byte and text chunks in one source.
 * @category Model
 */
export type NdjsonSource =
  | ReadableStreamLike
  | AsyncIterable<Uint8Array | string>
  | Iterable<Uint8Array | string>;

/**
 * Options of {@link readNdjson}.
 *
 * @category Model
 */
export interface ReadNdjsonOptions {
  /**
   * The longest line accepted, in UTF-16 code units (default 1,048,576);
   * longer lines are bad, not buffered (of bytes, at most three per code unit
   * of the limit are held before the line is dropped).
   */
  readonly maxLineLength?: number;
  /** The deepest nesting allowed in one record (default 64). */
  readonly maxDepth?: number;
}

/**
 * One line of an NDJSON file: a good record, or a bad line with its issues.
 *
 * @remarks `line` counts from 1. Paths of a bad line's issues are relative
 * to its record. A good record may carry `warnings` (a duplicate key).
 * @category Model
 */
export type NdjsonEntry<T> =
  | {
      /** `true`: a good record. */
      readonly ok: true;
      /** The line number, from 1. */
      readonly line: number;
      /** The record, as the check returned it. */
      readonly value: T;
      /** Warnings found in the line (a duplicate key), if any. */
      readonly warnings?: readonly AnyIssue[];
    }
  | {
      /** `false`: a bad line. */
      readonly ok: false;
      /** The line number, from 1. */
      readonly line: number;
      /** Why the line is bad, with paths relative to its record. */
      readonly issues: readonly AnyIssue[];
    };

/**
 * What an NDJSON reader has read so far.
 *
 * @remarks `lines = good + bad + blank`. Blank lines (only white space) are
 * skipped and counted; nothing else is skipped.
 * @category Model
 */
export interface NdjsonCounts {
  /** Lines read, blank ones included. */
  readonly lines: number;
  /** Records that passed. */
  readonly good: number;
  /** Lines that failed (each yielded with its issues). */
  readonly bad: number;
  /** Blank lines, skipped. */
  readonly blank: number;
}

const isStream = (s: NdjsonSource): s is ReadableStreamLike =>
  typeof (s as Partial<ReadableStreamLike>).getReader === 'function';

async function* chunksOf(source: NdjsonSource): AsyncGenerator<Uint8Array | string> {
  if (isStream(source)) {
    const reader = source.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        if (value !== undefined) yield value;
      }
    } finally {
      reader.releaseLock();
    }
  } else {
    yield* source;
  }
}

/**
 * A check of one NDJSON record: a function like core's `parseProgressEvent`.
 *
 * @remarks {@link readNdjson} accepts a zod schema or such a function.
 * @typeParam T - The type of a good record.
 * @category Model
 */
export type NdjsonRecordCheck<T> = (value: unknown) =>
  | {
      /** `true`: the record passed. */
      readonly success: true;
      /** The record, checked. */
      readonly data: T;
    }
  | {
      /** `false`: the record failed. */
      readonly success: false;
      /** Why, with paths relative to the record. */
      readonly issues: readonly AnyIssue[];
    };

/**
 * A streaming NDJSON reader: an async iterable of {@link NdjsonEntry}, with
 * running {@link NdjsonCounts}.
 *
 * @remarks Made by {@link readNdjson}; iterate it once. Memory stays
 * constant in the number of lines: one chunk and one partial line are held
 * at a time.
 * @typeParam T - The type of a good record.
 * @category Model
 */
export class NdjsonReader<T> implements AsyncIterable<NdjsonEntry<T>> {
  readonly #source: NdjsonSource;
  readonly #check: NdjsonRecordCheck<T>;
  readonly #maxLineLength: number;
  readonly #maxDepth: number;
  readonly #shaped: Shaped | undefined;
  #lines = 0;
  #good = 0;
  #bad = 0;
  #blank = 0;
  #started = false;

  /**
   * Prefer {@link readNdjson}.
   *
   * @param source - Where the lines come from.
   * @param check - The check of one record.
   * @param options - Limits.
   */
  constructor(source: NdjsonSource, check: NdjsonRecordCheck<T>, options: ReadNdjsonOptions = {}) {
    this.#source = source;
    this.#check = check;
    this.#maxLineLength = options.maxLineLength ?? 1_048_576;
    this.#maxDepth = options.maxDepth ?? 64;
    const shaped = SHAPED.get(check);
    this.#shaped =
      shaped !== undefined && nestingOf(shaped.fast) <= this.#maxDepth ? shaped : undefined;
  }

  /**
   * The counts so far; final once iteration has ended.
   *
   * @returns `{ lines, good, bad, blank }`.
   */
  get counts(): NdjsonCounts {
    return { lines: this.#lines, good: this.#good, bad: this.#bad, blank: this.#blank };
  }

  /**
   * Iterates the lines: each good record and each bad line, in order.
   *
   * @returns An async iterator of entries.
   * @throws Error when iterated a second time, or when the source itself fails.
   */
  [Symbol.asyncIterator](): AsyncIterator<NdjsonEntry<T>> {
    if (this.#started) throw new Error('An NdjsonReader can be iterated only once.');
    this.#started = true;
    return this.#run();
  }

  async *#run(): AsyncGenerator<NdjsonEntry<T>> {
    const decoder = fatalUtf8Decoder();
    const partial = new PartialLine(this.#maxLineLength);
    let offset = 0;
    for await (const chunk of chunksOf(this.#source)) {
      if (chunk.length === 0) continue;
      const isText = typeof chunk === 'string';
      const base = offset;
      if (!isText) offset += chunk.length;
      const first = isText ? chunk.indexOf('\n') : chunk.indexOf(10);
      if (first < 0) {
        if (isText) partial.keepText(chunk);
        else partial.keepBytes(chunk, base);
        continue;
      }
      let from = 0;
      if (partial.open) {
        const ended = partial.end(isText ? chunk.slice(0, first) : chunk.subarray(0, first), base);
        const entry = this.#ended(ended);
        if (entry !== undefined) yield entry;
        from = first + 1;
      }
      // The whole lines of the chunk at once, then the start of the next line.
      if (isText) {
        const last = chunk.lastIndexOf('\n');
        if (from <= last) yield* this.#wholeLines(chunk.slice(from, last));
        if (last + 1 < chunk.length) partial.keepText(chunk.slice(last + 1));
      } else {
        const last = chunk.lastIndexOf(10);
        if (from <= last) yield* this.#byteLines(chunk, from, last, base, decoder);
        if (last + 1 < chunk.length) partial.keepBytes(chunk.subarray(last + 1), base + last + 1);
      }
    }
    if (partial.open) {
      const entry = this.#ended(partial.end());
      if (entry !== undefined) yield entry;
    }
  }

  /** The entry of a line read across chunks. */
  #ended(ended: EndedLine): NdjsonEntry<T> | undefined {
    if (ended.kind === 'not-utf8') return this.#notUtf8(ended.offset);
    return this.#line(ended.kind === 'long' ? null : ended.text, false);
  }

  /** The lines of a text of whole lines (`\n` between them, none at the end). */
  *#wholeLines(text: string): Generator<NdjsonEntry<T>> {
    // One look at the whole text for `\u` and lone surrogates serves all its lines.
    const plain = this.#shaped !== undefined && plainText(text, 0);
    let start = 0;
    for (;;) {
      const nl = text.indexOf('\n', start);
      const entry = this.#line(nl < 0 ? text.slice(start) : text.slice(start, nl), plain);
      if (entry !== undefined) yield entry;
      if (nl < 0) return;
      start = nl + 1;
    }
  }

  /**
   * The whole lines in `chunk[from, last)` (`last` is a newline), the chunk
   * starting at byte `base` of the source: decoded at once, or, when that
   * fails, line by line so that only the lines that are not UTF-8 are bad.
   */
  *#byteLines(
    chunk: Uint8Array,
    from: number,
    last: number,
    base: number,
    decoder: { decode(input: Uint8Array): string },
  ): Generator<NdjsonEntry<T>> {
    let text: string | undefined;
    try {
      text = decoder.decode(chunk.subarray(from, last));
    } catch {
      // Some line is not UTF-8: each line on its own below.
    }
    if (text !== undefined) {
      yield* this.#wholeLines(text);
      return;
    }
    for (let a = from; a <= last; ) {
      const nl = chunk.indexOf(10, a);
      const b = nl < 0 || nl > last ? last : nl;
      let line: string | undefined;
      try {
        line = decoder.decode(chunk.subarray(a, b));
      } catch {
        // Not UTF-8: a bad line.
      }
      const entry =
        line === undefined
          ? this.#notUtf8(base + a + Math.max(0, invalidUtf8At(chunk, a, b) - a))
          : this.#line(line, false);
      if (entry !== undefined) yield entry;
      a = b + 1;
    }
  }

  /** A bad line whose bytes are not UTF-8, the first bad byte at `offset` of the source. */
  #notUtf8(offset: number): NdjsonEntry<T> {
    const line = ++this.#lines;
    this.#bad++;
    return {
      ok: false,
      line,
      issues: [createJsonIssue('json/invalid-utf8', [], { line, offset })],
    };
  }

  /**
   * Checks one line (`null`: too long, not kept); `plain` when its chunk is
   * known to hold no `\u` and no lone surrogate.
   */
  #line(raw: string | null, plain: boolean): NdjsonEntry<T> | undefined {
    const line = ++this.#lines;
    if (raw === null || raw.length > this.#maxLineLength) {
      this.#bad++;
      return {
        ok: false,
        line,
        issues: [
          createJsonIssue('json/too-large', [], {
            line,
            length: raw === null ? `>${this.#maxLineLength}` : raw.length,
            maxLength: this.#maxLineLength,
          }),
        ],
      };
    }
    // A byte order mark may open the file (and only the file).
    const bom = line === 1 && raw.charCodeAt(0) === 0xfeff ? 1 : 0;
    const cr = raw.charCodeAt(raw.length - 1) === 13 ? 1 : 0;
    const text = bom + cr === 0 ? raw : raw.slice(bom, raw.length - cr);
    if (isBlank(text)) {
      this.#blank++;
      return undefined;
    }
    let value: unknown;
    let issues: AnyIssue[] = NONE;
    let proven = false;
    let parsedOk = false;
    try {
      value = JSON.parse(text);
      parsedOk = true;
    } catch {
      // Not JSON: the scan says where and why.
    }
    // The common case in one pass: the shape test passes and, counting as it
    // goes, proves the line clean (see `tallyOf`); the record is then what the
    // check would return. Otherwise the full path below decides.
    const shaped = this.#shaped;
    if (parsedOk && shaped !== undefined && (plain || plainText(text, 0))) {
      if (tallyProves(shaped.fast, value, text, 0) && shaped.accept(value)) {
        this.#good++;
        return { ok: true, line, value: value as T };
      }
    }
    if (parsedOk) proven = provenClean(text, 0, value, this.#maxDepth);
    if (!proven) {
      const scan = scanJson(text, 0, { maxDepth: this.#maxDepth, maxIssues: 20 });
      issues = scan.issues.length > 0 ? scan.issues.map((i) => withLine(i, line)) : scan.issues;
      if (scan.fatal || !parsedOk) {
        this.#bad++;
        if (issues.length === 0) {
          issues = [
            createJsonIssue('json/syntax', [], {
              line,
              column: 1,
              detail: 'not JSON',
              detailVi: 'không phải JSON',
            }),
          ];
        }
        return { ok: false, line, issues };
      }
    }
    let parsed: ReturnType<NdjsonRecordCheck<T>>;
    try {
      parsed = this.#check(value);
    } catch (error) {
      const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      parsed = {
        success: false,
        issues: [createIssue('schema/unreadable', [], { reason: reason.slice(0, 200) })],
      };
    }
    if (!parsed.success) {
      this.#bad++;
      return { ok: false, line, issues: [...issues, ...parsed.issues] };
    }
    if (issues.some((i) => i.severity === 'error')) {
      this.#bad++;
      return { ok: false, line, issues };
    }
    this.#good++;
    return issues.length > 0
      ? { ok: true, line, value: parsed.data, warnings: issues }
      : { ok: true, line, value: parsed.data };
  }
}

const NONE: AnyIssue[] = [];

/**
 * What the reader may use for the common case of a record check made here:
 * its fast shape test, and what the check asks beyond the shape (`accept`).
 * A record that passes both is returned by the check as it is.
 */
interface Shaped {
  readonly fast: FastCheck;
  readonly accept: (value: unknown) => boolean;
}
const SHAPED = new WeakMap<NdjsonRecordCheck<unknown>, Shaped>();
const always = (): boolean => true;

function isBlank(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/** Adds the file's line to an issue found inside one line (its `line` was 1 there). */
function withLine(issue: JsonIssue, line: number): JsonIssue {
  return createJsonIssue(issue.code, issue.path, { ...issue.params, line }, issue.severity);
}

/**
 * Reads NDJSON (one JSON value a line) from a stream, checking each record
 * against a zod schema, with constant memory.
 *
 * @remarks Every line is accounted for: good records are yielded as
 * `{ ok: true, line, value }`, bad lines as `{ ok: false, line, issues }`
 * (JSON syntax with the column, duplicate keys, unsafe numbers, lone
 * surrogates, bytes that are not UTF-8, too deep, too long, schema issues
 * with core's `schema/…` codes), and reading goes on after a bad line; blank lines are skipped and
 * counted. `reader.counts` gives the totals. Lines end with `\n` or `\r\n`;
 * a last line without a newline is read. A UTF-8 byte order mark is skipped.
 * @param source - A `ReadableStream`, a Node stream or an (async) iterable of chunks.
 * @param schema - The zod schema of one record (e.g. core's `UnitSchema`).
 * @param options - `maxLineLength`, `maxDepth`.
 * @returns A reader to iterate once with `for await`.
 * @example Reading units from a file in Node
 * ```ts
 * import { createReadStream } from 'node:fs';
 * import { type Unit, UnitSchema } from '@rollout/core';
 * const units: Unit[] = [];
 * const reader = readNdjson(createReadStream('units.ndjson'), UnitSchema);
 * for await (const entry of reader) {
 *   if (entry.ok) units.push(entry.value);
 *   else console.error(`line ${entry.line}:`, entry.issues.map((i) => i.message.en));
 * }
 * reader.counts; // => { lines: 110, good: 109, bad: 1, blank: 0 }
 * ```
 * @see {@link readUnitsNdjson}, {@link collectNdjson}, {@link writeNdjson}
 * @category Model
 */
export function readNdjson<S extends z.core.$ZodType>(
  source: NdjsonSource,
  schema: S,
  options?: ReadNdjsonOptions,
): NdjsonReader<z.output<S>>;
export function readNdjson<T>(
  source: NdjsonSource,
  check: NdjsonRecordCheck<T>,
  options?: ReadNdjsonOptions,
): NdjsonReader<T>;
export function readNdjson(
  source: NdjsonSource,
  schemaOrCheck: z.core.$ZodType | NdjsonRecordCheck<unknown>,
  options: ReadNdjsonOptions = {},
): NdjsonReader<unknown> {
  const check = typeof schemaOrCheck === 'function' ? schemaOrCheck : zodCheck(schemaOrCheck);
  return new NdjsonReader(source, check, options);
}

function zodCheck<T>(schema: z.core.$ZodType<T>): NdjsonRecordCheck<T> {
  const fast = compileFastCheck(schema);
  const check: NdjsonRecordCheck<T> = (value) => {
    if (fast?.(value)) return { success: true, data: value as T };
    const parsed = z.safeParse(schema, value);
    return parsed.success
      ? { success: true, data: parsed.data }
      : { success: false, issues: schemaIssues(parsed.error.issues, value) };
  };
  if (fast) SHAPED.set(check as NdjsonRecordCheck<unknown>, { fast, accept: always });
  return check;
}

/**
 * Reads progress events (core's `ProgressEventSchema`, checked by
 * `parseProgressEvent`), one a line, as {@link readNdjson} does.
 *
 * @remarks The events file of `rollout progress --events`. Each line is one
 * event; issues of a bad line use core's codes (`schema/…`,
 * `date/nonexistent`) with paths relative to the event.
 * @param source - A `ReadableStream`, a Node stream or an (async) iterable of chunks.
 * @param options - `maxLineLength`, `maxDepth`.
 * @returns A reader of progress events.
 * @example
 * ```ts
 * const line = '{"kind":"report-sent","unit":"ns","date":"2020-10-01","recordedBy":"VP","recordedAt":"2020-10-01T08:00:00+07:00"}\n';
 * const r = await collectNdjson(readEventsNdjson([line]));
 * r.counts.good; // => 1
 * ```
 * @see {@link readNdjson}
 * @category Progress
 */
export function readEventsNdjson(
  source: NdjsonSource,
  options: ReadNdjsonOptions = {},
): NdjsonReader<ProgressEvent> {
  return new NdjsonReader(source, eventCheck(), options);
}

/** Beyond the shape, `parseProgressEvent` asks that the date exist. */
const eventDateExists = (value: unknown): boolean => {
  const date = (value as { date?: string }).date;
  if (date === undefined) return true;
  // Events come many to a day: each date is checked once (a small cache, emptied when full).
  let ok = datesSeen.get(date);
  if (ok === undefined) {
    ok = isValidIsoDate(date);
    if (datesSeen.size >= 4096) datesSeen.clear();
    datesSeen.set(date, ok);
  }
  return ok;
};
const datesSeen = new Map<string, boolean>();

let eventCheckMemo: NdjsonRecordCheck<ProgressEvent> | undefined;
/** The check of one progress event, made on first use. */
function eventCheck(): NdjsonRecordCheck<ProgressEvent> {
  if (eventCheckMemo) return eventCheckMemo;
  const fast = compileFastCheck(ProgressEventSchema);
  const check: NdjsonRecordCheck<ProgressEvent> = (value) => {
    // The fast path accepts what `parseProgressEvent` accepts: the schema, and a date that exists.
    if (fast?.(value) && eventDateExists(value))
      return { success: true, data: value as ProgressEvent };
    return parseProgressEvent(value);
  };
  if (fast) SHAPED.set(check as NdjsonRecordCheck<unknown>, { fast, accept: eventDateExists });
  eventCheckMemo = check;
  return check;
}

/**
 * Reads units (core's `UnitSchema`), one a line, as {@link readNdjson} does.
 *
 * @remarks The NDJSON form of a unit tree at national scale: one unit object
 * a line, parents linked by id. Unit ids are not checked for uniqueness here
 * (that would need memory in the number of units).
 * @param source - A `ReadableStream`, a Node stream or an (async) iterable of chunks.
 * @param options - `maxLineLength`, `maxDepth`.
 * @returns A reader of units.
 * @example
 * ```ts
 * const reader = readUnitsNdjson(['{"id":"th","name":"Tỉnh ủy Thanh Hóa","level":"province"}\n']);
 * for await (const entry of reader) entry.ok && entry.value.id; // => 'th'
 * ```
 * @see {@link readNdjson}
 * @category Model
 */
export function readUnitsNdjson(
  source: NdjsonSource,
  options: ReadNdjsonOptions = {},
): NdjsonReader<Unit> {
  return new NdjsonReader(source, zodCheck(UnitSchema as z.core.$ZodType<Unit>), options);
}

/**
 * Everything an NDJSON reader read, held in memory: for small files and tests.
 *
 * @category Model
 */
export interface CollectedNdjson<T> {
  /** The good records with their lines. */
  readonly values: {
    /** The line number, from 1. */
    readonly line: number;
    /** The record. */
    readonly value: T;
  }[];
  /** The bad lines with their issues. */
  readonly bad: {
    /** The line number, from 1. */
    readonly line: number;
    /** Why the line is bad, with paths relative to its record. */
    readonly issues: readonly AnyIssue[];
  }[];
  /** The totals. */
  readonly counts: NdjsonCounts;
}

/**
 * Reads a whole NDJSON reader into memory.
 *
 * @remarks For files that fit in memory; stream with `for await` otherwise.
 * @param reader - A reader from {@link readNdjson}.
 * @returns The good records, the bad lines and the counts.
 * @throws Error when the source itself fails.
 * @example
 * ```ts
 * const r = await collectNdjson(readUnitsNdjson(['{"id":"a","name":"A","level":"province"}\n{"id":1}\n']));
 * r.counts; // => { lines: 2, good: 1, bad: 1, blank: 0 }
 * ```
 * @category Model
 */
export async function collectNdjson<T>(reader: NdjsonReader<T>): Promise<CollectedNdjson<T>> {
  const values: { line: number; value: T }[] = [];
  const bad: { line: number; issues: readonly AnyIssue[] }[] = [];
  for await (const entry of reader) {
    if (entry.ok) values.push({ line: entry.line, value: entry.value });
    else bad.push({ line: entry.line, issues: entry.issues });
  }
  return { values, bad, counts: reader.counts };
}

/**
 * Options of {@link writeNdjson}.
 *
 * @category Model
 */
export interface WriteNdjsonOptions {
  /** A zod schema whose key order the records are written in (default: keys sorted). */
  readonly schema?: z.core.$ZodType;
  /** About how many characters each yielded chunk holds (default 65,536). */
  readonly chunkSize?: number;
}

/**
 * Writes records as NDJSON text, one compact JSON value a line, streaming.
 *
 * @remarks Yields chunks of whole lines, each line ending with `\n`, with a
 * stable key order (the schema's, then the others sorted), so the same
 * records give the same bytes. Memory is one chunk. Pipe it to a file with
 * Node's `Readable.from(…)`, or encode each chunk with `TextEncoder`.
 * @param items - The records, from an array or any (async) iterable.
 * @param options - `schema` (key order), `chunkSize`.
 * @returns An async iterable of text chunks.
 * @throws TypeError when a record holds a cycle or a BigInt.
 * @example
 * ```ts
 * import { UnitSchema } from '@rollout/core';
 * let text = '';
 * for await (const chunk of writeNdjson([{ name: 'A', id: 'a', level: 'province' }], { schema: UnitSchema })) text += chunk;
 * text; // => '{"id":"a","name":"A","level":"province"}\n'
 * ```
 * @see {@link readNdjson}
 * @category Model
 */
export async function* writeNdjson(
  items: AsyncIterable<unknown> | Iterable<unknown>,
  options: WriteNdjsonOptions = {},
): AsyncGenerator<string, void, undefined> {
  const order: KeyOrder = keyOrderOf(options.schema);
  const size = options.chunkSize ?? 65_536;
  let buf = '';
  for await (const item of items) {
    buf += `${writeJson(item, order, 0)}\n`;
    if (buf.length >= size) {
      yield buf;
      buf = '';
    }
  }
  if (buf.length > 0) yield buf;
}
