// Every word gate must let through each sentence a pattern behind it can match: read off the patterns' sources.
import { wordGates, type WordGate } from '../../../src/core/text/word-gates';
import { triage } from '../../../src/core/triage/triage';
import { coveredBy, type Literal } from '../../support/pattern-words';

// Importing the triage makes every gate.
void triage;

/** Whether the gate opens for every word that can hold the literal: on its own, or with letters around it. */
function opensFor(gate: WordGate, { text, boundaryBefore, boundaryAfter }: Literal): boolean {
  const words = [text];
  if (!boundaryBefore) words.push(`q${text}`);
  if (!boundaryAfter) words.push(`${text}q`);
  if (!boundaryBefore && !boundaryAfter) words.push(`q${text}q`);
  return words.every((word) => gate.passes(word));
}

describe('word gates', () => {
  it('are made for every phrase family', () => {
    expect(wordGates().length).toBeGreaterThanOrEqual(10);
  });

  it('let through every sentence a pattern behind them can match', () => {
    const uncovered = wordGates().flatMap((gate) => gate.guards.filter((pattern) => !coveredBy(pattern, (literal) => opensFor(gate, literal))).map((p) => p.source));
    expect(uncovered).toEqual([]);
  });
});

describe('coveredBy', () => {
  const accepts = (words: string[]) => (literal: Literal) => words.includes(literal.text);

  it('needs one part every match passes through, in every alternative', () => {
    expect(coveredBy(/\b(?:would|are)\s+you\s+open\s+to\s+(?:an?\s+)?intro/, accepts(['open']))).toBe(true);
    expect(coveredBy(/\b(?:would|are)\s+you\s+open\s+to\s+(?:an?\s+)?intro/, accepts(['an']))).toBe(false);
    expect(coveredBy(/\bmeet\b|\bintro\b/, accepts(['meet']))).toBe(false);
    expect(coveredBy(/\bmeet\b|\bintro\b/, accepts(['meet', 'intro']))).toBe(true);
  });

  it('reads classes of plain characters and escapes as the characters they match', () => {
    expect(coveredBy(/[$\u20ac\u00a3]\s?\d+/, accepts(['$', '€', '£']))).toBe(true);
    expect(coveredBy(/[$\u20ac\u00a3]\s?\d+/, accepts(['$']))).toBe(false);
    expect(coveredBy(/\bhere\.\s/, accepts(['here.']))).toBe(true);
  });

  it('keeps the boundaries the pattern guarantees, and only one of them for a repeated group', () => {
    const seen: Literal[] = [];
    coveredBy(/\b(?:ab)\b/, (literal) => (seen.push(literal), false));
    coveredBy(/\b(?:ab)+\b/, (literal) => (seen.push(literal), false));
    expect(seen).toEqual([
      { text: 'ab', boundaryBefore: true, boundaryAfter: true },
      { text: 'ab', boundaryBefore: true, boundaryAfter: false },
    ]);
  });

  it('finds nothing to rely on in a pattern of classes alone', () => {
    expect(coveredBy(/\b\w+\s+\d+/, () => true)).toBe(false);
  });
});
