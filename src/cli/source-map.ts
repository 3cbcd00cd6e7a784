// Reads the build's source map, so a position in the minified dist/Code.js, as an Apps Script stack trace gives it, names its source.

/** A place in the TypeScript sources: a path as the map gives it, and a line and column from 1. */
export interface SourcePosition {
  source: string;
  line: number;
  column: number;
}

interface RawSourceMap {
  version: number;
  sources: string[];
  mappings: string;
}

/** [generated column, source index, source line, source column], all from 0, as the map's segments decode. */
type Segment = [number, number, number, number];

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export class SourceMap {
  private readonly sources: string[];
  /** Each generated line's segments, in ascending column order. */
  private readonly lines: Segment[][];

  constructor(json: string) {
    const raw = JSON.parse(json) as RawSourceMap;
    if (raw.version !== 3 || !Array.isArray(raw.sources) || typeof raw.mappings !== 'string') throw new Error('not a version 3 source map');
    this.sources = raw.sources;
    this.lines = decodeMappings(raw.mappings);
  }

  /** The source of a generated line and column (both from 1, as stack traces count), or null where nothing maps. */
  lookup(line: number, column: number): SourcePosition | null {
    const segments = this.lines[line - 1] ?? [];
    let found: Segment | null = null;
    for (const segment of segments) {
      if (segment[0] > column - 1) break;
      found = segment;
    }
    if (!found) return null;
    return { source: this.sources[found[1]], line: found[2] + 1, column: found[3] + 1 };
  }
}

// Every field but the generated column is relative to the previous segment of the whole map; the column restarts each line.
function decodeMappings(mappings: string): Segment[][] {
  const lines: Segment[][] = [];
  let source = 0;
  let sourceLine = 0;
  let sourceColumn = 0;
  for (const lineText of mappings.split(';')) {
    const segments: Segment[] = [];
    let column = 0;
    for (const text of lineText.split(',')) {
      if (!text) continue;
      const fields = decodeVlq(text);
      column += fields[0];
      // A one-field segment maps to no source.
      if (fields.length < 4) continue;
      source += fields[1];
      sourceLine += fields[2];
      sourceColumn += fields[3];
      segments.push([column, source, sourceLine, sourceColumn]);
    }
    lines.push(segments);
  }
  return lines;
}

/** Base64 VLQ: five bits a digit, least significant first, a continuation bit above them and the sign in the lowest bit. */
export function decodeVlq(text: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = BASE64.indexOf(char);
    if (digit < 0) throw new Error(`not a source map: "${char}" in its mappings`);
    value += (digit & 31) * 2 ** shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value % 2 === 1 ? -Math.floor(value / 2) : value / 2);
    value = 0;
    shift = 0;
  }
  if (shift !== 0) throw new Error('not a source map: a mapping ends inside a number');
  return values;
}

// "at Ce (Code:1:48213)": Apps Script names the pushed file Code, with or without its extension.
const GENERATED_POSITION = /\bCode(?:\.js|\.gs)?:(\d+):(\d+)/g;

/** The stack trace with every position in the bundle replaced by its source, `path` turning the map's paths into readable ones. */
export function mapStackTrace(trace: string, map: SourceMap, path: (source: string) => string = (source) => source): string {
  return trace.replace(GENERATED_POSITION, (whole, line: string, column: string) => {
    const found = map.lookup(Number(line), Number(column));
    return found ? `${path(found.source)}:${found.line}:${found.column}` : whole;
  });
}
