import {
  formatDateRule,
  formatDuration,
  formatShortDate,
  type Plan,
  RECIPIENT_PURPOSE_LABELS,
  SIGNATURE_MODE_LABELS,
  TIER_LEVEL_LABELS,
} from '@rollout/core';
import { type ImportResult, importDocx, importPlans } from '@rollout/import';
import { parseCommandArgs } from '../args.js';
import { issuesToText, issueToJson } from '../format-issues.js';
import type { CliIo } from '../io.js';
import { type Lang, t } from '../lang.js';
import { UsageError } from '../usage-error.js';

const USAGE = 'usage: rollout import <plan.txt|plan.docx> [--format text|json] [--lang vi|en]';

/**
 * `rollout import <file.txt|file.docx> [--format text|json] [--lang vi|en]`.
 *
 * Reads plans out of Vietnamese plan text or a DOCX file. JSON output:
 * `{ plans, issues: [{ code, severity, path, message }], unread: [{ start, end, text }], sources }`
 * where `sources[i]` maps JSON-pointer-like paths of `plans[i]` to `{ start, end }`
 * offsets into the text (for a DOCX file, into the text extracted from it).
 * Exit 0 when at least one plan was read, 1 when none, 2 when the input
 * cannot be used (no file, not UTF-8, not a DOCX, empty).
 */
export async function importCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { positionals, common } = parseCommandArgs(args, {});
  const [file, ...rest] = positionals;
  if (!file || rest.length > 0) throw new UsageError(USAGE);
  const lang = common.lang;
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(
      t(lang, `Không đọc được tệp ${file}: ${reason}`, `Cannot read ${file}: ${reason}`),
    );
  }
  const isZip =
    bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4;
  let result: ImportResult;
  if (isZip || /\.docx$/i.test(file)) {
    result = await importDocx(bytes);
    const unreadable = result.issues.find(
      (i) => i.code === 'import/docx-unreadable' || i.code === 'import/docx-too-large',
    );
    if (unreadable) throw new UsageError(`${file}: ${unreadable.message[lang]}`);
  } else {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new UsageError(
        t(lang, `Tệp ${file} không phải văn bản UTF-8.`, `${file} is not UTF-8 text.`),
      );
    }
    if (text.charCodeAt(0) === 0xfeff) text = ` ${text.slice(1)}`;
    result = importPlans(text);
  }
  const empty = result.issues.find((i) => i.code === 'import/empty-input');
  if (empty) throw new UsageError(`${file}: ${empty.message[lang]}`);
  if (common.format === 'json') {
    const json = {
      plans: result.plans,
      issues: result.issues.map((i) => issueToJson(i, lang)),
      unread: result.unread.map((u) => ({ start: u.start, end: u.end, text: u.text })),
      sources: result.sources,
    };
    io.stdout(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    io.stdout(summary(result, lang));
  }
  return result.plans.length > 0 ? 0 : 1;
}

function summary(result: ImportResult, lang: Lang): string {
  const lines: string[] = [];
  result.plans.forEach((plan, i) => {
    lines.push(...planSummary(plan, i, lang), '');
  });
  if (result.plans.length === 0)
    lines.push(t(lang, 'Không đọc được kế hoạch nào.', 'No plan could be read.'), '');
  if (result.unread.length > 0) {
    lines.push(
      t(
        lang,
        `Chưa đọc được (${result.unread.length} đoạn):`,
        `Not read (${result.unread.length} stretches):`,
      ),
    );
    for (const u of result.unread) {
      const text = u.text.replace(/\s+/g, ' ').trim();
      lines.push(`  [${u.start}–${u.end}] ${text.length > 100 ? `${text.slice(0, 99)}…` : text}`);
    }
    lines.push('');
  }
  return `${lines.join('\n')}${issuesToText(result.issues, lang)}`;
}

function planSummary(plan: Plan, index: number, lang: Lang): string[] {
  const h = plan.header;
  const out: string[] = [];
  const date = h.date
    ? `, ${t(lang, 'ngày', '')} ${formatShortDate(h.date, lang)}`.replace(',  ', ', ')
    : '';
  out.push(
    `${t(lang, 'Kế hoạch', 'Plan')} ${index + 1}: ${h.reference} — ${h.issuer.name} (${h.place}${date})`,
  );
  out.push(`  ${h.title}`);
  for (const r of plan.resolutions) {
    out.push(
      `  ${t(lang, 'Văn bản', 'Resolution')}: ${r.reference} (${r.issuer}, ${formatShortDate(r.issuedOn, lang)})${r.title ? ` “${r.title}”` : ''}`,
    );
  }
  const resolveRef = (id: string) => {
    const ref = plan.sessions.find((x) => x.id === id);
    const tier = ref ? plan.tiers.find((x) => x.id === ref.tier) : undefined;
    return tier ? t(lang, `hội nghị ${tier.name}`, `the session of ${tier.name}`) : id;
  };
  for (const tier of plan.tiers) {
    out.push(`  ${tier.name} [${TIER_LEVEL_LABELS[tier.level][lang]}]`);
    for (const s of plan.sessions.filter((x) => x.tier === tier.id)) {
      const audience = s.audiences
        .map((a) => plan.audiences.find((x) => x.id === a)?.name)
        .filter((x) => x !== undefined)
        .join('; ');
      const discussion = s.discussion
        ? t(
            lang,
            ` (trong đó ${formatDuration(s.discussion)} thảo luận)`,
            ` (of which ${formatDuration(s.discussion, 'en')} discussion)`,
          )
        : '';
      out.push(
        `    - ${formatDuration(s.duration, lang)}${discussion}, ${formatDateRule(s.deadline, { lang, resolveRef })}${audience ? ` — ${t(lang, 'Thành phần', 'Audience')}: ${audience}` : ''}`,
      );
    }
  }
  if (plan.materials.length > 0)
    out.push(`  ${t(lang, 'Tài liệu học tập', 'Study materials')}: ${plan.materials.length}`);
  for (const d of plan.deliverables) {
    const due = d.due ? `, ${formatDateRule(d.due, { lang, resolveRef })}` : '';
    out.push(`  ${t(lang, 'Sản phẩm', 'Deliverable')}: ${d.kind}${due}`);
  }
  if (plan.recipients.length > 0) {
    out.push(
      `  ${t(lang, 'Nơi nhận', 'Recipients')}: ${plan.recipients
        .map((r) =>
          r.purpose ? `${r.name} (${RECIPIENT_PURPOSE_LABELS[r.purpose][lang]})` : r.name,
        )
        .join('; ')}`,
    );
  }
  if (plan.signature) {
    const s = plan.signature;
    out.push(
      `  ${t(lang, 'Ký', 'Signed')}: ${SIGNATURE_MODE_LABELS[s.mode][lang]}${s.authority ? ` ${s.authority}` : ''} — ${s.title}${s.name ? ` ${s.name}` : ''}`,
    );
  }
  return out;
}
