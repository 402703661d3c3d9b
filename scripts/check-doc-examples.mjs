// Type-checks the fenced ```ts code of every TSDoc `@example` in
// packages/*/src (tests excluded), all in one TypeScript program; see
// scripts/doc-examples-lib.mjs for how a snippet is checked. Prints each error as
// `packages/x/src/file.ts:<line>: <message>` and the line
// `doc examples: N checked, M failed`; exits 1 when any example fails.
//   node scripts/check-doc-examples.mjs            every package
//   node scripts/check-doc-examples.mjs core json  only these packages
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDocExamples, formatReport, listSources } from './doc-examples-lib.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const only = new Set(process.argv.slice(2));
const sources = listSources(root).filter((s) => only.size === 0 || only.has(s.pkg));
const result = checkDocExamples({ root, sources });
console.log(formatReport(result));
process.exit(result.failed > 0 ? 1 : 0);
