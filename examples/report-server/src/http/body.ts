import type { Context } from 'hono';
import { HttpError, serviceIssue } from './issues.js';

const tooLarge = (limit: number) =>
  new HttpError(413, 'payload-too-large', [serviceIssue('request/too-large', { limit })]);

/**
 * Reads a request body, at most `limit` bytes: a declared length over it is
 * refused before reading, and a chunked body is cut off as soon as it passes it.
 *
 * @param c - The request context.
 * @param limit - The most bytes accepted.
 * @returns The bytes.
 * @throws HttpError 413 when the body is larger.
 */
export async function readBody(c: Context, limit: number): Promise<Uint8Array> {
  const declared = c.req.header('content-length');
  if (declared !== undefined && Number(declared) > limit) throw tooLarge(limit);
  const stream = c.req.raw.body;
  if (!stream) return new Uint8Array(0);
  const reader = stream.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge(limit);
    }
    parts.push(value);
  }
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

/**
 * Reads a body as UTF-8 text (a byte that is not UTF-8 is a 400).
 *
 * @param c - The request context.
 * @param limit - The most bytes accepted.
 * @returns The text.
 */
export async function readText(c: Context, limit: number): Promise<string> {
  const bytes = await readBody(c, limit);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new HttpError(400, 'invalid-json', [
      serviceIssue('request/invalid-json', { detail: 'not UTF-8 text' }),
    ]);
  }
}
