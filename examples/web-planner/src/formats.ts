import { type Plan, schedule } from '@rollout/core';
import { renderHtml, renderMarkdown } from '@rollout/document';
import { renderIcs } from '@rollout/ical';
import { stringifyPlan } from '@rollout/json';

/** One download the planner offers. */
export interface DownloadFormat {
  readonly id: 'docx' | 'markdown' | 'html' | 'ics' | 'json';
  readonly extension: string;
  readonly mime: string;
  /** Makes the file, or is absent when the package that writes it is not released yet. */
  readonly render?: (plan: Plan, lang: 'vi' | 'en') => Promise<BlobPart>;
}

/** The downloads, in the order of the buttons. */
export const FORMATS: readonly DownloadFormat[] = [
  {
    id: 'docx',
    extension: 'docx',
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    // Loaded on first use: the DOCX writer is the largest part of the app.
    render: async (plan) => {
      const { renderDocx } = await import('@rollout/docx');
      return new Uint8Array(await renderDocx(plan));
    },
  },
  {
    id: 'markdown',
    extension: 'md',
    mime: 'text/markdown;charset=utf-8',
    render: async (plan) => renderMarkdown(plan),
  },
  {
    id: 'html',
    extension: 'html',
    mime: 'text/html;charset=utf-8',
    render: async (plan) => renderHtml(plan),
  },
  {
    id: 'ics',
    extension: 'ics',
    mime: 'text/calendar;charset=utf-8',
    render: async (plan, lang) => renderIcs(plan, { lang, schedule: schedule(plan) }),
  },
  {
    id: 'json',
    extension: 'json',
    mime: 'application/json',
    render: async (plan) => stringifyPlan(plan, { pretty: true }),
  },
];

/** The file name of a plan: its number and symbol with `/` → `-` (985-KH/HNDT → 985-KH-HNDT). */
export function baseName(plan: Plan): string {
  const ref = plan.header.reference.replaceAll('/', '-').replace(/[^\p{L}\p{N}.-]+/gu, '');
  return /^\d/.test(ref) ? ref : (plan.id ?? (ref || 'plan'));
}
