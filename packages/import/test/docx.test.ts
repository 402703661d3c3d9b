import { clonePlan, plan985KhHndt } from '@rollout/core';
import { renderDocx } from '@rollout/docx';
import { importDocx } from '@rollout/import';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { describe, expect, it } from 'vitest';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const borders = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};
const p = (text: string, bold = false) =>
  new Paragraph({ children: [new TextRun({ text, bold })], alignment: AlignmentType.LEFT });
const cell = (...lines: string[]) =>
  new TableCell({
    children: lines.map((l) => p(l)),
    width: { size: 50, type: WidthType.PERCENTAGE },
  });

/** A plan laid out as Word files lay it out: header and signature in borderless two-column tables. */
async function buildDocx(): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Table({
            borders,
            rows: [
              new TableRow({
                children: [
                  cell('ĐẢNG BỘ TỈNH QUẢNG NGÃI', 'HUYỆN ỦY SƠN TỊNH', '*', 'Số 87-KH/HU'),
                  cell('ĐẢNG CỘNG SẢN VIỆT NAM', 'Sơn Tịnh, ngày 12 tháng 3 năm 2021'),
                ],
              }),
            ],
          }),
          p('KẾ HOẠCH', true),
          p(
            'học tập, quán triệt Nghị quyết Đại hội XIII của Đảng và Nghị quyết số 01-NQ/TW, ngày 30/01/2021 của Bộ Chính trị',
          ),
          p('I. THỜI GIAN, THÀNH PHẦN'),
          p('1. Cấp huyện'),
          p(
            '- Thành phần: Ban Chấp hành Đảng bộ huyện; bí thư, phó bí thư các tổ chức cơ sở đảng.',
          ),
          p('- Thời gian: 1,5 ngày, từ ngày 16 - 17/3/2021.'),
          p('2. Cấp cơ sở'),
          p('- Thành phần: toàn thể cán bộ, đảng viên.'),
          p('- Thời gian: 01 buổi, hoàn thành trong tháng 4/2021.'),
          new Table({
            borders,
            rows: [
              new TableRow({
                children: [
                  cell(
                    'Nơi nhận:',
                    '- Ban Tuyên giáo Tỉnh ủy (b/c);',
                    '- Các tổ chức cơ sở đảng (t/h);',
                    '- Lưu VP.',
                  ),
                  cell('T/M BAN THƯỜNG VỤ', 'BÍ THƯ', '', 'Phạm Văn Bình'),
                ],
              }),
            ],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('importDocx', () => {
  it('reads a plan out of a DOCX built with the docx library (tables for header and signature)', async () => {
    const result = await importDocx(await buildDocx());
    expect(result.text).toContain('KẾ HOẠCH');
    const plan = result.plans[0]!;
    expect(plan.header).toMatchObject({
      issuer: { name: 'HUYỆN ỦY SƠN TỊNH', parent: 'ĐẢNG BỘ TỈNH QUẢNG NGÃI', kind: 'party' },
      motto: 'party',
      reference: '87-KH/HU',
      place: 'Sơn Tịnh',
      date: '2021-03-12',
    });
    expect(plan.sessions.map((s) => [s.tier, s.duration.halfDays, s.deadline])).toEqual([
      ['district', 3, { kind: 'span', from: '2021-03-16', to: '2021-03-17' }],
      ['commune', 1, { kind: 'within', month: '2021-04' }],
    ]);
    expect(plan.resolutions.map((r) => [r.reference, r.issuedOn])).toEqual([
      ['01-NQ/TW', '2021-01-30'],
    ]);
    expect(plan.recipients).toEqual([
      { name: 'Ban Tuyên giáo Tỉnh ủy', purpose: 'report' },
      { name: 'Các tổ chức cơ sở đảng', purpose: 'implement' },
      { name: 'VP', purpose: 'archive' },
    ]);
    expect(plan.signature).toEqual({
      mode: 'on-behalf',
      authority: 'Ban Thường vụ',
      title: 'Bí thư',
      name: 'Phạm Văn Bình',
    });
    for (const u of result.unread) expect(result.text.slice(u.start, u.end)).toBe(u.text);
  });

  it('reads back plan 985-KH/HNDT rendered by @rollout/docx', async () => {
    const bytes = await renderDocx(plan985KhHndt);
    const result = await importDocx(bytes);
    const plan = result.plans[0]!;
    expect(plan.header.reference).toBe('985-KH/HNDT');
    expect(plan.sessions.map((s) => s.deadline)).toEqual(
      clonePlan(plan985KhHndt).sessions.map((s) => s.deadline),
    );
    expect(plan.sessions.map((s) => s.duration)).toEqual(
      clonePlan(plan985KhHndt).sessions.map((s) => s.duration),
    );
    expect(plan.recipients.map((r) => r.purpose)).toEqual(
      clonePlan(plan985KhHndt).recipients.map((r) => r.purpose),
    );
  });

  it('returns an issue, not a throw, for bytes that are not a DOCX file', async () => {
    const result = await importDocx(new TextEncoder().encode('not a zip'));
    expect(result.plans).toEqual([]);
    expect(result.issues.map((i) => i.code)).toEqual(['import/docx-unreadable']);
    const empty = await importDocx(new Uint8Array());
    expect(empty.issues[0]?.code).toBe('import/docx-unreadable');
  });
});
