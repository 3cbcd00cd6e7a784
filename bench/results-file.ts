// Keeps bench/results.json: new figures replace old ones of the same name, other suites' figures stay.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Figures } from './suite';

/** Merges `figures` into the previous results, sorted by name so the file diffs cleanly. */
export function mergeFigures(previous: Figures, figures: Figures): Figures {
  const merged = { ...previous, ...figures };
  return Object.fromEntries(Object.keys(merged).sort().map((name) => [name, merged[name]]));
}

/** Reads the results file (empty when missing), merges `figures` in and writes it back. */
export function saveFigures(path: string, figures: Figures): Figures {
  const previous = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Figures) : {};
  const merged = mergeFigures(previous, figures);
  writeFileSync(path, `${JSON.stringify(merged, null, 2)}\n`);
  return merged;
}
