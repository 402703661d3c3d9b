// A test that writes to the console fails: output from library code is a bug.
import { afterEach, beforeEach } from 'vitest';

const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
let written: string[] = [];
const originals = new Map<string, (...args: unknown[]) => void>();

beforeEach(() => {
  written = [];
  for (const m of methods) {
    originals.set(m, console[m]);
    console[m] = (...args: unknown[]) => {
      written.push(`console.${m}: ${args.map(String).join(' ')}`);
    };
  }
});

afterEach(() => {
  for (const m of methods) {
    const original = originals.get(m);
    if (original) console[m] = original;
  }
  if (written.length > 0) {
    throw new Error(`The test wrote to the console:\n${written.join('\n')}`);
  }
});
