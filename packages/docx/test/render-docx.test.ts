import type { Plan } from '@rollout/core';
import { clonePlan, plan985KhHndt, planNq58Province, rollup } from '@rollout/core';
import {
  LAYOUT_RULES,
  layoutPlan,
  lineHeightPt,
  renderHtml,
  renderProgressText,
} from '@rollout/document';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { provinceRollup, stretchedPlan } from '../../document/test/samples.js';
import { renderDocx, renderProgressDocx } from '../src/index.js';
import { paragraphsOf, paragraphTexts, parseXml, parts } from './ooxml.js';

const nb = (s: string) => s.replaceAll('\u00A0', ' ');

describe('renderDocx structure', () => {
  it('writes a zip with the A4 page, the margins in twips and Times New Roman', async () => {
    const files = parts(await renderDocx(plan985KhHndt));
    expect(Object.keys(unzipSync(await renderDocx(plan985KhHndt)))[0]).toBe('[Content_Types].xml');
    const doc = files['word/document.xml'] ?? '';
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    // top 20 mm, right 15 mm, bottom 20 mm, left 30 mm
    expect(doc).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    const styles = files['word/styles.xml'] ?? '';
    expect(styles).toContain('w:ascii="Times New Roman"');
    expect(styles).toMatch(/<w:sz w:val="28"\/>/); // 14 pt body
  });

  it('holds every paragraph of the laid-out plan', async () => {
    const paras = paragraphTexts(await renderDocx(plan985KhHndt));
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
          : b.type === 'minor-heading'
            ? `${b.marker} ${b.text}`
            : b.type === 'table'
              ? undefined
              : b.text,
      ),
      layout.recipients?.label,
      ...(layout.recipients?.lines ?? []),
      layout.signature?.authority,
      layout.signature?.title,
      layout.signature?.name,
    ];
    const missing = expected.filter((t) => t !== undefined && !paras.includes(nb(t)));
    expect(missing).toEqual([]);
    expect(paras).toContain('Số 985-KH/HNDT');
    expect(paras).toContain('Thanh Hóa, ngày 3 tháng 9 năm 2020');
    expect(paras).toContain('- Thời gian: ½ ngày, hoàn thành trước ngày 15/9/2020.');
    expect(paras).toContain('- Ban Tuyên huấn TW Hội (B/c);');
    expect(paras).toContain('T/M BAN THƯỜNG VỤ');
    expect(paras).toContain('Trần Bình Quân');
  });

  it('uses the chosen rule set, motto and language', async () => {
    expect(paragraphTexts(await renderDocx(plan985KhHndt, { rules: 'state-2020' }))).toContain(
      'Số: 985/KH-HNDT',
    );
    const party = paragraphTexts(await renderDocx(planNq58Province));
    expect(party).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(party).toContain('Thanh Hóa, ngày    tháng    năm');
    expect(party).toContain('Số       -KH/TU'); // the draft's blank, kept as no-break spaces
    expect(party).toContain('-----'); // under the summary line of a Party document
    const en = paragraphTexts(await renderDocx(plan985KhHndt, { lang: 'en' }));
    expect(en).toContain('PLAN');
    expect(en).toContain('Thanh Hóa, 3 September 2020');
  });

  it('escapes hostile text into well-formed XML', async () => {
    const title = '<script>alert("x")</script> & ]]> <w:p>';
    const plan: Plan = {
      ...clonePlan(plan985KhHndt),
      header: { ...clonePlan(plan985KhHndt).header, title },
    };
    const bytes = await renderDocx(plan);
    const xml = parts(bytes)['word/document.xml'] ?? '';
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('&lt;script&gt;');
    expect(paragraphTexts(bytes)).toContain(title);
  });
});

