import type { CliIo } from './io.js';
import type { Lang } from './lang.js';
import { t } from './lang.js';
import { UsageError } from './usage-error.js';

/** Reads a file as UTF-8 text; a missing or unreadable file is a usage error (exit 2). */
export async function readText(io: CliIo, path: string, lang: Lang): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(
      t(lang, `Không đọc được tệp ${path}: ${reason}`, `Cannot read ${path}: ${reason}`),
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(
      t(lang, `Tệp ${path} không phải văn bản UTF-8.`, `${path} is not UTF-8 text.`),
    );
  }
}

/** Reads a file as JSON; a file that is not JSON is a usage error (exit 2). */
export async function readJson(io: CliIo, path: string, lang: Lang): Promise<unknown> {
  const text = await readText(io, path, lang);
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(
      t(
        lang,
        `Tệp ${path} không phải JSON hợp lệ: ${reason}`,
        `${path} is not valid JSON: ${reason}`,
      ),
    );
  }
}

/** The plan object inside a `rollout/plan` envelope, or the bare plan. */
export function unwrapPlan(value: unknown): unknown {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const v = value as Record<string, unknown>;
    if (Object.hasOwn(v, 'format') && v.format === 'rollout/plan') return v.plan;
  }
  return value;
}
