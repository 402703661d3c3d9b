import { createImportIssue, type ImportIssue } from './issues.js';

/**
 * The limits {@link importDocx} checks before it inflates a DOCX file.
 *
 * @remarks A DOCX file is a zip archive; a small file can unpack to gigabytes
 * (a zip bomb: 100 MB of `word/document.xml` fits in 315 KB). Before any
 * entry is handed to the reader, the archive's central directory is read and
 * its entry count and declared sizes checked; then each compressed entry is
 * inflated once through a streaming decompressor that stops at the limit, so
 * a header that lies about its size is caught too, with memory bounded by one
 * chunk. Real plans are far below these limits (a 40-page plan: ~1 MB of XML).
 * @example
 * ```ts
 * DOCX_LIMITS.maxEntries; // => 2000
 * ```
 * @category Import
 */
export const DOCX_LIMITS: DocxLimits = Object.freeze({
  maxEntries: 2000,
  maxEntryBytes: 32 * 1024 * 1024,
  maxTotalBytes: 64 * 1024 * 1024,
});

/**
 * Limits on what a DOCX file may unpack to; see {@link DOCX_LIMITS}.
 *
 * @category Import
 */
export interface DocxLimits {
  /** The most entries (files) the archive may hold. */
  readonly maxEntries: number;
  /** The most bytes one entry may unpack to. */
  readonly maxEntryBytes: number;
  /** The most bytes all entries together may unpack to. */
  readonly maxTotalBytes: number;
}

interface Entry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly offset: number;
}

const u16 = (b: Uint8Array, i: number) => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, i: number) => (u16(b, i) | (u16(b, i + 2) << 16)) >>> 0;

/** The entries of a zip's central directory, or a reason it cannot be read. */
function centralDirectory(b: Uint8Array, limits: DocxLimits): Entry[] | string {
  // The end-of-central-directory record sits in the last 22 + 65535 bytes.
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 65535); i--) {
    if (u32(b, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd === -1) return 'no zip directory';
  const count = u16(b, eocd + 10);
  const dirOffset = u32(b, eocd + 16);
  if (count === 0xffff || dirOffset === 0xffffffff) return 'zip64';
  if (count > limits.maxEntries) return `entries:${count}`;
  const out: Entry[] = [];
  let p = dirOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > b.length || u32(b, p) !== 0x02014b50) return 'broken zip directory';
    const nameLength = u16(b, p + 28);
    const name = String.fromCharCode(...b.subarray(p + 46, p + 46 + Math.min(nameLength, 200)));
    out.push({
      name,
      method: u16(b, p + 10),
      compressedSize: u32(b, p + 20),
      size: u32(b, p + 24),
      offset: u32(b, p + 42),
    });
    p += 46 + nameLength + u16(b, p + 30) + u16(b, p + 32);
  }
  return out;
}

interface ByteReader {
  read(): Promise<{ done: boolean; value?: Uint8Array }>;
  cancel(): Promise<void>;
}
/** The part of the web-standard `DecompressionStream` used here (browsers, Node ≥ 18, edge runtimes). */
type Decompressor = new (
  format: 'deflate-raw',
) => {
  readonly readable: { getReader(): ByteReader };
  readonly writable: {
    getWriter(): { write(chunk: Uint8Array): Promise<void>; close(): Promise<void> };
  };
};
const Decompression = (globalThis as { DecompressionStream?: Decompressor }).DecompressionStream;

/** How many bytes a raw-deflate stream inflates to, stopping once past `cap`. */
async function inflatedSize(data: Uint8Array, cap: number, D: Decompressor): Promise<number> {
  const ds = new D('deflate-raw');
  const writer = ds.writable.getWriter();
  writer.write(data).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = ds.readable.getReader();
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return total;
      total += value?.byteLength ?? 0;
      if (total > cap) return total;
    }
  } catch {
    return total;
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/**
 * Checks a DOCX file against the limits before it is inflated.
 *
 * @returns An `import/docx-too-large` issue, or undefined when the file is within them.
 */
export async function checkDocxLimits(
  bytes: Uint8Array,
  limits: DocxLimits = DOCX_LIMITS,
): Promise<ImportIssue | undefined> {
  const too = (what: string, size: string, limit: string) =>
    createImportIssue('import/docx-too-large', [], { what, size, limit });
  const dir = centralDirectory(bytes, limits);
  if (typeof dir === 'string') {
    if (dir.startsWith('entries:'))
      return too('số tệp trong gói / entries', dir.slice(8), String(limits.maxEntries));
    if (dir === 'zip64') return too('zip64', '≥ 4 GB', mb(limits.maxTotalBytes));
    return undefined; // Not a zip: the reader says it is unreadable.
  }
  let declared = 0;
  for (const e of dir) {
    if (e.size === 0xffffffff || e.compressedSize === 0xffffffff)
      return too(e.name, '≥ 4 GB', mb(limits.maxEntryBytes));
    if (e.size > limits.maxEntryBytes) return too(e.name, mb(e.size), mb(limits.maxEntryBytes));
    declared += e.size;
    if (declared > limits.maxTotalBytes)
      return too('tổng / total', mb(declared), mb(limits.maxTotalBytes));
  }
  // Headers may lie: inflate each deflated entry once, stopping at the limit.
  if (Decompression === undefined) return undefined;
  let actual = 0;
  for (const e of dir) {
    if (e.method !== 8) continue;
    const local = e.offset;
    if (u32(bytes, local) !== 0x04034b50) continue;
    const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
    const data = bytes.subarray(start, start + e.compressedSize);
    const cap = Math.min(limits.maxEntryBytes, limits.maxTotalBytes - actual);
    const size = await inflatedSize(data, cap, Decompression);
    if (size > limits.maxEntryBytes)
      return too(e.name, `> ${mb(limits.maxEntryBytes)}`, mb(limits.maxEntryBytes));
    actual += size;
    if (actual > limits.maxTotalBytes)
      return too('tổng / total', `> ${mb(limits.maxTotalBytes)}`, mb(limits.maxTotalBytes));
  }
  return undefined;
}
