// The page-image check of issue 15: each sample document is rendered as DOCX and as HTML,
// the DOCX turned into PDF by LibreOffice and the HTML by Chromium, and the two PDFs read
// back with poppler (pdfinfo, pdftotext -bbox). They must agree on the page size, the page
// count, the margins the text keeps and the page numbers (none on page 1, the number
// centred in the top margin from page 2), and each must hold the document's key facts.
//
//   node --import tsx --conditions=@rollout/source scripts/page-images.ts [--out <dir>] [--png]
//
// Run from packages/docx (scripts/check-page-images.mjs at the root does, after making sure
// the tools are installed). --out keeps the DOCX, HTML, PDF (and with --png the page images,
// 60 dpi) in <dir>; otherwise a temporary directory is removed at the end.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Plan } from '@rollout/core';
import { clonePlan, plan985KhHndt, planNq58Province } from '@rollout/core';
import {
  LAYOUT_RULES,
  type LayoutRuleSetName,
  type LayoutRules,
  renderHtml,
  renderProgressHtml,
} from '@rollout/document';
import { chromium } from 'playwright-core';
import { provinceRollup, stretchedPlan } from '../../document/test/samples.js';
import { renderDocx, renderProgressDocx } from '../src/index.js';

const args = process.argv.slice(2);
const outArg = args.indexOf('--out');
const keep = outArg >= 0 ? resolve(args[outArg + 1] ?? 'page-images') : undefined;
const png = args.includes('--png');
const dir = keep ?? mkdtempSync(join(tmpdir(), 'rollout-pages-'));
mkdirSync(dir, { recursive: true });

interface Case {
  readonly name: string;
  readonly rules: LayoutRules;
  readonly docx: () => Promise<Uint8Array>;
  readonly html: () => string;
  /** Text every page image must hold somewhere (white space folded). */
  readonly facts: readonly string[];
}

const SETS = Object.keys(LAYOUT_RULES) as LayoutRuleSetName[];
const planCase = (name: string, plan: Plan, rules: LayoutRuleSetName, facts: string[]): Case => ({
  name: `${name}-${rules}`,
  rules: LAYOUT_RULES[rules],
  docx: () => renderDocx(plan, { rules }),
  html: () => renderHtml(plan, { rules }),
  facts,
});
const { plan: reportPlan, report } = provinceRollup();
const cases: Case[] = [
  ...SETS.map((r) =>
    planCase('985', clonePlan(plan985KhHndt), r, [
      'KẾ HOẠCH',
      'hoàn thành trước ngày 15/9/2020',
      'hoàn thành trước ngày 15/10/2020',
      'đã học trực tuyến ngày 31/8/2020',
      'Nơi nhận:',
      'Trần Bình Quân',
    ]),
  ),
  ...SETS.map((r) =>
    planCase('nq58', clonePlan(planNq58Province), r, [
      'ĐẢNG BỘ TỈNH THANH HÓA',
      'Hội nghị do các huyện, thị, thành ủy tổ chức',
      'tài liệu số 1, 2, 3, 4 (mục II.2)',
    ]),
  ),
  ...(['party-2026', 'state-2020'] as const).map((r) =>
    planCase('stretched', stretchedPlan(), r, [
      'y) Hội nghị do',
      'aa) Hội nghị do',
      'ar) Hội nghị do',
    ]),
  ),
  ...(['mass-organisation', 'state-2020'] as const).map((rules) => ({
    name: `report-27-81-${rules}`,
    rules: LAYOUT_RULES[rules],
    docx: () => renderProgressDocx(report, { plan: reportPlan, rules }),
    html: () => renderProgressHtml(report, { plan: reportPlan, rules }),
    facts: [
      'BÁO CÁO',
      'Hội Nông dân huyện Thường Xuân: chậm 8 ngày',
      'Hội Nông dân huyện Yên Định',
      'Tổng cộng',
      'KIẾN NGHỊ, ĐỀ XUẤT',
    ],
  })),
];

/** Runs a tool, its output as text. */
const run = (cmd: string, argv: string[], timeout = 120_000) =>
  execFileSync(cmd, argv, { encoding: 'utf8', timeout, maxBuffer: 64 * 1024 * 1024 });

