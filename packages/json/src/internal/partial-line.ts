import { fatalUtf8Decoder, invalidUtf8At } from './utf8.js';

/**
 * How a line read across chunks ended: its text, too long to keep, or not
 * UTF-8 (the first bad byte at `offset` of the source).
 * @internal
 */
export type EndedLine =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'long' }
  | { readonly kind: 'not-utf8'; readonly offset: number };

/**
 * The NDJSON line begun in one chunk and not yet ended: its text so far
 * (from text chunks), then its bytes not yet decoded (from byte chunks). The
 * bytes are decoded when the line ends, whole and with a fatal decoder, so a
 * character split across chunks is read whole and a line whose bytes are not
 * UTF-8 is known as such, never read with U+FFFD. A line longer than `max`
 * UTF-16 code units is dropped as soon as that is certain (bytes: more than
 * three per code unit of the limit), and not kept.
 * @internal
 */
export class PartialLine {
  /** Whether a line has begun and not ended. */
  open = false;
  readonly #max: number;
  readonly #decoder = fatalUtf8Decoder();
  #text = '';
  #bytes: Uint8Array[] = [];
  #byteLength = 0;
  #bytesStart = 0;
  /** Not kept: too long, or not UTF-8 from this offset. */
  #dropped: 'long' | number | null = null;

  constructor(max: number) {
    this.#max = max;
  }

  /** Adds text to the line. */
  keepText(piece: string): void {
    this.open = true;
    if (this.#dropped !== null || piece.length === 0) return;
    if (this.#byteLength > 0) this.#settle();
    if (this.#dropped !== null) return;
    this.#text += piece;
    if (this.#text.length > this.#max) this.#drop('long');
  }

  /** Adds bytes to the line (copied: a source may reuse its buffer), the first at `at` of the source. */
  keepBytes(piece: Uint8Array, at: number): void {
    this.open = true;
    if (this.#dropped !== null || piece.length === 0) return;
    if (this.#byteLength === 0) this.#bytesStart = at;
    this.#bytes.push(new Uint8Array(piece)); // a copy (a Buffer's `slice` is a view)
    this.#byteLength += piece.length;
    // Each UTF-16 code unit takes one to three bytes.
    if (3 * this.#text.length + this.#byteLength > 3 * this.#max) this.#drop('long');
  }

  /** Ends the line, with its last piece of text or bytes (at `at` of the source), and starts afresh. */
  end(last?: string | Uint8Array, at = 0): EndedLine {
    if (typeof last === 'string') this.keepText(last);
    else if (last !== undefined) this.keepBytes(last, at);
    if (this.#byteLength > 0) this.#settle();
    const dropped = this.#dropped;
    const text = this.#text;
    this.open = false;
    this.#text = '';
    this.#dropped = null;
    if (dropped === 'long') return { kind: 'long' };
    if (typeof dropped === 'number') return { kind: 'not-utf8', offset: dropped };
    return { kind: 'text', text };
  }

  /** Decodes the bytes held onto the text, or drops the line when they are not UTF-8. */
  #settle(): void {
    const joined =
      this.#bytes.length === 1
        ? (this.#bytes[0] as Uint8Array)
        : concat(this.#bytes, this.#byteLength);
    this.#bytes = [];
    this.#byteLength = 0;
    try {
      this.#text += this.#decoder.decode(joined);
    } catch {
      this.#drop(this.#bytesStart + Math.max(0, invalidUtf8At(joined)));
      return;
    }
    if (this.#text.length > this.#max) this.#drop('long');
  }

  #drop(why: 'long' | number): void {
    this.#dropped = why;
    this.#text = '';
    this.#bytes = [];
    this.#byteLength = 0;
  }
}

/** The pieces as one array of bytes. */
function concat(pieces: readonly Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}
