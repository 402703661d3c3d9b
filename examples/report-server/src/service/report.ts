import type { Plan, RollupResult, Unit } from '@rollout/core';
import { renderProgressHtml, renderProgressMarkdown, renderProgressText } from '@rollout/document';
import { renderProgressDocx } from '@rollout/docx';

/** A format of the progress report. */
export interface ReportFormat {
  /** The `content-type` of the answer. */
  readonly contentType: string;
  /** The file extension. */
  readonly extension: string;
}

/** The formats `GET /plans/:plan/report?to=…` offers. */
export const REPORT_FORMATS: Readonly<Record<'md' | 'html' | 'txt' | 'docx', ReportFormat>> = {
  md: { contentType: 'text/markdown; charset=utf-8', extension: 'md' },
  html: { contentType: 'text/html; charset=utf-8', extension: 'html' },
  txt: { contentType: 'text/plain; charset=utf-8', extension: 'txt' },
  docx: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extension: 'docx',
  },
};

/** A report format name. */
export type ReportFormatName = keyof typeof REPORT_FORMATS;

/**
 * The plan as the report of a subtree should show it: issued by the unit at
 * the subtree's top (under its parent), without the province's signature,
 * which is not the unit's. The whole tree's report keeps the plan as it is.
 *
 * @remarks The SDK's report options take the issuer from the plan only; a
 * unit's own report is made by lending the unit's name to a copy of the plan.
 */
function planForUnit(plan: Plan, unit: Unit | undefined, parent: Unit | undefined): Plan {
  if (!unit) return plan;
  const { signature: _signature, ...rest } = plan;
  return {
    ...rest,
    header: {
      ...plan.header,
      issuer: {
        name: unit.name,
        ...(parent ? { parent: parent.name } : {}),
        kind: plan.header.issuer.kind,
      },
    },
  };
}

/**
 * Renders the *Báo cáo kết quả* of a roll-up (a whole tree's or a subtree's).
 *
 * @param result - The roll-up as plain data.
 * @param options - The plan, the unit at the top of the subtree (none for the whole tree), language, format.
 * @returns The document: text, or the bytes of a `.docx`.
 */
export async function renderReport(
  result: RollupResult,
  options: {
    plan: Plan;
    unit?: Unit | undefined;
    parent?: Unit | undefined;
    lang: 'vi' | 'en';
    to: ReportFormatName;
  },
): Promise<string | Uint8Array> {
  const plan = planForUnit(options.plan, options.unit, options.parent);
  const common = {
    plan,
    lang: options.lang,
    ...(options.unit ? { reference: '-BC' } : {}),
  };
  switch (options.to) {
    case 'md':
      return renderProgressMarkdown(result, common);
    case 'html':
      return renderProgressHtml(result, common);
    case 'txt':
      return renderProgressText(result, common);
    case 'docx':
      return renderProgressDocx(result, { ...common, creator: 'Rollout report server' });
  }
}
