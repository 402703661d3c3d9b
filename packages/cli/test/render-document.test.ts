import { clonePlan, plan985KhHndt, planNq58Province } from '@rollout/core';
import { renderHtml, renderMarkdown, renderText } from '@rollout/document';
import { renderDocx } from '@rollout/docx';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/main.js';
import { fakeIo } from './fake-io.js';

const envelope = JSON.stringify({ format: 'rollout/plan', version: 1, plan: plan985KhHndt });
const files = { 'plan.json': envelope, 'bare.json': JSON.stringify(planNq58Province) };

describe('rollout render --to md|html|txt|docx', () => {
  it('prints text formats on standard output, exactly as the library renders them', async () => {
    for (const [to, render] of [
      ['txt', renderText],
      ['md', renderMarkdown],
      ['html', renderHtml],
    ] as const) {
      const f = fakeIo(files);
      expect(await runCli(['render', 'plan.json', '--to', to], f.io)).toBe(0);
      expect(f.out()).toBe(render(plan985KhHndt));
      expect(f.err()).toBe('');
    }
  });

  it('reads a bare plan and picks the rule set from the plan', async () => {
    const f = fakeIo(files);
    expect(await runCli(['render', 'bare.json', '--to', 'txt'], f.io)).toBe(0);
    expect(f.out()).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(f.out()).toContain('ngày\u00A0\u00A0\u00A0\u00A0tháng\u00A0\u00A0\u00A0\u00A0năm');
  });

  it('honours --rules and --lang', async () => {
    const f = fakeIo(files);
    expect(
      await runCli(
        ['render', 'plan.json', '--to', 'txt', '--rules', 'state-2020', '--lang', 'en'],
        f.io,
      ),
    ).toBe(0);
    expect(f.out()).toBe(renderText(plan985KhHndt, { rules: 'state-2020', lang: 'en' }));
    expect(f.out()).toContain('No. 985/KH-HNDT'); // the state form of Nghị định 30/2020/NĐ-CP
  });

  it('writes -o files', async () => {
    const f = fakeIo(files);
    expect(await runCli(['render', 'plan.json', '--to', 'html', '-o', 'out.html'], f.io)).toBe(0);
    expect(f.out()).toBe('');
    expect(f.written.get('out.html')).toBe(renderHtml(plan985KhHndt));
  });

  it('writes DOCX bytes to -o, identical to renderDocx', async () => {
    const f = fakeIo(files);
    expect(await runCli(['render', 'plan.json', '--to', 'docx', '-o', 'plan.docx'], f.io)).toBe(0);
    const bytes = f.written.get('plan.docx');
    expect(bytes).toBeInstanceOf(Uint8Array);
    const expected = await renderDocx(plan985KhHndt);
    expect(Buffer.from(bytes as Uint8Array).equals(Buffer.from(expected))).toBe(true);
    expect([...(bytes as Uint8Array).slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });

  it('refuses DOCX without -o, unknown rule sets and ICS-only options (exit 2)', async () => {
    for (const argv of [
      ['render', 'plan.json', '--to', 'docx'],
      ['render', 'plan.json', '--to', 'md', '--rules', 'party-1990'],
      ['render', 'plan.json', '--to', 'md', '--rules', '__proto__'],
      ['render', 'plan.json', '--to', 'md', '--unit', 'x'],
      ['render', 'missing.json', '--to', 'md'],
    ]) {
      const f = fakeIo(files);
      expect(await runCli(argv, f.io)).toBe(2);
      expect(f.out()).toBe('');
      expect(f.err()).not.toBe('');
      expect(f.written.size).toBe(0);
    }
  });

  it('prints the issues of an invalid plan and exits 1 without rendering', async () => {
    const bad = JSON.stringify({
      ...clonePlan(plan985KhHndt),
      header: { ...clonePlan(plan985KhHndt).header, date: '2020-02-31' },
    });
    const f = fakeIo({ 'bad.json': bad });
    expect(await runCli(['render', 'bad.json', '--to', 'md', '-o', 'x.md'], f.io)).toBe(1);
    expect(f.err()).toContain('date/nonexistent');
    expect(f.written.size).toBe(0);
  });
});
