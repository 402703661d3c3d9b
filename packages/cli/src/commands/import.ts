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
import { stringifyPlan } from '@rollout/json';
import { parseCommandArgs } from '../args.js';
import { issuesToText, issueToJson } from '../format-issues.js';
import type { CliIo } from '../io.js';
import { createCliIssue } from '../issues.js';
import { type Lang, t } from '../lang.js';
import { CLI_LIMITS } from '../limits.js';
import { escapeJsonText, printJson, printText } from '../output.js';
import { decodeUtf8, readBytes } from '../read-input.js';
import { UsageError } from '../usage-error.js';

const USAGE =
  'usage: rollout import <plan.txt|plan.docx> [--format text|json] [--lang vi|en] [--plan <n> [-o <plan.json>]]';

/** The values an importer puts where the text is silent (each reported as import/missing-field). */
const PLACEHOLDER = '(chưa rõ)';
const PLACEHOLDER_DATE = '0000-01-01';

/**
 * `rollout import <file.txt|file.docx> [--format text|json] [--lang vi|en]`.
 *
 * Reads plans out of Vietnamese plan text or a DOCX file. JSON output:
 * `{ plans, issues: [{ code, severity, path, message }], unread: [{ start, end, text }], sources }`
 * where `sources[i]` maps JSON-pointer-like paths of `plans[i]` to `{ start, end }`
 * offsets into the text (for a DOCX file, into the text extracted from it).
 * Exit 0 when at least one plan was read, 1 when none, 2 when the input
 * cannot be used (no file, not UTF-8, not a DOCX, too large a DOCX, empty).
 * `--plan <n>` prints (or, with `-o <file>`, writes) plan n alone as a plan
 * file — the `rollout/plan` envelope that `rollout validate`, `schedule` and
 * `render` open as is.
 */
export async function importCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { positionals, values, common } = parseCommandArgs(args, {
    plan: { type: 'string' },
    out: { type: 'string', short: 'o' },
  });
  const planArg = values.plan as string | undefined;
  const outFile = values.out as string | undefined;
  if (outFile !== undefined && planArg === undefined) throw new UsageError(USAGE);
  const planNumber = planArg === undefined ? undefined : Number(planArg);
  if (planNumber !== undefined && !(Number.isInteger(planNumber) && planNumber >= 1))
    throw new UsageError(
      t(
        common.lang,
        `--plan phải là số thứ tự của kế hoạch (1, 2 …).`,
        `--plan must be a plan's number (1, 2 …).`,
      ),
    );
  const [file, ...rest] = positionals;
  if (!file || rest.length > 0) throw new UsageError(USAGE);
  const lang = common.lang;
  const bytes = await readBytes(io, file, CLI_LIMITS.document, lang);
  const result = await importBytes(bytes, file, lang);
  const empty = result.issues.find((i) => i.code === 'import/empty-input');
  if (empty) throw new UsageError(`${file}: ${empty.message[lang]}`, { issues: [empty] });
  if (planNumber !== undefined) {
    // One plan as a plan file (the rollout/plan envelope): `rollout validate` opens it as is.
    const plan = result.plans[planNumber - 1];
    if (!plan)
      throw new UsageError(
        t(
          lang,
          `${file}: không có kế hoạch số ${planNumber} (đọc được ${result.plans.length}).`,
          `${file}: there is no plan ${planNumber} (${result.plans.length} read).`,
        ),
      );
    const text = stringifyPlan(plan);
    if (outFile !== undefined) await io.writeFile(outFile, text);
    else io.stdout(escapeJsonText(text.endsWith('\n') ? text : `${text}\n`));
    return 0;
  }
  if (common.format === 'json') {
    const json = {
      plans: result.plans,
      issues: result.issues.map((i) => issueToJson(i, lang)),
      unread: result.unread.map((u) => ({ start: u.start, end: u.end, text: u.text })),
      sources: result.sources,
    };
    printJson(io, json);
  } else {
    printText(io, summary(result, lang));
  }
  return result.plans.length > 0 ? 0 : 1;
}

