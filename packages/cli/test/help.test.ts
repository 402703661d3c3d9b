import { readFileSync } from 'node:fs';
import { plan985KhHndt } from '@rollout/core';
import { stringifyPlan } from '@rollout/json';
import { describe, expect, it } from 'vitest';
import { HelpRequest } from '../src/args.js';
import { COMMAND_HELP } from '../src/help.js';
import { COMMANDS, runCli } from '../src/main.js';
import { closest, editDistance } from '../src/suggest.js';
import { fakeIo } from './fake-io.js';

const files = { 'plan.json': stringifyPlan(plan985KhHndt) };
const cli = async (...argv: string[]) => {
  const f = fakeIo(files);
  const code = await runCli(argv, f.io);
  return { code, out: f.out(), err: f.err() };
};

/** The commands `rollout --help` lists, from its "Commands:" block. */
const listed = async (lang: 'vi' | 'en') => {
  const { out } = await cli('--help', '--lang', lang);
  const block = out.split(lang === 'en' ? 'Commands:\n' : 'Lệnh:\n')[1]?.split('\n\n')[0] ?? '';
  return block.split('\n').map((line) => /^ {2}(\S+)\s+(.*)$/.exec(line)?.slice(1) ?? []);
};

describe('rollout --version', () => {
  it('prints the version of @rollout/cli and exits 0', async () => {
    const { version } = JSON.parse(readFileSync('packages/cli/package.json', 'utf8'));
    for (const flag of ['--version', '-v']) {
      const r = await cli(flag);
      expect(r).toEqual({ code: 0, out: `${version}\n`, err: '' });
    }
  });
});

describe('rollout --help', () => {
  it('lists every command with what it does, in Vietnamese and in English', async () => {
    const vi = await listed('vi');
    const en = await listed('en');
    expect(vi.map(([c]) => c)).toEqual(Object.keys(COMMAND_HELP));
    expect(en.map(([c]) => c)).toEqual(Object.keys(COMMAND_HELP));
    for (const [c, summary] of vi) expect(summary).toBe(COMMAND_HELP[c ?? '']?.summary.vi);
    for (const [c, summary] of en) expect(summary).toBe(COMMAND_HELP[c ?? '']?.summary.en);
  });

  it('goes to stdout with exit 0; a bare `rollout` prints it on stderr with exit 2', async () => {
    const help = await cli('--help');
    expect(help.code).toBe(0);
    expect(help.err).toBe('');
    expect(help.out).toContain('\n  rollout <lệnh> [tùy chọn]\n');
    expect(await cli('help')).toEqual(help);
    const bare = await cli();
    expect(bare.code).toBe(2);
    expect(bare.out).toBe('');
    expect(bare.err).toBe(help.out);
  });
});

