import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  checkDocExamples,
  exportedNames,
  extractExamples,
  formatReport,
} from './doc-examples-lib.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A source text and the 1-based line of each line marked with `// <mark>`. */
function source(lines: string[]): { text: string; line: (mark: string) => number } {
  return {
    text: lines.join('\n'),
    line: (mark) => {
      const i = lines.findIndex((l) => l.includes(`<${mark}>`));
      if (i < 0) throw new Error(`no line marked <${mark}>`);
      return i + 1;
    },
  };
}

const sample = source([
  "import { toEpochDay } from './calendar/iso-date.js';",
  '',
  '/**',
  ' * A good example: uses an export of its own package without importing it.',
  ' *',
  ' * @example The first day <good-tag>',
  ' * ```ts',
  " * toEpochDay('1970-01-02'); // => 1 <good-code>",
  ' * ```',
  ' * @category Calendar',
  ' */',
  'export const good = 1;',
  '',
  '/**',
  ' * A bad example: the result is not a string.',
  ' *',
  ' * @example',
  ' * ```ts',
  " * const day = toEpochDay('1970-01-02');",
  ' * const text: string = day; // <bad-code>',
  ' * ```',
  ' */',
  'export const bad = 2;',
  '',
  '/**',
  ' * Imports from its own package, declares a name the package exports, and',
  ' * names a type the package exports (all without a duplicate-import error).',
  ' *',
  ' * @example Own imports',
  ' * ```ts',
  " * import { plan985KhHndt, toEpochDay } from '@rollout/core';",
  " * const fromEpochDay = (n: number): IsoDate => '1970-01-01';",
  ' * plan985KhHndt.sessions[0].id; // no noUncheckedIndexedAccess in examples',
  ' * toEpochDay(fromEpochDay(0)); // => 0',
  ' * ```',
  ' */',
  'export const own = 3;',
  '',
  '/**',
  ' * An example with no ts fence. <nofence-tag>',
  ' *',
  ' * @example <nofence-tag>',
  ' * ```sh',
  ' * rollout validate plan.json',
  ' * ```',
  ' */',
  'export const noFence = 4;',
]);

describe('extractExamples', () => {
  it('finds every @example with its title, tag line and the first line of its code', () => {
    const examples = extractExamples(sample.text);
    expect(examples.map((e) => e.line)).toEqual([
      sample.line('good-tag'),
      sample.line('good-tag') + 11,
      sample.line('good-tag') + 23,
      sample.line('nofence-tag') + 2,
    ]);
    expect(examples[0]?.title).toBe('The first day <good-tag>');
    expect(examples[0]?.snippets).toEqual([
      { line: sample.line('good-code'), code: "toEpochDay('1970-01-02'); // => 1 <good-code>" },
    ]);
    expect(examples[1]?.snippets[0]?.line).toBe(sample.line('bad-code') - 1);
    expect(examples[3]?.snippets).toEqual([]);
  });

  it('reads a fence opened on the tag line and ends an example at the next tag', () => {
    const [example] = extractExamples(
      ['/**', ' * @example ```ts', ' * f(1);', ' * ```', ' * @example', ' */', 'f();'].join('\n'),
    );
    expect(example).toEqual({ line: 2, title: '', snippets: [{ line: 3, code: 'f(1);' }] });
  });
});

describe('exportedNames', () => {
  it('lists the values and types of a package entry', () => {
    const names = exportedNames(path.join(root, 'packages/core/src/index.ts'));
    expect(names).toContain('toEpochDay');
    expect(names).toContain('IsoDate');
  });
});

describe('checkDocExamples', () => {
  let result: ReturnType<typeof checkDocExamples>;
  beforeAll(() => {
    result = checkDocExamples({
      root,
      sources: [{ file: 'packages/core/src/sample.ts', pkg: 'core', text: sample.text }],
    });
  });

  it('reports the bad example at the line of its error, and not the good ones', () => {
    expect(result.checked).toBe(4);
    expect(result.failed).toBe(2);
    const typeErrors = result.errors.filter((e) => !e.message.includes('no ```ts fence'));
    expect(typeErrors).toHaveLength(1);
    expect(typeErrors[0]).toMatchObject({
      file: 'packages/core/src/sample.ts',
      line: sample.line('bad-code'),
    });
    expect(typeErrors[0]?.message).toMatch(/'number' is not assignable to type 'string'/);
  });

  it('fails an @example that has no ts fence, at the line of its tag', () => {
    expect(result.errors).toContainEqual({
      file: 'packages/core/src/sample.ts',
      line: sample.line('nofence-tag') + 2,
      message: expect.stringContaining('no ```ts fence'),
    });
  });

  it('prints file:line: message and the summary', () => {
    const report = formatReport(result);
    expect(report).toContain(`packages/core/src/sample.ts:${sample.line('bad-code')}: `);
    expect(report.endsWith('doc examples: 4 checked, 2 failed')).toBe(true);
  });
});
