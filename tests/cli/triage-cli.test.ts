// The triage command as the scoring script runs it: a real process over the corpus and over bad files.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CORPUS_DIR, corpusCaseFiles } from '../../bench/fixtures/corpus';
import { INTRO_KINDS } from '../../src/core/triage/verdict';

const runTriage = (...args: string[]) => {
  const run = spawnSync('node', ['scripts/run-ts.mjs', 'src/cli/triage-main.ts', ...args], { encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, lines: run.stdout.split('\n').filter(Boolean) };
};

describe('the triage command', () => {
  let scratch: string;
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'triage-cli-'));
    writeFileSync(join(scratch, 'binary.eml'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    writeFileSync(join(scratch, 'no-headers.eml'), 'just some words\nand more\n');
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('prints one JSON line with every field for each file in the corpus folder, and exits 0', () => {
    const folder = join(CORPUS_DIR, 'cases');
    const run = runTriage('--me', 'priya.raman@northwind.example.com', folder);
    expect(run.status).toBe(0);
    const results = run.lines.map((line) => JSON.parse(line));
    expect(results.map((result) => result.file)).toEqual(corpusCaseFiles());
    for (const result of results) {
      expect(Object.keys(result)).toEqual(['file', 'kind', 'flags', 'introducer', 'parties', 'confidence']);
      expect(INTRO_KINDS).toContain(result.kind);
      expect(Array.isArray(result.flags) && Array.isArray(result.parties)).toBe(true);
      expect(result.introducer === null || typeof result.introducer === 'string').toBe(true);
      expect(result.confidence).toBeGreaterThanOrEqual(0);
      expect(result.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('gives an error line for each unreadable file, goes on with the rest and exits non-zero', () => {
    const good = corpusCaseFiles()[0];
    const run = runTriage('--me', 'me@example.com', join(scratch, 'missing.eml'), join(scratch, 'binary.eml'), join(scratch, 'no-headers.eml'), good);
    expect(run.status).toBe(1);
    expect(run.lines.map((line) => JSON.parse(line))).toEqual([
      { file: join(scratch, 'missing.eml'), error: 'no such file or folder' },
      { file: join(scratch, 'binary.eml'), error: 'binary file, not an email' },
      { file: join(scratch, 'no-headers.eml'), error: 'no mail headers found (From, To, Subject, Date...)' },
      expect.objectContaining({ file: good, kind: expect.any(String) }),
    ]);
    expect(run.stderr).toMatch(/3 file\(s\) could not be read/);
  });

  it('prints a readable report with --pretty', () => {
    const good = corpusCaseFiles()[0];
    const run = runTriage('--pretty', '--me', 'me@example.com', good, join(scratch, 'missing.eml'));
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`^${good.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\n  .+ \\(confidence \\d\\.\\d\\d\\)\n`));
    expect(run.stdout).toMatch(/flags: /);
    expect(run.stdout).toContain(`${join(scratch, 'missing.eml')}\n  error: no such file or folder`);
  });

  it('prints usage and exits 2 without --me or with an unknown option, and exits 0 for --help', () => {
    const missingMe = runTriage('a.eml');
    expect(missingMe.status).toBe(2);
    expect(missingMe.stderr).toMatch(/--me ADDRESS is required\nusage: /);
    expect(runTriage('--me', 'me@example.com', '--fast', 'a.eml')).toMatchObject({ status: 2, stderr: expect.stringMatching(/unknown option --fast/) });
    expect(runTriage('--help')).toMatchObject({ status: 0, stdout: expect.stringMatching(/^usage: /) });
  });
});
