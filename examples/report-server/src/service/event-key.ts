import { createHash } from 'node:crypto';
import type { ProgressEvent } from '@rollout/core';

/** JSON with object keys sorted at every depth: the same value gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The key an event is stored under, once per plan: `id:<id>` when it has an
 * id; otherwise `content:<sha-256>` of what it says (its fields but `id`,
 * `recordedBy` and `recordedAt`), the rule the SDK's roll-up uses to count an
 * event without an id once.
 *
 * @param event - A valid event.
 * @returns Its key.
 */
export function eventKey(event: ProgressEvent): string {
  if (event.id !== undefined) return `id:${event.id}`;
  const { recordedBy: _by, recordedAt: _at, ...content } = event;
  return `content:${createHash('sha256').update(canonicalJson(content), 'utf8').digest('hex')}`;
}
