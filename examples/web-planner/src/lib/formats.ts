import { type Plan, type RollupResult, schedule, type Unit } from '@rollout/core';
import {
  renderHtml,
  renderMarkdown,
  renderProgressHtml,
  renderProgressMarkdown,
  renderProgressText,
  renderText,
} from '@rollout/document';
import { renderIcs } from '@rollout/ical';
import { stringifyPlan } from '@rollout/json';
import type { Lang } from './names.js';

/**
 * The downloads, made with the same calls and options as `rollout render`
 * (`packages/cli/src/commands/render/*.ts`), so that a plan saved here and
 * rendered by the CLI gives the same bytes:
 *
 * - `md`, `html`, `txt`: `renderMarkdown|renderHtml|renderText(plan, { lang })`;
 * - `docx`: `renderDocx(plan, { lang })`;
 * - `ics`: `renderIcs(plan, { lang })`, or over a unit tree
 *   `renderIcs(plan, { lang, units, schedule: schedule(plan, { units }) })` (`--units`);
 * - `json`: `stringifyPlan(plan, { pretty: true })`.
 */
export type PlanFormat = 'docx' | 'html' | 'md' | 'txt' | 'ics' | 'json';

export interface FormatInfo {
  readonly id: PlanFormat;
  readonly extension: string;
  readonly mime: string;
  /** Whether it is a document of the plan (asks first when the plan has errors). */
  readonly document: boolean;
  readonly label: { readonly vi: string; readonly en: string };
}

export const PLAN_FORMATS: readonly FormatInfo[] = [
  {
    id: 'docx',
    extension: 'docx',
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    document: true,
    label: { vi: 'Văn bản Word (DOCX)', en: 'Word document (DOCX)' },
  },
  {
    id: 'html',
    extension: 'html',
    mime: 'text/html;charset=utf-8',
    document: true,
    label: { vi: 'Trang in A4 (HTML)', en: 'A4 print page (HTML)' },
  },
  {
    id: 'md',
    extension: 'md',
    mime: 'text/markdown;charset=utf-8',
    document: true,
    label: { vi: 'Markdown', en: 'Markdown' },
  },
  {
    id: 'txt',
    extension: 'txt',
    mime: 'text/plain;charset=utf-8',
    document: true,
    label: { vi: 'Văn bản thuần (TXT)', en: 'Plain text (TXT)' },
  },
  {
    id: 'ics',
    extension: 'ics',
    mime: 'text/calendar;charset=utf-8',
    document: true,
    label: { vi: 'Lịch (ICS)', en: 'Calendar (ICS)' },
  },
  {
    id: 'json',
    extension: 'json',
    mime: 'application/json',
    document: false,
    label: { vi: 'Tệp kế hoạch (JSON)', en: 'Plan file (JSON)' },
  },
];

/** Renders a plan in one format, exactly as `rollout render --to <format> [--lang en]` does. */
export async function renderPlanAs(
  plan: Plan,
  format: PlanFormat,
  lang: Lang,
  units?: readonly Unit[] | null,
): Promise<string | Uint8Array> {
  switch (format) {
    case 'docx': {
      // Loaded on first use: the DOCX writer is the largest part of the app.
      const { renderDocx } = await import('@rollout/docx');
      return renderDocx(plan, { lang });
    }
    case 'html':
      return renderHtml(plan, { lang });
    case 'md':
      return renderMarkdown(plan, { lang });
    case 'txt':
      return renderText(plan, { lang });
    case 'ics':
      return units && units.length > 0
        ? renderIcs(plan, { lang, units, schedule: schedule(plan, { units }) })
        : renderIcs(plan, { lang });
    case 'json':
      return stringifyPlan(plan, { pretty: true });
  }
}

export type ReportFormat = 'docx' | 'html' | 'md' | 'txt' | 'json';

/**
 * Renders a progress roll-up as a report, as `rollout progress … --to
 * md|html|txt|docx` does (`packages/cli/src/commands/progress-report.ts`: the
 * report renderers with `{ plan, lang }`); `json` is the roll-up itself.
 */
export async function renderReportAs(
  report: RollupResult,
  plan: Plan,
  format: ReportFormat,
  lang: Lang,
): Promise<string | Uint8Array> {
  switch (format) {
    case 'docx': {
      const { renderProgressDocx } = await import('@rollout/docx');
      return renderProgressDocx(report, { plan, lang });
    }
    case 'html':
      return renderProgressHtml(report, { plan, lang });
    case 'md':
      return renderProgressMarkdown(report, { plan, lang });
    case 'txt':
      return renderProgressText(report, { plan, lang });
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
  }
}

/** A plan's file name: its number and symbol with `/` → `-` (985-KH/HNDT → 985-KH-HNDT). */
export function baseName(plan: Plan): string {
  const ref = plan.header.reference.replaceAll('/', '-').replace(/[^\p{L}\p{N}.-]+/gu, '');
  return /^\p{N}/u.test(ref) ? ref : (plan.id ?? (ref.replace(/^-+/, '') || 'ke-hoach'));
}

/** Hands bytes or text to the browser as a download. */
export function saveFile(name: string, data: string | Uint8Array, mime: string): void {
  const blob = new Blob([data as BlobPart], { type: mime });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