describe('renderDocx for Word users', () => {
  it('numbers pages from page 2 with a PAGE field in a header part, the first page different', async () => {
    const files = parts(await renderDocx(plan985KhHndt));
    const doc = files['word/document.xml'] ?? '';
    expect(doc).toContain('<w:titlePg/>');
    const refs = [...doc.matchAll(/<w:headerReference w:type="(\w+)" r:id="(\w+)"\/>/g)];
    expect(refs.map((r) => r[1]).sort()).toEqual(['default', 'first']);
    const rels = files['word/_rels/document.xml.rels'] ?? '';
    const target = (id: string) => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
    const byType = Object.fromEntries(refs.map((r) => [r[1], files[`word/${target(r[2] ?? '')}`]]));
    const numbered = paragraphsOf(byType.default ?? '');
    expect(numbered.flatMap((p) => p.fields)).toEqual(['PAGE']);
    expect(paragraphsOf(byType.first ?? '').flatMap((p) => p.fields)).toEqual([]);
    // Centred in the top margin: the header line's middle halfway down the 20 mm margin.
    const header = Number(/w:header="(\d+)"/.exec(doc)?.[1]);
    const line = (lineHeightPt(LAYOUT_RULES['mass-organisation'], 14) * 1440) / 72 / 20 / 20;
    expect(Math.abs(header + (line * 20 * 20) / 2 - 1134 / 2)).toBeLessThan(15);
  });

  it('uses real heading styles that keep with the next paragraph, restyled black in the layout’s font', async () => {
    const files = parts(await renderDocx(planNq58Province));
    const paras = paragraphsOf(files['word/document.xml'] ?? '');
    const styled = (style: string) => paras.filter((p) => p.style === style).map((p) => p.text);
    expect(styled('Heading1')).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU',
      'II. NỘI DUNG, PHƯƠNG THỨC, TÀI LIỆU HỌC TẬP',
      'III. KẾ HOẠCH HỌC TẬP, QUÁN TRIỆT',
    ]);
    expect(styled('Heading2')).toContain('1. Cấp tỉnh');
    expect(styled('Heading3')).toContain('a) Hội nghị do các huyện, thị, thành ủy tổ chức');
    for (const p of paras.filter((x) => x.style?.startsWith('Heading'))) {
      expect(p.keepNext).toBe(true);
      expect(p.keepLines).toBe(true);
    }
    const styles = files['word/styles.xml'] ?? '';
    const heading1 =
      /<w:style [^>]*w:styleId="Heading1"[\s\S]*?<\/w:style>/.exec(styles)?.[0] ?? '';
    expect(heading1).toContain('w:ascii="Times New Roman"');
    expect(heading1).toContain('<w:color w:val="000000"/>');
  });

  it('tags every run with the language vi-VN (en-GB in English)', async () => {
    for (const [lang, tag] of [
      ['vi', 'vi-VN'],
      ['en', 'en-GB'],
    ] as const) {
      const files = parts(await renderDocx(plan985KhHndt, { lang }));
      for (const name of ['word/document.xml', 'word/header1.xml', 'word/header2.xml']) {
        const langs = paragraphsOf(files[name] ?? '').flatMap((p) => p.runLanguages);
        expect(new Set(langs)).toEqual(
          new Set(name === 'word/document.xml' || langs.length > 0 ? [tag] : []),
        );
      }
      expect(files['word/styles.xml']).toContain(`<w:lang w:val="${tag}"/>`);
    }
  });

  it('keeps numbers and symbols and the place name whole, with non-breaking hyphens and spaces', async () => {
    const doc = parts(await renderDocx(plan985KhHndt))['word/document.xml'] ?? '';
    expect(doc).toContain('>58</w:t><w:noBreakHyphen/><w:t xml:space="preserve">NQ/TW');
    expect(doc).toContain('Thanh\u00A0Hóa');
    expect(doc).not.toMatch(/Thanh Hóa/);
  });

  it('keeps the closing with the last paragraph, the recipients with a hanging indent', async () => {
    const paras = paragraphsOf(parts(await renderDocx(plan985KhHndt))['word/document.xml'] ?? '');
    const last = paras.findIndex((p) => p.text.startsWith('- Yêu cầu các huyện'));
    expect(paras[last]?.keepNext).toBe(true);
    expect(paras[last + 1]?.keepNext).toBe(true); // the space before the closing table
    const recipient = paras.find((p) => p.text.startsWith('- Ban Tuyên huấn'));
    expect(recipient?.indent).toMatchObject({ 'w:left': '142', 'w:hanging': '142' });
    expect(recipient?.keepNext).toBe(true);
    expect(paras.find((p) => p.text.startsWith('- Thành phần'))?.keepNext).toBe(false);
  });

  it('sets the exact line height of the HTML: 18 pt for 14 pt text', async () => {
    const paras = paragraphsOf(parts(await renderDocx(plan985KhHndt))['word/document.xml'] ?? '');
    const body = paras.find((p) => p.text.startsWith('- Thành phần'));
    expect(body?.spacing).toMatchObject({
      'w:line': '360',
      'w:lineRule': 'exact',
      'w:after': '120',
    });
    expect(renderHtml(plan985KhHndt)).toContain('line-height: 18pt');
  });
});

