// Finds the shared labelled corpus: ../shared/corpus from the main checkout, ../../shared/corpus from a worktree under wt/.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The nearest `shared/corpus` folder above the working directory. */
export function corpusDir(): string {
  for (let dir = resolve('..'); ; dir = dirname(dir)) {
    const candidate = join(dir, 'shared', 'corpus');
    if (existsSync(join(candidate, 'labels.json'))) return candidate;
    if (dirname(dir) === dir) throw new Error('no shared/corpus/labels.json found above the working directory');
  }
}
