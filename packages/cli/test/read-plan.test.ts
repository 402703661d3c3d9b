// Every command reads plan files the same way (@rollout/json's reader): a JSON
// syntax error is an issue with its line and column and exit 2, never a crash; a
// file that cannot be written is a usage error naming it.
import { plan985KhHndt } from '@rollout/core';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../src/io.js';
import { runCli } from '../src/main.js';
import { fakeIo } from './fake-io.js';

const broken = '{\n  "header": {\n    "reference": "985-KH/HNDT",\n  }\n}';

describe('plan files, read one way by every command', () => {
  const commands: [string, string[]][] = [
    ['render md', ['render', 'p.json', '--to', 'md']],
    ['render ics', ['render', 'p.json', '--to', 'ics']],
    ['render json', ['render', 'p.json', '--to', 'json']],
    ['schedule', ['schedule', 'p.json']],
    ['progress', ['progress', 'p.json', '--events', 'e.ndjson']],
    ['validate', ['validate', 'p.json']],
  ];
  for (const [name, argv] of commands) {
    it(`${name}: a JSON syntax error is exit 2 with its line and column`, async () => {
      const f = fakeIo({ 'p.json': broken, 'e.ndjson': '' });
      const code = await runCli([...argv, '--lang', 'en'], f.io);
      expect(code).toBe(2);
      const said = f.out() + f.err();
      expect(said).toContain('json/syntax');
      expect(said).toContain('(4:3)');
      expect(said).not.toContain('internal error');
    });
  }

  it('a plan given as text, not JSON, points to rollout import', async () => {
    const text = 'HỘI NÔNG DÂN VIỆT NAM\nBCH HỘI NÔNG DÂN TỈNH THANH HÓA\n\nKẾ HOẠCH';
    const f = fakeIo({ 'plan.txt': text });
    expect(await runCli(['validate', 'plan.txt'], f.io)).toBe(2);
    expect(f.out() + f.err()).toContain('json/syntax');
    expect(f.err()).toContain('rollout import plan.txt');
    // A broken JSON file gets no such hint: its line and column are the help.
    const g = fakeIo({ 'p.json': broken });
    await runCli(['validate', 'p.json', '--lang', 'en'], g.io);
    expect(g.out() + g.err()).not.toContain('rollout import');
  });

  it('an older envelope is upgraded for rendering too', async () => {
    const f = fakeIo({
      'p.json': JSON.stringify({ format: 'rollout/plan', version: 1, plan: plan985KhHndt }),
    });
    expect(await runCli(['render', 'p.json', '--to', 'txt'], f.io)).toBe(0);
    expect(f.out()).toContain('985-KH/HNDT');
  });

  it('a file that cannot be written is exit 2 naming it', async () => {
    const f = fakeIo({ 'p.json': JSON.stringify(plan985KhHndt) });
    const io: CliIo = {
      ...f.io,
      writeFile: async (p) => {
        throw new Error(`EACCES: permission denied, open '${p}'`);
      },
    };
    for (const to of ['md', 'docx', 'json', 'ics']) {
      expect(
        await runCli(['render', 'p.json', '--to', to, '-o', `/ro/out.${to}`, '--lang', 'en'], io),
      ).toBe(2);
    }
    expect(f.err()).toContain('Cannot write /ro/out.docx');
    expect(f.err()).not.toContain('internal error');
  });
});
