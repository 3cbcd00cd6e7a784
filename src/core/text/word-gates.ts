// Cheap pre-filters for phrase families, answered for every family at once from one pass over a sentence's words.
import { requiredWords, requiredWordsSource, type RequiredWord } from './required-words';

/**
 * Each family's phrases need at least one of a few words ("intro", "meet", "connect"...). Testing those words with
 * a regular expression per family and sentence costs more than the phrases they spare. Instead each word seen is
 * tested once against every gate and remembered, and a sentence's gates are the union over its words.
 */
export class WordGate {
  private readonly bit: number;

  /** A gate for the words `pattern` finds inside one word of a sentence (`/intro|\bmeet\b/`). */
  constructor(pattern: RegExp) {
    if (/\s|\\s|\(\?<?[=!]/.test(pattern.source)) throw new Error(`a word gate reads one word at a time: ${pattern.source}`);
    if (gates.length >= 31) throw new Error('too many word gates for one mask');
    this.bit = 1 << gates.length;
    gates.push({ bit: this.bit, pattern });
    // Words already seen were tested without this gate.
    wordMasks.clear();
  }

  /** Whether the sentence may hold one of the words; `mask` is the sentence's `gateMask`, when known. */
  passes(norm: string, mask: number = gateMask(norm)): boolean {
    return (mask & this.bit) !== 0;
  }
}

/**
 * The gate in front of a family of patterns, built from the words their sources require (see required-words.ts),
 * so it opens wherever any of them could match and cannot fall out of step with them when they change.
 */
export function gateFor(patterns: readonly RegExp[]): WordGate {
  const words: RequiredWord[] = [];
  for (const pattern of patterns) {
    const required = requiredWords(pattern);
    if (!required) throw new Error(`no word every match needs can be read off ${pattern.source}`);
    words.push(...required);
  }
  // The words are lower-cased and the sentences are too; 'i' also covers a pattern matched on the original text.
  return new WordGate(new RegExp(requiredWordsSource(words), 'i'));
}

const gates: { bit: number; pattern: RegExp }[] = [];

// Mail reuses a small vocabulary; the bound keeps a long run over many mailboxes from growing without limit.
const wordMasks = new Map<string, number>();
const WORD_MASKS_LIMIT = 50_000;

/** The union of the gates each word of a normalised sentence opens (words are separated by spaces). */
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
    for (const { bit, pattern } of gates) if (pattern.test(word)) mask |= bit;
    if (wordMasks.size >= WORD_MASKS_LIMIT) wordMasks.clear();
    wordMasks.set(word, mask);
  }
  return mask;
}
