// Cheap pre-filters for phrase families, answered for every family at once from one pass over a sentence's words.

/**
 * Each family's phrases need at least one of a few words ("intro", "meet", "connect"...). Testing those words with
 * a regular expression per family and sentence costs more than the phrases they spare. Instead each word seen is
 * tested once against every family and remembered, and a sentence's families are the union over its words.
 */
export class WordGate {
  /** Set in a sentence's mask when one of its words holds a one-word alternative. */
  readonly wordBit: number;
  /** Set when one of its words holds the first word of a several-word alternative; those are then read in full. */
  readonly phraseBit: number;
  private readonly phrases: RegExp | null;

  /**
   * `alternatives` is an alternation written as a regular expression (`/intro|meet|if you/`), matched anywhere in a
   * sentence. Alternatives holding a space are phrases; any other must match inside one word.
   */
  constructor(alternatives: RegExp) {
    const words: string[] = [];
    const phrases: string[] = [];
    const phraseStarts: string[] = [];
    for (const alternative of topLevelAlternatives(alternatives.source)) {
      const space = topLevelSpace(alternative);
      if (space < 0) {
        if (/\s|\\s|\(\?<?[=!]/.test(alternative)) throw new Error(`word gate alternative cannot be read inside one word: ${alternative}`);
        words.push(alternative);
      } else {
        phrases.push(alternative);
        phraseStarts.push(alternative.slice(0, space));
      }
    }
    this.wordBit = words.length > 0 ? takeBit() : 0;
    this.phraseBit = phrases.length > 0 ? takeBit() : 0;
    this.phrases = phrases.length > 0 ? new RegExp(phrases.join('|'), alternatives.flags) : null;
    gates.push({
      gate: this,
      words: words.length > 0 ? new RegExp(words.join('|'), alternatives.flags) : null,
      phraseStarts: phraseStarts.length > 0 ? new RegExp(phraseStarts.join('|'), alternatives.flags) : null,
    });
    // Words already seen were tested without this gate.
    wordMasks.clear();
  }

  /** Whether the sentence may hold one of the alternatives; `mask` is the sentence's `gateMask`, when known. */
  passes(norm: string, mask: number = gateMask(norm)): boolean {
    if ((mask & this.wordBit) !== 0) return true;
    return (mask & this.phraseBit) !== 0 && this.phrases !== null && this.phrases.test(norm);
  }
}

interface RegisteredGate {
  gate: WordGate;
  words: RegExp | null;
  phraseStarts: RegExp | null;
}

const gates: RegisteredGate[] = [];
let bitsTaken = 0;

function takeBit(): number {
  if (bitsTaken >= 31) throw new Error('too many word gates for one mask');
  return 1 << bitsTaken++;
}

// Mail reuses a small vocabulary; the bound keeps a long run over many mailboxes from growing without limit.
const wordMasks = new Map<string, number>();
const WORD_MASKS_LIMIT = 50_000;

/** The union of the gates each word of a normalised sentence opens. */
export function gateMask(norm: string): number {
  let mask = 0;
  let start = 0;
  for (;;) {
    const end = norm.indexOf(' ', start);
    const word = end < 0 ? norm.slice(start) : norm.slice(start, end);
    if (word) mask |= wordMask(word);
    if (end < 0) return mask;
    start = end + 1;
  }
}

function wordMask(word: string): number {
  let mask = wordMasks.get(word);
  if (mask === undefined) {
    mask = 0;
    for (const { gate, words, phraseStarts } of gates) {
      if (words && words.test(word)) mask |= gate.wordBit;
      if (phraseStarts && phraseStarts.test(word)) mask |= gate.phraseBit;
    }
    if (wordMasks.size >= WORD_MASKS_LIMIT) wordMasks.clear();
    wordMasks.set(word, mask);
  }
  return mask;
}

/** Splits a pattern's source at its top-level `|`. */
function topLevelAlternatives(source: string): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') i++;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '|' && depth === 0) {
      alternatives.push(source.slice(start, i));
      start = i + 1;
    }
  }
  alternatives.push(source.slice(start));
  return alternatives;
}

/** Index of the first space outside any group or class, or -1. A space inside a group is refused. */
function topLevelSpace(alternative: string): number {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < alternative.length; i++) {
    const char = alternative[i];
    if (char === '\\') i++;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === ' ') {
      if (depth > 0) throw new Error(`word gate alternative has a space inside a group: ${alternative}`);
      return i;
    }
  }
  return -1;
}
