/**
 * Request bodies under a byte limit: the declared length is checked before
 * anything is read, and a body that grows past the limit is cancelled at the
 * chunk that crosses it, never buffered whole.
 */

/** Thrown (and caught by the routes) when a body is larger than the limit. */
export class BodyTooLargeError extends Error {
  override readonly name = 'BodyTooLargeError';
  /** The limit, in bytes. */
  readonly limit: number;
  constructor(limit: number) {
    super(`The request body is larger than ${limit} bytes.`);
    this.limit = limit;
  }
}

/** Whether the declared `content-length` is already over the limit. */
export function declaredTooLarge(request: Request, limit: number): boolean {
  const declared = request.headers.get('content-length');
  return declared !== null && /^\d+$/.test(declared) && Number(declared) > limit;
}

/**
 * The body's chunks, counting bytes as they come: when the total passes
 * `limit`, the stream is cancelled and {@link BodyTooLargeError} thrown.
 */
export async function* limitedChunks(
  request: Request,
  limit: number,
): AsyncGenerator<Uint8Array, void, undefined> {
  if (declaredTooLarge(request, limit)) throw new BodyTooLargeError(limit);
  const body = request.body;
  if (body === null) return;
  const reader = body.getReader();
  let total = 0;
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        finished = true;
        return;
      }
      total += value.byteLength;
      if (total > limit) throw new BodyTooLargeError(limit);
      yield value;
    }
  } finally {
    if (!finished) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}

/** The whole body as bytes, under the limit (see {@link limitedChunks}). */
export async function readBodyBytes(request: Request, limit: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of limitedChunks(request, limit)) {
    chunks.push(chunk);
    total += chunk.byteLength;
  }
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}
