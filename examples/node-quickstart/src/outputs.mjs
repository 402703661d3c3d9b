// The formats the main job writes, one entry each: how to render a plan and how
// to check the file afterwards. A format appears here when its package lands.

import { schedule } from '@rollout/core';
import { renderHtml, renderMarkdown, renderText } from '@rollout/document';
import { renderDocx } from '@rollout/docx';
import { renderIcs } from '@rollout/ical';
import { parsePlanJson, stringifyPlan } from '@rollout/json';

/** JSON with keys sorted at every level: equal values give equal texts. */
export const canonical = (value) =>
  JSON.stringify(value, (_k, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, v[k]]),
        )
      : v,
  );

const text = (bytes) => new TextDecoder('utf-8', { fatal: true }).decode(bytes);

/** Tells whether bytes are a zip holding an entry of that name (central directory). */
export function zipHasEntry(bytes, name) {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04)
    return false;
  const needle = new TextEncoder().encode(name);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i + 46 < bytes.length; i++) {
    if (
      bytes[i] === 0x50 &&
      bytes[i + 1] === 0x4b &&
      bytes[i + 2] === 0x01 &&
      bytes[i + 3] === 0x02
    ) {
      const len = view.getUint16(i + 28, true);
      if (len === needle.length && needle.every((b, k) => bytes[i + 46 + k] === b)) return true;
    }
  }
  return false;
}

/** A document holds the plan's number and symbol and the first words of its title. */
function documentCheck(body, plan) {
  const nfc = body.normalize('NFC');
  if (nfc !== body) return 'not NFC';
  const ref = plan.header.reference;
  if (/^\d/.test(ref) && !body.includes(ref.split('/')[0])) return `no reference ${ref}`;
  const words = plan.header.title.split(/\s+/).slice(0, 4).join(' ');
  if (!body.toUpperCase().includes(words.toUpperCase()) && !body.includes(words))
    return `no title "${words}"`;
  return null;
}

/**
 * @typedef {object} OutputFormat
 * @property {string} ext the file extension
 * @property {(plan: import('@rollout/core').Plan) => Promise<string | Uint8Array>} render
 * @property {(bytes: Uint8Array, plan: import('@rollout/core').Plan) => string | null} check an error, or null
 */

/** @type {OutputFormat[]} */
export const FORMATS = [
  {
    ext: 'json',
    render: async (plan) => stringifyPlan(plan, { pretty: true }),
    check: (bytes, plan) => {
      const back = parsePlanJson(text(bytes));
      if (!back.success) return `does not read back: ${back.issues[0]?.code}`;
      if (!back.envelope) return 'not a rollout/plan envelope';
      return canonical(back.data) === canonical(plan) ? null : 'reads back as a different plan';
    },
  },
  {
    ext: 'md',
    render: async (plan) => renderMarkdown(plan),
    check: (bytes, plan) => documentCheck(text(bytes), plan),
  },
  {
    ext: 'html',
    render: async (plan) => renderHtml(plan),
    check: (bytes, plan) => {
      const html = text(bytes);
      if (!/^<!doctype html>/i.test(html.trimStart())) return 'not an HTML document';
      if (!html.includes('</html>')) return 'HTML not closed';
      return documentCheck(html, plan);
    },
  },
  {
    ext: 'docx',
    render: (plan) => renderDocx(plan),
    check: (bytes, plan) => {
      if (!zipHasEntry(bytes, 'word/document.xml')) return 'not a zip with word/document.xml';
      if (!zipHasEntry(bytes, '[Content_Types].xml')) return 'no [Content_Types].xml';
      return bytes.length > 2000 ? null : `only ${bytes.length} bytes for ${plan.header.reference}`;
    },
  },
  {
    ext: 'ics',
    render: async (plan) => renderIcs(plan, { schedule: schedule(plan) }),
    check: (bytes, plan) => {
      const ics = text(bytes);
      if (!ics.startsWith('BEGIN:VCALENDAR\r\n') || !ics.trimEnd().endsWith('END:VCALENDAR'))
        return 'not an iCalendar document';
      if (/[^\r]\n/.test(ics)) return 'a line does not end in CRLF';
      const events = ics.split('BEGIN:VEVENT').length - 1;
      const dated = plan.sessions.filter((s) => s.deadline.kind !== 'after').length;
      return events >= dated ? null : `${events} events for ${dated} dated sessions`;
    },
  },
  {
    ext: 'txt',
    render: async (plan) => renderText(plan),
    check: (bytes, plan) => documentCheck(text(bytes), plan),
  },
];

/** A file name from the plan's number and symbol: 985-KH/HNDT → 985-KH-HNDT; a draft (-KH/TU) → its id. */
export function baseName(plan) {
  const ref = plan.header.reference.replaceAll('/', '-').replace(/[^\p{L}\p{N}.-]+/gu, '');
  return /^\d/.test(ref) ? ref : (plan.id ?? ref);
}
