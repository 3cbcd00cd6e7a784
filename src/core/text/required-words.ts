// Reads a phrase pattern's source and works out words any match must contain, so a word test can rule it out first.

/** One literal a match must contain, with whether the pattern puts a word boundary before or after it. */
export interface RequiredWord {
  text: string;
  boundaryBefore: boolean;
  boundaryAfter: boolean;
}

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

/**
 * Words one of which every match of `pattern` contains, or null when none can be read off. Of the parts every
 * match needs, the one whose words are least likely in ordinary text is chosen. Words are lower-cased.
 */
export function requiredWords(pattern: RegExp): RequiredWord[] | null {
  const parser = new Parser(pattern.source);
  const options = parser.alternatives();
  if (!parser.done()) throw new Error(`cannot read pattern ${pattern.source}`);
  return ofAlternatives(options, false, false)?.map((word) => ({ ...word, text: word.text.toLowerCase() })) ?? null;
}

/** The words as one alternation, each with the boundaries the pattern guarantees around it. */
export function requiredWordsSource(words: readonly RequiredWord[]): string {
  const alternatives = words.map(({ text, boundaryBefore, boundaryAfter }) => {
    const escaped = text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
    return `${boundaryBefore ? '\\b' : ''}${escaped}${boundaryAfter ? '\\b' : ''}`;
  });
  return [...new Set(alternatives)].join('|');
}

function ofAlternatives(options: Node[][], before: boolean, after: boolean): RequiredWord[] | null {
  const words: RequiredWord[] = [];
  for (const sequence of options) {
    const found = ofSequence(sequence, before, after);
    if (!found) return null;
    words.push(...found);
  }
  return words;
}

function ofSequence(items: Node[], before: boolean, after: boolean): RequiredWord[] | null {
  const candidates: RequiredWord[][] = [];
  let run = '';
  let runBefore = false;
  // Whether a word boundary stands before the current item: after a blank, \b, or as the caller says.
  let atBoundary = before;
  const endRun = (boundaryAfter: boolean) => {
    if (run) {
      candidates.push([{ text: run, boundaryBefore: runBefore && isWordChar(run[0]), boundaryAfter: boundaryAfter && isWordChar(run[run.length - 1]) }]);
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
    if (item.kind === 'chars' && item.min >= 1) {
      candidates.push(item.chars.map((char) => ({ text: char, boundaryBefore: false, boundaryAfter: false })));
    }
    if (item.kind === 'group' && !item.lookaround && item.min >= 1) {
      // A repeated group need not have one copy that touches both ends, so only the boundary before it is kept.
      const found = ofAlternatives(item.options, atBoundary, item.max === 1 && boundaryFollows(items, i + 1, after));
      if (found) candidates.push(found);
    }
    // A lookaround consumes nothing, so the boundary before it still stands after it.
    if (!(item.kind === 'group' && item.lookaround)) atBoundary = boundary;
  }
  endRun(after);
  return candidates.length > 0 ? candidates.reduce((best, next) => (likelihood(next) < likelihood(best) ? next : best)) : null;
}

/** A blank, a literal space or \b that every match passes through. */
function isBoundary(item: Node): boolean {
  return item.min >= 1 && (item.kind === 'blank' || item.kind === 'boundary' || (item.kind === 'char' && item.char === ' '));
}

function boundaryFollows(items: Node[], index: number, after: boolean): boolean {
  const next = items[index];
  return next ? isBoundary(next) : after;
}

// The commonest words of mail, most frequent first: a gate on one of them opens for most sentences.
const COMMON_WORDS = (
  'the to i you and a of in for it is we that on be with this me your my have are at will if so just can as ' +
  "i'm not but do know would all from our us he she they or was an about get like up what them his her there here " +
  'thanks hi let one out when some time how who any more one two both see good great new make take go want need ' +
  'think also really very well back next week day year month call meet work help email team people way look ' +
  "could should may might must has had been were did does its it's i'd i'll you're that's don't can't him their " +
  'these those than then now too much many other each into over after before first last best hope hello'
).split(' ');
const COMMON_RANK = new Map(COMMON_WORDS.map((word, rank) => [word, rank]));

// Marks that stand in ordinary words and sentences; other symbols ($, %, @) are rare.
const COMMON_MARKS = new Set(["-", "'", '.', ',', '?', '!', ':', ';', '"', '(', ')', '/']);

/** A rough chance that a word of a sentence holds one of the words; the gate with the smallest is kept. */
function likelihood(words: readonly RequiredWord[]): number {
  return words.reduce((sum, { text, boundaryBefore, boundaryAfter }) => {
    const rank = COMMON_RANK.get(text);
    if (rank !== undefined) return sum + 0.1 / Math.sqrt(rank + 1);
    if (text.length === 1 && !/\w/.test(text)) return sum + (COMMON_MARKS.has(text) ? 0.1 : 0.002);
    return sum + 20 ** -text.length * (boundaryBefore ? 0.2 : 1) * (boundaryAfter ? 0.3 : 1);
  }, 0);
}

function isWordChar(char: string): boolean {
  return /\w/.test(char);
}

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
      else if (/^\?<?[=!]/.test(this.source.slice(this.at, this.at + 3))) {
        lookaround = true;
        this.at += this.source[this.at + 1] === '<' ? 3 : 2;
      } else if (this.source.startsWith('?<', this.at)) this.at = this.source.indexOf('>', this.at) + 1;
      const options = this.alternatives();
      if (this.source[this.at++] !== ')') throw new Error(`unclosed group in ${this.source}`);
      return { kind: 'group', options, lookaround };
    }
    if (char === '[') return this.characterClass();
    if (char === '\\') return this.escape();
    if (char === '.' || char === '^' || char === '$') return { kind: 'other' };
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
      const match = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
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
