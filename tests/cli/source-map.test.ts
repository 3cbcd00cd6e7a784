// The source map reader behind `npm run stack`: VLQ decoding, lookups, and a real minified bundle's stack trace mapped back.
import * as esbuild from 'esbuild';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { decodeVlq, mapStackTrace, SourceMap } from '../../src/cli/source-map';

describe('decodeVlq', () => {
  it.each([
    ['A', [0]],
    ['C', [1]],
    ['D', [-1]],
    ['gB', [16]],
    ['hB', [-16]],
    ['AAgBC', [0, 0, 16, 1]],
    ['2H', [123]],
  ])('reads %s', (text, values) => {
    expect(decodeVlq(text)).toEqual(values);
  });

  it('refuses what is not base64 VLQ, or stops inside a number', () => {
    expect(() => decodeVlq('A!')).toThrow('not a source map');
    expect(() => decodeVlq('g')).toThrow('ends inside a number');
  });
});

describe('SourceMap', () => {
  // Line 1: column 0 -> a.ts 1:1, column 4 -> b.ts 3:5. Line 2: nothing. Line 3: column 2 -> b.ts 4:1.
  const map = new SourceMap(JSON.stringify({ version: 3, sources: ['a.ts', 'b.ts'], names: [], mappings: 'AAAA,ICEI;;EACJ' }));

  it('finds the last segment at or before the column', () => {
    expect(map.lookup(1, 1)).toEqual({ source: 'a.ts', line: 1, column: 1 });
    expect(map.lookup(1, 4)).toEqual({ source: 'a.ts', line: 1, column: 1 });
    expect(map.lookup(1, 5)).toEqual({ source: 'b.ts', line: 3, column: 5 });
    expect(map.lookup(1, 99)).toEqual({ source: 'b.ts', line: 3, column: 5 });
    expect(map.lookup(3, 3)).toEqual({ source: 'b.ts', line: 4, column: 1 });
  });

  it('maps nothing where the generated line has no segment before the column', () => {
    expect(map.lookup(2, 1)).toBeNull();
    expect(map.lookup(3, 1)).toBeNull();
    expect(map.lookup(9, 1)).toBeNull();
  });

  it('refuses a file that is not a version 3 map', () => {
    expect(() => new SourceMap('{"version":2,"sources":[],"mappings":""}')).toThrow('not a version 3 source map');
    expect(() => new SourceMap('not json')).toThrow();
  });
});

describe('mapStackTrace', () => {
  it('turns the positions of a minified bundle in an Apps Script stack trace back into source lines', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stack-'));
    writeFileSync(join(dir, 'main.ts'), "import { check } from './check';\nexport function run(value: number): number {\n  return check(value) * 2;\n}\n");
    writeFileSync(join(dir, 'check.ts'), "export function check(value: number): number {\n  if (value < 0) {\n    throw new Error('negative');\n  }\n  return value;\n}\n");
    const built = await esbuild.build({
      entryPoints: [join(dir, 'main.ts')], bundle: true, format: 'iife', globalName: 'lib', minify: true, sourcemap: 'external',
      outfile: join(dir, 'Code.js'), write: false, logLevel: 'silent',
    });
    const code = built.outputFiles.find((file) => file.path.endsWith('.js'))!.text;
    const mapJson = built.outputFiles.find((file) => file.path.endsWith('.map'))!.text;
    let trace = '';
    try {
      runInNewContext(`${code}\nlib.run(-1);`, {}, { filename: 'Code' });
    } catch (error) {
      trace = (error as Error).stack ?? '';
    }
    expect(trace).toMatch(/Code:\d+:\d+/);
    const mapped = mapStackTrace(trace, new SourceMap(mapJson));
    expect(mapped).toMatch(/at \w+ \(check\.ts:3:\d+\)/);
    expect(mapped).toMatch(/main\.ts:3:\d+/);
    // Only the call added after the bundle, which the map does not cover, keeps its bundle position.
    expect(mapped.match(/Code:\d+:\d+/g)).toHaveLength(1);
  });

  it('leaves positions the map does not know, and other text, as they are', () => {
    const map = new SourceMap(JSON.stringify({ version: 3, sources: ['a.ts'], names: [], mappings: 'AAAA' }));
    const trace = 'Error: x\n    at f (Code:1:1)\n    at g (Code:7:3)\n    at h (other.js:1:1)';
    expect(mapStackTrace(trace, map, (source) => `src/${source}`)).toBe('Error: x\n    at f (src/a.ts:1:1)\n    at g (Code:7:3)\n    at h (other.js:1:1)');
  });

  (existsSync('dist/Code.js.map') ? it : it.skip)('reads the build\'s own map, whose positions lead into src/', () => {
    const map = new SourceMap(readFileSync('dist/Code.js.map', 'utf8'));
    const lengths = readFileSync('dist/Code.js', 'utf8').split('\n').map((text) => text.length);
    const longest = lengths.indexOf(Math.max(...lengths));
    expect(map.lookup(longest + 1, Math.floor(lengths[longest] / 2))?.source).toMatch(/^\.\.\/src\/.+\.ts$/);
  });
});
