import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plan } from '@rollout/core';
import { plan985KhHndt, planNq58Province, rollup } from '@rollout/core';
import { layoutPlan, renderProgressText } from '@rollout/document';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderDocx, renderProgressDocx } from '../src/index.js';

const decode = (xml: string) =>
  xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The text of each paragraph of `word/document.xml`. */
function paragraphs(bytes: Uint8Array): string[] {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml'] as Uint8Array);
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    decode([...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')),
  );
}

function which(cmd: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('renderDocx structure', () => {
  it('writes a zip with the A4 page, the margins in twips and Times New Roman', async () => {
    const files = unzipSync(await renderDocx(plan985KhHndt));
    expect(Object.keys(files)[0]).toBe('[Content_Types].xml');
    const doc = strFromU8(files['word/document.xml'] as Uint8Array);
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    // top 20 mm, right 15 mm, bottom 20 mm, left 30 mm
    expect(doc).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    const styles = strFromU8(files['word/styles.xml'] as Uint8Array);
    expect(styles).toContain('w:ascii="Times New Roman"');
    expect(styles).toMatch(/<w:sz w:val="28"\/>/); // 14 pt body
  });

  it('holds every paragraph of the laid-out plan', async () => {
    const paras = paragraphs(await renderDocx(plan985KhHndt));
    const layout = layoutPlan(plan985KhHndt);
    const expected = [
      layout.header.parent,
      layout.header.issuer,
      ...layout.header.mottoLines,
      layout.header.reference,
      layout.header.placeDate,
      layout.kind,
      layout.title,
      ...layout.body.map((b) =>
        b.type === 'paragraph'
          ? `${b.marker === undefined ? '' : `${b.marker} `}${b.runs.map((r) => r.text).join('')}`
          : b.text,
      ),
      layout.recipients?.label,
      ...(layout.recipients?.lines ?? []),
      layout.signature?.authority,
      layout.signature?.title,
      layout.signature?.name,
    ];
    const missing = expected.filter((t) => t !== undefined && !paras.includes(t));
    expect(missing).toEqual([]);
    expect(paras).toContain('HỘI NÔNG DÂN VIỆT NAM');
    expect(paras).toContain('Số 985-KH/HNDT');
    expect(paras).toContain('Thanh Hóa, ngày 3 tháng 9 năm 2020');
    expect(paras).toContain('- Thời gian: ½ ngày, hoàn thành trước ngày 15/9/2020.');
    expect(paras).toContain('- Ban Tuyên huấn TW Hội (B/c);');
    expect(paras).toContain('T/M BAN THƯỜNG VỤ');
    expect(paras).toContain('Trần Bình Quân');
  });

  it('uses the chosen rule set, motto and language', async () => {
    const state = strFromU8(
      unzipSync(await renderDocx(plan985KhHndt, { rules: 'state-2020' }))[
        'word/document.xml'
      ] as Uint8Array,
    );
    expect(state).toContain('Số: 985-KH/HNDT');
    const party = paragraphs(await renderDocx(planNq58Province));
    expect(party).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(party).toContain('Thanh Hóa, ngày    tháng    năm');
    const en = paragraphs(await renderDocx(plan985KhHndt, { lang: 'en' }));
    expect(en).toContain('PLAN');
    expect(en).toContain('Thanh Hóa, 3 September 2020');
  });

  it('escapes hostile text into well-formed XML', async () => {
    const title = '<script>alert("x")</script> & ]]> <w:p>';
    const plan: Plan = { ...plan985KhHndt, header: { ...plan985KhHndt.header, title } };
    const bytes = await renderDocx(plan);
    const xml = strFromU8(unzipSync(bytes)['word/document.xml'] as Uint8Array);
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('&lt;script&gt;');
    expect(paragraphs(bytes)).toContain(title);
  });
});

describe('renderDocx determinism', () => {
  it('gives byte-identical output on two renders', async () => {
    const a = await renderDocx(plan985KhHndt);
    const b = await renderDocx(structuredClone(plan985KhHndt));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const c = await renderDocx(planNq58Province, { lang: 'en' });
    const d = await renderDocx(structuredClone(planNq58Province), { lang: 'en' });
    expect(Buffer.from(c).equals(Buffer.from(d))).toBe(true);
  });

  it('stamps the plan date, never the clock, in core.xml and the zip entries', async () => {
    const bytes = await renderDocx(plan985KhHndt);
    const core = strFromU8(unzipSync(bytes)['docProps/core.xml'] as Uint8Array);
    expect(core).toContain('<dc:creator>Rollout</dc:creator>');
    expect(core).toContain('<cp:lastModifiedBy>Rollout</cp:lastModifiedBy>');
    expect(core).toContain('>2020-09-03T00:00:00Z</dcterms:created>');
    expect(core).toContain('>2020-09-03T00:00:00Z</dcterms:modified>');
    // Every local file header carries DOS time 12:00:00 and date 2020-09-03, whatever TZ is.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let headers = 0;
    for (let i = 0; i + 30 <= bytes.length; i++) {
      if (view.getUint32(i, true) !== 0x04034b50) continue;
      expect(view.getUint16(i + 10, true)).toBe(12 << 11);
      expect(view.getUint16(i + 12, true)).toBe(((2020 - 1980) << 9) | (9 << 5) | 3);
      headers++;
    }
    expect(headers).toBeGreaterThan(5);
    const draft = strFromU8(
      unzipSync(await renderDocx(planNq58Province))['docProps/core.xml'] as Uint8Array,
    );
    expect(draft).toContain('>2000-01-01T00:00:00Z</dcterms:created>');
    const stamped = await renderDocx(plan985KhHndt, {
      timestamp: '2021-01-02',
      creator: 'VP Tỉnh ủy',
    });
    expect(Buffer.from(stamped).equals(Buffer.from(bytes))).toBe(false);
    expect(strFromU8(unzipSync(stamped)['docProps/core.xml'] as Uint8Array)).toContain(
      'VP Tỉnh ủy',
    );
  });

  it('rejects a timestamp that is not an ISO date', async () => {
    await expect(renderDocx(plan985KhHndt, { timestamp: '3/9/2020' })).rejects.toThrow(RangeError);
  });
});

const soffice = which('soffice') && which('pdftotext');

describe('renderDocx in LibreOffice', () => {
  it.skipIf(!soffice)(
    soffice
      ? 'converts to an A4 PDF holding the facts'
      : 'SKIPPED: LibreOffice (soffice) or pdftotext is not installed, so the PDF check cannot run',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'rollout-docx-'));
      try {
        writeFileSync(join(dir, 'plan.docx'), await renderDocx(plan985KhHndt));
        execFileSync(
          'soffice',
          [
            `-env:UserInstallation=file://${dir}/profile`,
            '--headless',
            '--convert-to',
            'pdf',
            '--outdir',
            dir,
            join(dir, 'plan.docx'),
          ],
          { stdio: 'ignore', timeout: 120_000 },
        );
        const info = execFileSync('pdfinfo', [join(dir, 'plan.pdf')], { encoding: 'utf8' });
        expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
        execFileSync('pdftotext', [join(dir, 'plan.pdf'), join(dir, 'plan.txt')]);
        const text = readFileSync(join(dir, 'plan.txt'), 'utf8').replace(/\s+/g, ' ');
        for (const fact of [
          'HỘI NÔNG DÂN VIỆT NAM',
          'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
          'Số 985-KH/HNDT',
          'Thanh Hóa, ngày 3 tháng 9 năm 2020',
          'KẾ HOẠCH',
          'hoàn thành trước ngày 15/9/2020',
          'hoàn thành trước ngày 15/10/2020',
          'đã học trực tuyến ngày 31/8/2020',
          'Nơi nhận:',
          'T/M BAN THƯỜNG VỤ',
          'Trần Bình Quân',
        ]) {
          expect(text).toContain(fact);
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    180_000,
  );
});

describe('renderProgressDocx', () => {
  it('writes the progress report with the words of renderProgressText, deterministically', async () => {
    const report = rollup(
      plan985KhHndt,
      [
        {
          kind: 'session-held',
          recordedBy: 'Ban Tuyên giáo',
          recordedAt: '2020-10-20T08:00:00+07:00',
          unit: 'district',
          session: 's-district',
          date: '2020-09-18',
          method: 'in-person',
          attendees: { present: 85, expected: 90 },
        },
      ],
      { today: '2020-10-20' },
    ).toJSON();
    const bytes = await renderProgressDocx(report, { plan: plan985KhHndt });
    const paras = paragraphs(bytes);
    expect(paras).toContain('BÁO CÁO');
    expect(paras).toContain('- Số người dự học: 85/90 (đạt 94,4%).');
    const text = renderProgressText(report, { plan: plan985KhHndt });
    for (const p of paras.filter((x) => x.trim() !== '')) expect(text).toContain(p.trim());
    const core = strFromU8(unzipSync(bytes)['docProps/core.xml'] as Uint8Array);
    expect(core).toContain('>2020-10-20T00:00:00Z</dcterms:created>');
    const again = await renderProgressDocx(structuredClone(report), { plan: plan985KhHndt });
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });
});
