import { cleanText } from '@rollout/core';
import type { CliIo } from './io.js';

/**
 * Writes text for people on standard output, through core's `cleanText`: no
 * control character (ESC, BEL, a CSI sequence's introducer), no bidirectional
 * control and no non-character that came with the input reaches the terminal.
 */
export function printText(io: CliIo, text: string): void {
  io.stdout(cleanText(text));
}

/**
 * Characters that `JSON.stringify` leaves raw and a terminal would act on or
 * reorder: DEL and the C1 controls, the bidirectional controls, the line and
 * paragraph separators, U+FFFE and U+FFFF.
 */
const RAW_IN_JSON =
  /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufffe\uffff]/g;

/**
 * JSON text with the characters of {@link RAW_IN_JSON} written as `\uXXXX`
 * escapes: the same JSON value, safe to print. (They can only stand inside
 * strings, so the text stays valid JSON.)
 */
export function escapeJsonText(text: string): string {
  return text.replace(RAW_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Prints one JSON document (pretty, escaped as {@link escapeJsonText} says) on standard output. */
export function printJson(io: CliIo, value: unknown): void {
  io.stdout(`${escapeJsonText(JSON.stringify(value, null, 2))}\n`);
}
