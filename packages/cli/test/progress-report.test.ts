import { plan985KhHndt } from '@rollout/core';
import { describe, expect, it } from 'vitest';
import { parts } from '../../docx/test/ooxml.js';
import { runCli } from '../src/main.js';
import { fakeIo } from './fake-io.js';

const rec = { recordedBy: 'Ban Tuyên giáo', recordedAt: '2020-10-20T08:00:00+07:00' };
const files = {
  'plan.json': JSON.stringify({ format: 'rollout/plan', version: 1, plan: plan985KhHndt }),
  'units.json': JSON.stringify({
    units: [
      { id: 'tinh', name: 'Hội Nông dân tỉnh', level: 'province' },
      { id: 'nga-son', name: 'Hội Nông dân huyện Nga Sơn', level: 'district', parent: 'tinh' },
      { id: 'hau-loc', name: 'Hội Nông dân huyện Hậu Lộc', level: 'district', parent: 'tinh' },
    ],
  }),
  'events.ndjson': `${[
    {
      kind: 'session-held',
      unit: 'nga-son',
      session: 's-district',
      date: '2020-09-18',
      method: 'online',
      attendees: { present: 40, expected: 45 },
      ...rec,
    },
  ]
    .map((e) => JSON.stringify(e))
    .join('\n')}\n`,
};
const base = [
  'progress',
  'plan.json',
  '--events',
  'events.ndjson',
  '--units',
  'units.json',
  '--today',
  '2020-10-20',
];

describe('rollout progress --to', () => {
  it('writes the report as Markdown, HTML, text and DOCX to -o <file>', async () => {
    for (const to of ['md', 'html', 'txt', 'docx'] as const) {
      const f = fakeIo(files);
      const code = await runCli([...base, '--to', to, '-o', `report.${to}`], f.io);
      expect(code).toBe(0);
      expect(f.out()).toBe('');
      const data = f.written.get(`report.${to}`);
      expect(data).toBeDefined();
      const text =
        to === 'docx'
          ? (parts(data as Uint8Array)['word/document.xml'] ?? '').replaceAll('\u00A0', ' ')
          : String(data);
      expect(text).toContain('BÁO CÁO');
      expect(text).toContain('Hội Nông dân huyện Hậu Lộc'); // overdue, named
      expect(text).toContain('chậm 3 ngày'); // Nga Sơn held on 18/9 for 15/9
    }
  });

  it('prints text formats on standard output without -o, and takes --rules and --reference', async () => {
    const f = fakeIo(files);
    expect(
      await runCli(
        [...base, '--to', 'txt', '--rules', 'state-2020', '--reference', '12-BC/HNDT'],
        f.io,
      ),
    ).toBe(0);
    expect(f.out()).toContain('Số: 12/BC-HNDT');
    expect(f.out()).toContain('II. ĐÁNH GIÁ CHUNG');
  });

  it('refuses DOCX without -o, an unknown format or rule set, and report options without --to (exit 2)', async () => {
    for (const extra of [
      ['--to', 'docx'],
      ['--to', 'pdf'],
      ['--to', 'md', '--rules', 'party-1990'],
      ['-o', 'x.md'],
      ['--to', 'md', '--format', 'json'],
    ]) {
      const f = fakeIo(files);
      expect(await runCli([...base, ...extra], f.io)).toBe(2);
      expect(f.written.size).toBe(0);
    }
  });
});