describe('renderDocx determinism', () => {
  it('gives byte-identical output on two renders', async () => {
    const a = await renderDocx(plan985KhHndt);
    const b = await renderDocx(clonePlan(plan985KhHndt));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const c = await renderDocx(planNq58Province, { lang: 'en' });
    const d = await renderDocx(clonePlan(planNq58Province), { lang: 'en' });
    expect(Buffer.from(c).equals(Buffer.from(d))).toBe(true);
  });

  it('stamps the plan date, never the clock, in core.xml and the zip entries', async () => {
    const bytes = await renderDocx(plan985KhHndt);
    const core = parts(bytes)['docProps/core.xml'] ?? '';
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
    const draft = parts(await renderDocx(planNq58Province))['docProps/core.xml'] ?? '';
    expect(draft).toContain('>2000-01-01T00:00:00Z</dcterms:created>');
    const stamped = await renderDocx(plan985KhHndt, {
      timestamp: '2021-01-02',
      creator: 'VP Tỉnh ủy\u202E\u0007',
    });
    expect(Buffer.from(stamped).equals(Buffer.from(bytes))).toBe(false);
    const stampedCore = parts(stamped)['docProps/core.xml'] ?? '';
    expect(stampedCore).toContain('<dc:creator>VP Tỉnh ủy</dc:creator>');
    parseXml(stampedCore);
  });

  it('rejects a timestamp that is not an ISO date', async () => {
    await expect(renderDocx(plan985KhHndt, { timestamp: '3/9/2020' })).rejects.toThrow(RangeError);
  });
});

describe('renderDocx of stretched plans', () => {
  it('writes 40 lettered sessions of one tier and 200 recipients, every part well-formed', async () => {
    const bytes = await renderDocx(stretchedPlan());
    const files = parts(bytes);
    for (const [name, xml] of Object.entries(files))
      if (name.endsWith('.xml') || name.endsWith('.rels')) parseXml(xml);
    const texts = paragraphTexts(bytes);
    expect(texts.filter((t) => /^- Hội Nông dân .*\(T\/h\)[;.]$/.test(t))).toHaveLength(199);
    expect(texts.some((t) => t.startsWith('y) '))).toBe(true);
    expect(texts.some((t) => t.startsWith('aa) '))).toBe(true);
    expect(texts.some((t) => t.startsWith('ar) '))).toBe(true);
    expect(texts.some((t) => /^[fjwz]\) /.test(t))).toBe(false);
  });
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
    const paras = paragraphTexts(bytes);
    expect(paras).toContain('BÁO CÁO');
    expect(paras).toContain('- Số người dự học: 85/90 người được triệu tập, đạt 94,4%.');
    const text = nb(renderProgressText(report, { plan: plan985KhHndt }));
    for (const p of paras.filter((x) => x.trim() !== '')) expect(text).toContain(p.trim());
    const core = parts(bytes)['docProps/core.xml'] ?? '';
    expect(core).toContain('>2020-10-20T00:00:00Z</dcterms:created>');
    const again = await renderProgressDocx(structuredClone(report), { plan: plan985KhHndt });
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });

  it('writes the tables of the 27-district, 81-commune report with a repeated header row', async () => {
    const { plan, report } = provinceRollup();
    const doc = parts(await renderProgressDocx(report, { plan }))['word/document.xml'] ?? '';
    parseXml(doc);
    expect(doc.match(/<w:tblHeader\/>/g)).toHaveLength(2);
    expect(doc.match(/<w:cantSplit\/>/g)?.length).toBeGreaterThan(109 + 4);
    const texts = paragraphTexts(await renderProgressDocx(report, { plan }));
    expect(texts).toContain('Hội Nông dân huyện Yên Định');
    expect(texts).toContain('Tổng cộng');
  });
});