/**
 * Reads plans out of a file's bytes: a DOCX file (a zip, or named `.docx`)
 * through `importDocx`, else UTF-8 text through `importPlans`. Bytes that are
 * not a DOCX are `cli/not-docx`, a DOCX that unpacks past the importer's
 * limits `import/docx-too-large`, text that is not UTF-8 `cli/not-utf8`: all
 * exit 2.
 */
export async function importBytes(
  bytes: Uint8Array,
  file: string,
  lang: Lang,
  options: { readonly validate?: boolean } = {},
): Promise<ImportResult & { readonly text: string; readonly read: 'text' | 'docx' }> {
  const isZip =
    bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4;
  if (isZip || /\.docx$/i.test(file)) {
    const result = await importDocx(bytes, options);
    const tooLarge = result.issues.find((i) => i.code === 'import/docx-too-large');
    if (tooLarge)
      throw new UsageError(`${file}: ${tooLarge.message[lang]}`, { issues: [tooLarge] });
    const unreadable = result.issues.find((i) => i.code === 'import/docx-unreadable');
    if (unreadable) {
      const reason = unreadable.code === 'import/docx-unreadable' ? unreadable.params.reason : '';
      const issue = createCliIssue('cli/not-docx', { path: file, reason });
      throw new UsageError(issue.message[lang], { issues: [issue] });
    }
    return { ...result, read: 'docx' };
  }
  let text = decodeUtf8(bytes, file, lang);
  if (text.charCodeAt(0) === 0xfeff) text = ` ${text.slice(1)}`;
  return { ...importPlans(text, options), text, read: 'text' };
}

function summary(result: ImportResult, lang: Lang): string {
  const lines: string[] = [];
  result.plans.forEach((plan, i) => {
    // The fields an import/missing-field issue names hold placeholders: shown as such, never as values.
    const holes = new Set(
      result.issues
        .filter((x) => x.code === 'import/missing-field' && x.path[1] === i)
        .map((x) => x.path.slice(2).join('/')),
    );
    lines.push(...planSummary(plan, i, lang, holes), '');
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

function planSummary(plan: Plan, index: number, lang: Lang, holes: Set<string>): string[] {
  const h = plan.header;
  const out: string[] = [];
  const unknown = t(lang, PLACEHOLDER, '(unknown)');
  const text = (v: string) => (v === PLACEHOLDER ? unknown : v);
  const day = (d: string) => (d === PLACEHOLDER_DATE ? unknown : formatShortDate(d, lang));
  const date = h.date
    ? `, ${t(lang, 'ngày', '')} ${formatShortDate(h.date, lang)}`.replace(',  ', ', ')
    : '';
  out.push(
    `${t(lang, 'Kế hoạch', 'Plan')} ${index + 1}: ${text(h.reference)} — ${text(h.issuer.name)} (${text(h.place)}${date})`,
  );
  out.push(`  ${text(h.title)}`);
  for (const r of plan.resolutions) {
    out.push(
      `  ${t(lang, 'Văn bản', 'Resolution')}: ${text(r.reference)} (${text(r.issuer)}, ${day(r.issuedOn)})${r.title ? ` “${r.title}”` : ''}`,
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
      const at = plan.sessions.indexOf(s);
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
        `    - ${holes.has(`sessions/${at}/duration`) ? unknown : formatDuration(s.duration, lang)}${discussion}, ${holes.has(`sessions/${at}/deadline`) ? t(lang, `thời hạn ${PLACEHOLDER}`, 'deadline (unknown)') : formatDateRule(s.deadline, { lang, resolveRef })}${audience ? ` — ${t(lang, 'Thành phần', 'Audience')}: ${audience}` : ''}`,
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
      `  ${t(lang, 'Ký', 'Signed')}: ${SIGNATURE_MODE_LABELS[s.mode][lang]}${s.authority ? ` ${s.authority}` : ''} — ${text(s.title)}${s.name ? ` ${s.name}` : ''}`,
    );
  }
  return out;
}
