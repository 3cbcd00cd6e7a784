// Reads a phrase pattern's source to check that a word gate lets through every sentence the pattern can match.

type Atom =
  | { kind: 'char'; char: string }
  /** A class of a few plain characters, such as [$€£]. */
  | { kind: 'chars'; chars: string[] }
  | { kind: 'blank' }
  | { kind: 'boundary' }
  | { kind: 'other' }
  | { kind: 'group'; options: Node[][]; lookaround: boolean };
/** An atom and how many times it repeats. */
type Node = Atom & { min: number; max: number };

/** A literal every match of some part of a pattern contains, with the word boundaries the pattern puts around it. */
export interface Literal {
  text: string;
  boundaryBefore: boolean;
  boundaryAfter: boolean;
}

/**
 * Whether every match of `pattern` contains a literal `accepts` says yes to: each alternative needs one part every
 * match of it passes through (a run of plain characters, a character class, a group) whose literals are all accepted.
 */
export function coveredBy(pattern: RegExp, accepts: (literal: Literal) => boolean): boolean {
  const parser = new Parser(pattern.source);
  const options = parser.alternatives();
  if (!parser.done()) throw new Error(`cannot read pattern ${pattern.source}`);
  return alternativesCovered(options, false, false, accepts);
}

function alternativesCovered(options: Node[][], before: boolean, after: boolean, accepts: (literal: Literal) => boolean): boolean {
  return options.every((sequence) => sequenceCovered(sequence, before, after, accepts));
}

function sequenceCovered(items: Node[], before: boolean, after: boolean, accepts: (literal: Literal) => boolean): boolean {
  let covered = false;
  let run = '';
  let runBefore = false;
  // Whether a word boundary stands before the current item: after a blank, \b, or as the caller says.
  let atBoundary = before;
  const endRun = (boundaryAfter: boolean) => {
    if (run && !covered) {
      covered = accepts({ text: run.toLowerCase(), boundaryBefore: runBefore && isWordChar(run[0]), boundaryAfter: boundaryAfter && isWordChar(run[run.length - 1]) });
    }
    run = '';
  };
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item.kind === 'char' && item.char !== ' ' && item.min === 1 && item.max === 1) {
      if (!run) runBefore = atBoundary;
      run += item.char;
      atBoundary = false;
      continue;
    }
    const boundary = isBoundary(item);
    endRun(boundary);
    if (!covered && item.kind === 'chars' && item.min >= 1) {
      covered = item.chars.every((char) => accepts({ text: char.toLowerCase(), boundaryBefore: false, boundaryAfter: false }));
    }
    if (!covered && item.kind === 'group' && !item.lookaround && item.min >= 1) {
      // A repeated group need not have one copy that touches both ends, so only the boundary before it is kept.
      covered = alternativesCovered(item.options, atBoundary, item.max === 1 && boundaryFollows(items, i + 1, after), accepts);
    }
    // A lookaround consumes nothing, so the boundary before it still stands after it.
    if (!(item.kind === 'group' && item.lookaround)) atBoundary = boundary;
  }
  endRun(after);
  return covered;
}

/** A blank, a literal space or \b that every match passes through. */
function isBoundary(item: Node): boolean {
  return item.min >= 1 && (item.kind === 'blank' || item.kind === 'boundary' || (item.kind === 'char' && item.char === ' '));
}

function boundaryFollows(items: Node[], index: number, after: boolean): boolean {
  const next = items[index];
  return next ? isBoundary(next) : after;
}

function isWordChar(char: string): boolean {
  return /\w/.test(char);
}

// A counted quantifier, read where it starts without copying the rest of the source.
const BRACES = /\{(\d+)(,(\d*))?\}/y;

/** A reader for the regular expressions the phrase families use: groups, classes, escapes and quantifiers. */
class Parser {
  private at = 0;

  constructor(private readonly source: string) {}

  done(): boolean {
    return this.at === this.source.length;
  }

  alternatives(): Node[][] {
    const options: Node[][] = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      options.push(this.sequence());
    }
    return options;
  }

  private sequence(): Node[] {
    const items: Node[] = [];
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const atom = this.atom();
      const [min, max] = this.quantifier();
      items.push({ ...atom, min, max });
    }
    return items;
  }

  private atom(): Atom {
    const char = this.source[this.at++];
    if (char === '(') {
      let lookaround = false;
      if (this.source.startsWith('?:', this.at)) this.at += 2;
      else if (this.source[this.at] === '?' && (this.source[this.at + 1] === '=' || this.source[this.at + 1] === '!' || (this.source[this.at + 1] === '<' && (this.source[this.at + 2] === '=' || this.source[this.at + 2] === '!')))) {
        lookaround = true;
        this.at += this.source[this.at + 1] === '<' ? 3 : 2;
      } else if (this.source.startsWith('?<', this.at)) this.at = this.source.indexOf('>', this.at) + 1;
      const options = this.alternatives();
      if (this.source[this.at++] !== ')') throw new Error(`unclosed group in ${this.source}`);
      return { kind: 'group', options, lookaround };
    }
    if (char === '[') return this.characterClass();
    if (char === '\\') return this.escape();
    // The start and end of a sentence are word edges, as a boundary is.
    if (char === '^' || char === '$') return { kind: 'boundary' };
    if (char === '.') return { kind: 'other' };
    return { kind: 'char', char };
  }

  /** A class of plain characters becomes their list; ranges, negations and class escapes match too much to use. */
  private characterClass(): Atom {
    const chars: string[] = [];
    let plain = this.source[this.at] !== '^';
    while (this.at < this.source.length && this.source[this.at] !== ']') {
      const char = this.source[this.at++];
      if (char === '-' && chars.length > 0 && this.source[this.at] !== ']') plain = false;
      if (char !== '\\') {
        chars.push(char);
        continue;
      }
      const escaped = this.escape();
      if (escaped.kind === 'char') chars.push(escaped.char);
      else plain = false;
    }
    this.at++;
    return plain && chars.length > 0 ? { kind: 'chars', chars } : { kind: 'other' };
  }

  /** Reads the escape after a backslash. */
  private escape(): Atom {
    const escaped = this.source[this.at++];
    if (escaped === 'b') return { kind: 'boundary' };
    if (escaped === 's') return { kind: 'blank' };
    if (escaped === 'u' || escaped === 'x') {
      const digits = escaped === 'u' ? 4 : 2;
      const code = this.source.slice(this.at, this.at + digits);
      this.at += digits;
      return /^[0-9a-fA-F]+$/.test(code) ? { kind: 'char', char: String.fromCharCode(parseInt(code, 16)) } : { kind: 'other' };
    }
    return /[A-Za-z0-9]/.test(escaped) ? { kind: 'other' } : { kind: 'char', char: escaped };
  }

  private quantifier(): [number, number] {
    const char = this.source[this.at];
    let bounds: [number, number];
    if (char === '?') bounds = [0, 1];
    else if (char === '*') bounds = [0, Infinity];
    else if (char === '+') bounds = [1, Infinity];
    else if (char === '{') {
      BRACES.lastIndex = this.at;
      const match = BRACES.exec(this.source);
      if (!match) return [1, 1];
      const min = Number(match[1]);
      bounds = [min, match[2] === undefined ? min : match[3] === '' ? Infinity : Number(match[3])];
      this.at += match[0].length - 1;
    } else return [1, 1];
    this.at++;
    // A lazy quantifier repeats as often; only the order of trying differs.
    if (this.source[this.at] === '?') this.at++;
    return bounds;
  }
}
