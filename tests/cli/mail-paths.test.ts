import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expandMailPaths } from '../../src/cli/mail-paths';

describe('expandMailPaths', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'mail-paths-'));
    mkdirSync(join(root, 'inbox', 'b-sub'), { recursive: true });
    mkdirSync(join(root, 'empty'));
    for (const file of ['inbox/c.EML', 'inbox/a.mbox', 'inbox/notes.txt', 'inbox/b-sub/z.eml']) writeFileSync(join(root, file), 'x');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('lists mail files under a folder recursively and sorted, joined to the path as given', async () => {
    const given = join(root, 'inbox');
    expect(await expandMailPaths([given])).toEqual([
      { file: join(given, 'a.mbox') }, { file: join(given, 'b-sub', 'z.eml') }, { file: join(given, 'c.EML') },
    ]);
  });

  it('keeps files and missing paths as given, so reading them reports the problem', async () => {
    expect(await expandMailPaths(['missing.eml', join(root, 'inbox', 'notes.txt')])).toEqual([
      { file: 'missing.eml' }, { file: join(root, 'inbox', 'notes.txt') },
    ]);
  });

  it('reports a folder without mail files', async () => {
    expect(await expandMailPaths([join(root, 'empty')])).toEqual([{ file: join(root, 'empty'), error: 'folder holds no .eml or .mbox files' }]);
  });
});