describe('rollout <command> --help', () => {
  const commands = Object.keys(COMMAND_HELP);

  it.each(commands)('%s: usage, options, examples and exit codes, exit 0', async (command) => {
    for (const [lang, heads] of [
      ['vi', ['Cách dùng:', 'Tùy chọn:', 'Ví dụ:', 'Mã thoát:']],
      ['en', ['Usage:', 'Options:', 'Examples:', 'Exit codes:']],
    ] as const) {
      const r = await cli(command, '--help', '--lang', lang);
      expect(r.code).toBe(0);
      expect(r.err).toBe('');
      const positions = heads.map((h) => r.out.indexOf(`\n${h}\n`));
      expect(positions.every((p) => p > 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      expect(r.out).toContain(`  rollout ${command} `);
      expect(r.out).toMatch(/\n {2}0 +\S/);
      expect(r.out).toMatch(/\n {2}2 +\S/);
      expect(r.out.normalize('NFC')).toBe(r.out);
    }
    // -h, anywhere on the line, and `rollout help <command>` print the same.
    const help = await cli(command, '--help');
    expect(await cli(command, 'plan.json', '-h')).toEqual(help);
    expect(await cli('help', command)).toEqual(help);
  });

  it.each(commands)(
    '%s: every option its help names is one the command accepts',
    async (command) => {
      for (const option of COMMAND_HELP[command]?.options ?? []) {
        for (const name of option.flags.match(/--[a-z-]+/g) ?? []) {
          const r = await cli(command, 'missing.json', name, 'x');
          expect(r.err).not.toMatch(/Unknown option|Không có tùy chọn/);
        }
      }
    },
  );

  it('examples call their own command', () => {
    for (const [command, help] of Object.entries(COMMAND_HELP))
      for (const e of help.examples) expect(e.command.startsWith(`rollout ${command} `)).toBe(true);
  });
});

describe('did you mean', () => {
  it('suggests the nearest command for a mistyped one (exit 2)', async () => {
    const r = await cli('valdate', 'plan.json');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain('rollout: không có lệnh "valdate". Có phải ý bạn là "validate"?');
    const en = await cli('shcedule', 'plan.json', '--lang', 'en');
    expect(en.err).toContain('rollout: unknown command "shcedule". Did you mean "schedule"?');
    const far = await cli('frobnicate');
    expect(far.code).toBe(2);
    expect(far.err).not.toContain('Có phải');
  });

  it('suggests the nearest option for a mistyped one (exit 2)', async () => {
    const r = await cli('validate', 'plan.json', '--fromat', 'json');
    expect(r.code).toBe(2);
    expect(r.err).toContain('Không có tùy chọn --fromat. Có phải ý bạn là --format?');
    expect(r.err).toContain('rollout validate --help');
    const en = await cli('render', 'plan.json', '--to', 'md', '--rule=party-2018', '--lang', 'en');
    expect(en.code).toBe(2);
    expect(en.err).toContain('Unknown option --rule. Did you mean --rules?');
  });

  it('suggests the nearest value of --format and --lang', async () => {
    const r = await cli('validate', 'plan.json', '--format', 'jsn', '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--format must be text or json, not jsn. Did you mean json?');
    const vi = await cli('validate', 'plan.json', '--lang', 'vn');
    expect(vi.err).toContain('--lang phải là vi hoặc en, không phải vn. Có phải ý bạn là vi?');
  });

  it('a missing value is named', async () => {
    const r = await cli('render', 'plan.json', '--lang', 'en', '--to');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--to needs a value.');
  });

  it('a leading --lang is read before the command', async () => {
    const r = await cli('--lang', 'en', 'validate', 'plan.json');
    expect(r.code).toBe(0);
    expect(r.out).toContain('plan.json: valid');
  });

  it('editDistance counts one swap of neighbours as one edit', () => {
    expect(editDistance('validate', 'validate')).toBe(0);
    expect(editDistance('valdiate', 'validate')).toBe(1);
    expect(editDistance('valdate', 'validate')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('closest takes a unique prefix, else the nearest within a third of the length', () => {
    const names = ['validate', 'schedule', 'render', 'import', 'progress'];
    expect(closest('val', names)).toBe('validate');
    expect(closest('RENDR', names)).toBe('render');
    expect(closest('imprt', names)).toBe('import');
    expect(closest('x', names)).toBeUndefined();
    expect(closest('', names)).toBeUndefined();
    expect(closest('--formta', ['--format', '--lang'])).toBe('--format');
  });
});

describe('help and parser agree', () => {
  it.each(Object.keys(COMMANDS))(
    '%s: its help names every option it accepts, and no other',
    async (command) => {
      const run = COMMANDS[command];
      const f = fakeIo({});
      const request = await run?.(['--help'], f.io).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(request).toBeInstanceOf(HelpRequest);
      const accepted = new Set((request as HelpRequest).options);
      const documented = new Set(
        (COMMAND_HELP[command]?.options ?? []).flatMap((o) => o.flags.match(/--[a-z-]+/g) ?? []),
      );
      for (const name of accepted) {
        // --lang is common to every command (in every help); --format where it matters.
        if (name === 'lang' || (name === 'format' && !documented.has('--format'))) continue;
        expect(documented, `--${name} of ${command}`).toContain(`--${name}`);
      }
      for (const flag of documented)
        expect(accepted, `${flag} of ${command}`).toContain(flag.slice(2));
    },
  );
});
