import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { saveFigures } from '../../bench/results-file';
import { median } from '../../bench/suite';

describe('bench results', () => {
  let folder: string;
  beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'bench-results-'))));
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('replaces figures of the same name and keeps other suites\' figures, sorted by name', () => {
    const path = join(folder, 'results.json');
    writeFileSync(path, JSON.stringify({ sheet_calls_per_log: 3, thread100_ms: 40 }));
    saveFigures(path, { thread100_ms: 12.5, adversarial_line_1mb_ms: 0.4 });
    expect(readFileSync(path, 'utf8')).toBe(JSON.stringify({ adversarial_line_1mb_ms: 0.4, sheet_calls_per_log: 3, thread100_ms: 12.5 }, null, 2) + '\n');
  });

  it('starts a missing results file', () => {
    const path = join(folder, 'results.json');
    expect(saveFigures(path, { a: 1 })).toEqual({ a: 1 });
  });

  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