interface Word {
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}
interface Page {
  readonly width: number;
  readonly height: number;
  readonly words: Word[];
}

/** The pages of a PDF with their words and boxes (`pdftotext -bbox`), in points from the top left. */
function readPdf(path: string): Page[] {
  const xml = run('pdftotext', ['-bbox', path, '-']);
  const pages: Page[] = [];
  for (const m of xml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)) {
    const words: Word[] = [];
    for (const w of (m[3] ?? '').matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
    )) {
      words.push({
        xMin: Number(w[1]),
        yMin: Number(w[2]),
        xMax: Number(w[3]),
        yMax: Number(w[4]),
        text: (w[5] ?? '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'),
      });
    }
    pages.push({ width: Number(m[1]), height: Number(m[2]), words });
  }
  return pages;
}

const PT_PER_MM = 72 / 25.4;
const failures: string[] = [];
const fail = (name: string, what: string) => failures.push(`${name}: ${what}`);

/** What one PDF shows: page size and count, the box the body text keeps, the page numbers. */
function measure(name: string, pages: Page[], rules: LayoutRules, facts: readonly string[]) {
  const m = rules.page.marginMm;
  const top = m.top * PT_PER_MM;
  const box = { left: Infinity, right: -Infinity, top: Infinity, bottom: -Infinity };
  const numbers: (string | null)[] = [];
  pages.forEach((page, i) => {
    const inMargin = page.words.filter((w) => w.yMax <= top + 0.5);
    const body = page.words.filter((w) => w.yMax > top + 0.5);
    numbers.push(inMargin.length === 0 ? null : inMargin.map((w) => w.text).join(' '));
    const expected = i + 1 >= rules.pageNumbers.fromPage ? String(i + 1) : null;
    if (numbers[i] !== expected)
      fail(
        name,
        `page ${i + 1} shows ${JSON.stringify(numbers[i])} in the top margin, not ${JSON.stringify(expected)}`,
      );
    const centre = (m.left + (rules.page.widthMm - m.left - m.right) / 2) * PT_PER_MM;
    for (const w of inMargin) {
      const at = (w.xMin + w.xMax) / 2;
      if (Math.abs(at - centre) > 3)
        fail(
          name,
          `page number ${w.text} is not centred (${at.toFixed(1)} pt, not ${centre.toFixed(1)} pt)`,
        );
      const middle = (w.yMin + w.yMax) / 2;
      if (middle < top * 0.25 || middle > top * 0.75)
        fail(
          name,
          `page number ${w.text} is not in the middle of the top margin (${middle.toFixed(1)} pt)`,
        );
    }
    for (const w of body) {
      box.left = Math.min(box.left, w.xMin);
      box.right = Math.max(box.right, w.xMax);
      box.top = Math.min(box.top, w.yMin);
      box.bottom = Math.max(box.bottom, w.yMax);
    }
  });
  const text = pages.flatMap((p) => p.words.map((w) => w.text)).join(' ');
  for (const fact of facts) if (!text.includes(fact)) fail(name, `the pages do not show "${fact}"`);
  const page = pages[0];
  return {
    pages: pages.length,
    width: page?.width ?? 0,
    height: page?.height ?? 0,
    box,
    numbers,
    firstWords: pages.map((p) => p.words.find((w) => w.yMax > top + 0.5)?.text ?? ''),
  };
}

