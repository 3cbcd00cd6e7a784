import { requiredWords, requiredWordsSource } from '../../../src/core/text/required-words';

/** Whether a sentence holds a required word inside one of its space-separated words, as the word gates test it. */
function gateOpens(pattern: RegExp, sentence: string): boolean {
  const words = requiredWords(pattern);
  if (!words) return true;
  const inWord = new RegExp(requiredWordsSource(words), 'i');
  return sentence.split(' ').some((word) => inWord.test(word));
}

describe('requiredWords', () => {
  it('takes the least common part every match needs', () => {
    expect(requiredWordsSource(requiredWords(/\b(?:would|are)\s+you\s+(?:open|keen)\s+to\s+(?:an?\s+)?intro(?:duction)?\b/)!)).toBe('intro');
    expect(requiredWordsSource(requiredWords(/\b(?:would|are)\s+you\s+(?:open|keen)\s+to\s+it\b/)!)).toBe('\\bopen\\b|\\bkeen\\b');
    expect(requiredWordsSource(requiredWords(/\bpick\w*\s+(?:your\s+)?brains?\b/)!)).toBe('brain');
  });

  it('reads classes of plain characters and escapes as the characters they match', () => {
    expect(requiredWords(/[$\u20ac\u00a3]\s?\d+/)!.map((word) => word.text)).toEqual(['$', '€', '£']);
    expect(requiredWords(/\bhere\.\s/)!.map((word) => word.text)).toEqual(['here.']);
  });

  it('gives up on a pattern with no literal every match needs', () => {
    expect(requiredWords(/\b\w+\s+\d+/)).toBeNull();
    expect(requiredWords(/(?:meet)?\s*you/)).not.toBeNull();
    expect(requiredWords(/a|\d/)).toBeNull();
  });

  it('never turns away a sentence its pattern matches', () => {
    const patterns = [
      /\b(?:cc'?ing|cc-ing|copying|cc'd|adding)\s+(?:\S+\s+){0,8}?(?:so\s+(?:you|the two|both)|to\s+connect)/,
      /\b(?:ok|okay|alright|all right|fine)\s+(?:with you\s+)?(?:if\s+i|to)\s+(?:\S+\s+){0,1}?(?:intro|introduce|connect)/,
      /\bthanks?\b(?:\s+\S+){0,3}?\s+(?:for|about)\s+(?:saying\s+yes|agreeing)/,
      /\b(?:ab)+\b/,
      /^(?:\S+\s+){0,3}?(?:do\s+you\s+)?want\s+(?:me\s+to|an?\s+intro)\b/,
      /\bfree\s+for\s+\d+\s+(?:days|weeks)\b|[$€£]\s?\d[\d,.]*\s*(?:k|m)?\s*[-–]\s*\d/,
      /\b(?:i'm|i am)\s+(?!(?:so|very)\b)[a-z]+,/,
    ];
    const sentences = [
      "cc'ing ana here so you two can talk.",
      'copying dana to connect.',
      'ok with you if i quickly introduce you?',
      'alright to intro you two?',
      'thanks again for saying yes!',
      'thank you all for agreeing',
      'abab ab',
      'so do you want an intro',
      'want me to do it',
      'it is free for 30 days',
      'budget is $40-50k',
      "i'm dana, from acme",
      'nothing to see here',
    ];
    for (const pattern of patterns) {
      for (const sentence of sentences) {
        if (pattern.test(sentence)) expect({ pattern: pattern.source, sentence, opens: gateOpens(pattern, sentence) }).toMatchObject({ opens: true });
      }
    }
  });

  it('keeps both boundaries only where one copy of the words must touch both', () => {
    expect(requiredWordsSource(requiredWords(/\b(?:ab)+\b/)!)).toBe('\\bab');
    expect(requiredWordsSource(requiredWords(/\b(?:ab)\b/)!)).toBe('\\bab\\b');
  });
});
