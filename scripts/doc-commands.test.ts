import { describe, expect, it } from 'vitest';
import { fencedCommands } from './doc-commands-lib.mjs';

describe('fencedCommands', () => {
  it('takes sh, bash and shell fences, indented or not, and nothing else', () => {
    const text = [
      'Run `pnpm x` inline (not a fence).',
      '```sh',
      'pnpm start   # writes out/',
      '```',
      '1. In a list:',
      '',
      '   ```bash',
      '   rollout validate plan.json',
      '   ```',
      '```ts',
      "console.log('not shell');",
      '```',
      '```text',
      'rollout validate <plan.json>',
      '```',
      '~~~shell',
      'echo one',
      '~~~',
    ].join('\n');
    expect(fencedCommands(text)).toEqual([
      { line: 3, command: 'pnpm start' },
      { line: 8, command: 'rollout validate plan.json' },
      { line: 17, command: 'echo one' },
    ]);
  });

  it('joins continued lines, drops comment lines and keeps # inside words', () => {
    const text = [
      '```sh',
      '# 1. Install',
      'npm install -g pnpm@12.21.0 \\',
      '  && pnpm install',
      'echo a#b',
      '```',
    ].join('\n');
    expect(fencedCommands(text)).toEqual([
      { line: 3, command: 'npm install -g pnpm@12.21.0 && pnpm install' },
      { line: 5, command: 'echo a#b' },
    ]);
  });
});
