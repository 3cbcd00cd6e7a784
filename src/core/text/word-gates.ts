// Cheap pre-filters for phrase families, answered for every family at once from one pass over a sentence's words.
import { BoundedMemo } from '../bounded-memo';

/**
 * Each family's phrases need at least one of a few words ("intro", "meet", "connect"...). Testing those words with
 * a regular expression per family and sentence costs more than the phrases they spare. Instead each word seen is
 * tested once against every gate and remembered, and a sentence's gates are the union over its words.
 */
export class WordGate {
  private readonly bit: number;

  /**
   * A gate for the words `words` finds inside one word of a sentence (`/intro|\bmeet\b/`), in front of the
   * patterns it `guards`. A test reads each guarded pattern's source and checks that every match holds a word the
   * gate lets through (tests/core/triage/gate-coverage.test.ts), so a gate cannot silently turn a phrasing away.
   */
  constructor(
    words: RegExp,
    readonly guards: readonly RegExp[],
  ) {
    if (/\s|\\s|\(\?<?[=!]/.test(words.source)) throw new Error(`a word gate reads one word at a time: ${words.source}`);
    if (gates.length >= 31) throw new Error('too many word gates for one mask');
    this.bit = 1 << gates.length;
    gates.push({ bit: this.bit, words, gate: this });
    // Words already seen were tested without this gate.
    wordMasks.clear();
  }

  /** Whether the sentence may hold one of the words; `mask` is the sentence's `gateMask`, when known. */
  passes(norm: string, mask: number = gateMask(norm)): boolean {
    return (mask & this.bit) !== 0;
  }
}

/** Every gate made so far, for the coverage test. */
export function wordGates(): readonly WordGate[] {
  return gates.map(({ gate }) => gate);
}

const gates: { bit: number; words: RegExp; gate: WordGate }[] = [];

// Mail reuses a small vocabulary, so each word is tested against the gates once.
const wordMasks = new BoundedMemo<number>(50_000, gatesOpenedBy);

function gatesOpenedBy(word: string): number {
  let mask = 0;
  for (const { bit, words } of gates) if (words.test(word)) mask |= bit;
  return mask;
}

/** The union of the gates each word of a normalised sentence opens (words are separated by spaces). */
export function gateMask(norm: string): number {
  let mask = 0;
  let start = 0;
  for (;;) {
    const end = norm.indexOf(' ', start);
    const word = end < 0 ? norm.slice(start) : norm.slice(start, end);
    if (word) mask |= wordMasks.get(word);
    if (end < 0) return mask;
    start = end + 1;
  }
}
