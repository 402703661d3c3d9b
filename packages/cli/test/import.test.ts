import { plan985KhHndt } from '@rollout/core';
import { renderDocx } from '@rollout/docx';
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../../test-support/corpus.js';
import { runCli } from '../src/main.js';
import { fakeIo } from './fake-io.js';

const corpus001 = readCorpus('001_c4a0ee48a2404adc.txt');

describe('rollout import', () => {
  it('--format json prints exactly { plans, issues, unread, sources } and exits 0', async () => {
    const f = fakeIo({ 'plan.txt': corpus001 });
    expect(await runCli(['import', 'plan.txt', '--format', 'json'], f.io)).toBe(0);
    expect(f.err()).toBe('');
    const json = JSON.parse(f.out());
    expect(Object.keys(json)).toEqual(['plans', 'issues', 'unread', 'sources']);
    expect(json.plans[0].header.reference).toBe('985-KH/HNDT');
    expect(json.plans[0].sessions.map((s: { deadline: unknown }) => s.deadline)).toEqual([
      { kind: 'held', date: '2020-08-31' },
      { kind: 'by', date: '2020-09-15' },
      { kind: 'by', date: '2020-10-15' },
    ]);
    for (const issue of json.issues)
      expect(Object.keys(issue)).toEqual(['code', 'severity', 'path', 'params', 'message']);
    for (const u of json.unread) {
      expect(Object.keys(u)).toEqual(['start', 'end', 'text']);
      expect(corpus001.slice(u.start, u.end)).toBe(u.text);
    }
    const span = json.sources[0]['/sessions/1/deadline'];
    expect(corpus001.slice(span.start, span.end)).toBe('hoàn thành trước ngày 15/9/2020');
  });

  it('prints a readable Vietnamese summary by default, English with --lang en', async () => {
    const f = fakeIo({ 'plan.txt': corpus001 });
    expect(await runCli(['import', 'plan.txt'], f.io)).toBe(0);
    expect(f.out()).toContain(
      'Kế hoạch 1: 985-KH/HNDT — BCH HND TỈNH THANH HOÁ (Thanh Hóa, ngày 3/9/2020)',
    );
    expect(f.out()).toContain(
      '½ ngày, hoàn thành trước ngày 15/9/2020 — Thành phần: Ban Chấp hành huyện Hội',
    );
    expect(f.out()).toContain('Chưa đọc được (1 đoạn):');
    const e = fakeIo({ 'plan.txt': corpus001 });
    expect(await runCli(['import', 'plan.txt', '--lang', 'en'], e.io)).toBe(0);
    expect(e.out()).toContain('Plan 1: 985-KH/HNDT');
    expect(e.out()).toContain('by 15 September 2020');
  });

  it('reads DOCX files (by extension or by their zip signature)', async () => {
    const bytes = await renderDocx(plan985KhHndt);
    const f = fakeIo({ 'plan.docx': bytes, 'plan.bin': bytes });
    expect(await runCli(['import', 'plan.docx', '--format', 'json'], f.io)).toBe(0);
    expect(JSON.parse(f.out()).plans[0].header.reference).toBe('985-KH/HNDT');
    const g = fakeIo({ 'plan.bin': bytes });
    expect(await runCli(['import', 'plan.bin', '--format', 'json'], g.io)).toBe(0);
  });

  it('exits 1 when no plan could be read, 2 on unusable input', async () => {
    const f = fakeIo({
      'news.txt': 'Hôm nay trời đẹp.',
      'empty.txt': '  \n',
      'latin1.txt': new Uint8Array([0x48, 0xe0, 0xff]),
      'bad.docx': 'not a zip',
    });
    expect(await runCli(['import', 'news.txt', '--format', 'json'], f.io)).toBe(1);
    expect(JSON.parse(f.out()).plans).toEqual([]);
    expect(await runCli(['import', 'empty.txt'], f.io)).toBe(2);
    expect(await runCli(['import', 'latin1.txt'], f.io)).toBe(2);
    expect(await runCli(['import', 'bad.docx'], f.io)).toBe(2);
    expect(await runCli(['import', 'missing.txt'], f.io)).toBe(2);
    expect(await runCli(['import'], f.io)).toBe(2);
    expect(await runCli(['import', 'news.txt', '--format', 'xml'], f.io)).toBe(2);
    expect(f.err()).toContain('UTF-8');
  });

  it('--plan n -o file writes one plan as a plan file that rollout validate opens as is', async () => {
    const news = readCorpus('002_17d86c001578df32.txt');
    const f = fakeIo({ 'news.txt': news });
    expect(await runCli(['import', 'news.txt', '--plan', '1', '-o', 'plan.json'], f.io)).toBe(0);
    const written = String(f.written.get('plan.json'));
    expect(JSON.parse(written)).toMatchObject({
      format: 'rollout/plan',
      plan: { sessions: [{ deadline: { kind: 'held', date: '2022-12-22' } }] },
    });
    const v = fakeIo({ 'plan.json': written });
    // A draft (its number and signature are not in a news report): read, judged, not refused.
    expect(await runCli(['validate', 'plan.json', '--format', 'json'], v.io)).toBe(1);
    const codes = JSON.parse(v.out()).issues.map((i: { code: string }) => i.code);
    expect(codes).not.toContain('schema/required');
    expect(
      await runCli(['import', 'news.txt', '--plan', '9'], fakeIo({ 'news.txt': news }).io),
    ).toBe(2);
    expect(
      await runCli(['import', 'news.txt', '-o', 'x.json'], fakeIo({ 'news.txt': news }).io),
    ).toBe(2);
  });

  it('shows placeholders as unknown, never as values (no "1/1/0", no made-up ½ ngày)', async () => {
    const f = fakeIo({ 'news.txt': readCorpus('002_17d86c001578df32.txt') });
    expect(await runCli(['import', 'news.txt'], f.io)).toBe(0);
    const out = f.out();
    expect(out).not.toContain('1/1/0');
    expect(out).toContain('27-NQ/TW (Ban Chấp hành Trung ương, (chưa rõ))');
    expect(out).toContain('- (chưa rõ), ngày 22/12/2022');
    expect(out).toMatch(/Kế hoạch 1: \(chưa rõ\) — Ban Thường vụ Tỉnh ủy Thanh Hóa/);
  });

  it('exits 2 on a DOCX that would unpack past the limits (a zip bomb), with the issue on stderr', async () => {
    const { deflateRawSync } = await import('node:zlib');
    const body = deflateRawSync(new Uint8Array(80 * 1024 * 1024));
    const name = Buffer.from('word/document.xml');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(80 * 1024 * 1024, 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(body.length, 20);
    dir.writeUInt32LE(80 * 1024 * 1024, 24);
    dir.writeUInt16LE(name.length, 28);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(1, 8);
    end.writeUInt16LE(1, 10);
    end.writeUInt32LE(46 + name.length, 12);
    end.writeUInt32LE(30 + name.length + body.length, 16);
    const bomb = new Uint8Array(Buffer.concat([local, name, body, dir, name, end]));
    const f = fakeIo({ 'bomb.docx': bomb });
    expect(await runCli(['import', 'bomb.docx'], f.io)).toBe(2);
    expect(f.err()).toContain('DOCX');
  });
});
