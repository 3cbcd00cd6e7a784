// Finds the team's shared folder (corpus, seed text) beside the repository, whether checked out as main or as a worktree.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The shared folder: `../shared` from the repository root, or `../../shared` from a worktree under `wt/`. */
export function sharedDir(): string {
  const found = ['../shared', '../../shared'].map((p) => resolve(p)).find((p) => existsSync(resolve(p, 'corpus')));
  if (!found) throw new Error('the shared folder (../shared with corpus/) was not found beside the repository');
  return found;
}