const started = Date.now();
for (const c of cases) {
  writeFileSync(join(dir, `${c.name}.docx`), await c.docx());
  writeFileSync(join(dir, `${c.name}.html`), c.html());
}
// LibreOffice: every DOCX in one run, with a profile of its own (never the user's).
run(
  'soffice',
  [
    `-env:UserInstallation=file://${join(dir, '.lo-profile')}`,
    '--headless',
    '--convert-to',
    'pdf:writer_pdf_Export',
    '--outdir',
    join(dir, 'docx-pdf'),
    ...cases.map((c) => join(dir, `${c.name}.docx`)),
  ],
  240_000,
);
// Chromium: each HTML page printed with its own @page rules.
const browser = await chromium.launch({
  executablePath: process.env.ROLLOUT_CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  const page = await browser.newPage();
  mkdirSync(join(dir, 'html-pdf'), { recursive: true });
  for (const c of cases) {
    await page.setContent(c.html(), { waitUntil: 'load' });
    await page.pdf({ path: join(dir, 'html-pdf', `${c.name}.pdf`), preferCSSPageSize: true });
  }
} finally {
  await browser.close();
}

const rows: string[] = [];
for (const c of cases) {
  const fromDocx = measure(
    `${c.name} (DOCX → LibreOffice)`,
    readPdf(join(dir, 'docx-pdf', `${c.name}.pdf`)),
    c.rules,
    c.facts,
  );
  const fromHtml = measure(
    `${c.name} (HTML → Chromium)`,
    readPdf(join(dir, 'html-pdf', `${c.name}.pdf`)),
    c.rules,
    c.facts,
  );
  const m = c.rules.page.marginMm;
  const w = c.rules.page.widthMm * PT_PER_MM;
  const h = c.rules.page.heightMm * PT_PER_MM;
  for (const [label, r] of [
    ['DOCX', fromDocx],
    ['HTML', fromHtml],
  ] as const) {
    if (Math.abs(r.width - w) > 1 || Math.abs(r.height - h) > 1)
      fail(
        c.name,
        `${label} pages are ${r.width} × ${r.height} pt, not A4 (${w.toFixed(1)} × ${h.toFixed(1)})`,
      );
    // The text keeps inside the margins (a glyph's box may pass the line's edge by a point).
    if (r.box.left < m.left * PT_PER_MM - 1.5)
      fail(
        c.name,
        `${label} text starts ${r.box.left.toFixed(1)} pt from the left, inside the ${m.left} mm margin`,
      );
    if (r.box.right > w - m.right * PT_PER_MM + 1.5)
      fail(
        c.name,
        `${label} text ends at ${r.box.right.toFixed(1)} pt, inside the ${m.right} mm right margin`,
      );
    if (r.box.bottom > h - m.bottom * PT_PER_MM + 1.5)
      fail(
        c.name,
        `${label} text reaches ${r.box.bottom.toFixed(1)} pt, inside the ${m.bottom} mm bottom margin`,
      );
  }
  if (fromDocx.pages !== fromHtml.pages)
    fail(c.name, `LibreOffice prints ${fromDocx.pages} pages, Chromium ${fromHtml.pages}`);
  for (const side of ['left', 'right', 'top'] as const) {
    const d = Math.abs(fromDocx.box[side] - fromHtml.box[side]);
    if (d > 3)
      fail(
        c.name,
        `the ${side} edge of the text differs by ${d.toFixed(1)} pt (DOCX ${fromDocx.box[side].toFixed(1)}, HTML ${fromHtml.box[side].toFixed(1)})`,
      );
  }
  const sameBreaks = fromDocx.firstWords.filter(
    (word, i) => word === fromHtml.firstWords[i],
  ).length;
  rows.push(
    `${c.name.padEnd(32)} ${String(fromDocx.pages).padStart(2)} / ${String(fromHtml.pages).padStart(2)} pages, numbers ${fromDocx.numbers.map((n) => n ?? '–').join(' ')}, margins ${fromDocx.box.left.toFixed(0)}/${fromHtml.box.left.toFixed(0)} pt left, ${sameBreaks}/${fromDocx.pages} pages start alike`,
  );
  if (png) {
    for (const [from, pdf] of [
      ['docx', join(dir, 'docx-pdf', `${c.name}.pdf`)],
      ['html', join(dir, 'html-pdf', `${c.name}.pdf`)],
    ] as const)
      run('pdftoppm', ['-png', '-r', '60', pdf, join(dir, `${c.name}-${from}`)]);
  }
}

console.log(`page images: ${cases.length} documents, DOCX (LibreOffice) / HTML (Chromium):`);
for (const row of rows) console.log(`  ${row}`);
console.log(`  ${((Date.now() - started) / 1000).toFixed(1)} s${keep ? `; files in ${dir}` : ''}`);
if (!keep) rmSync(dir, { recursive: true, force: true });
else if (png)
  console.log(
    `  page images: ${readdirSync(dir).filter((f) => f.endsWith('.png')).length} PNG files`,
  );
if (failures.length > 0) {
  console.error(`\n${failures.length} failure(s):`);
  for (const f of failures) console.error(`  ${f}`);
  process.exit(1);
}
console.log('page images: all checks passed');
