// Where the shared corpus is: `ROLLOUT_CORPUS`, else `../shared/corpus` beside the
// repository (CI clones main with shared/ beside it). A missing corpus is a failure
// with a clear message, never a quiet skip.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/** The folder of the corpus texts. */
export const CORPUS_DIR = process.env.ROLLOUT_CORPUS ?? resolve(root, '../shared/corpus');

/** Reads one corpus text by file name. */
export function readCorpus(name: string): string {
  const file = resolve(CORPUS_DIR, name);
  if (!existsSync(file)) {
    throw new Error(
      `Corpus file not found: ${file}. Put the shared corpus beside the repository (../shared/corpus) or set ROLLOUT_CORPUS.`,
    );
  }
  return readFileSync(file, 'utf8');
}
