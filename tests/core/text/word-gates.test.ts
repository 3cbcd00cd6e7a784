import { gateMask, WordGate } from '../../../src/core/text/word-gates';

describe('WordGate', () => {
  const intro = new WordGate(/intro|meet|\bcc|let me know|for (?:her|him)/);
  const money = new WordGate(/pa(?:y|id)|[$€£]|%/);

  it('opens exactly where its pattern would match anywhere in the sentence', () => {
    const sentences = [
      'quick introduction: ana, meet bo.',
      're-introducing you two',
      'accepted the meeting',
      'cc: dana',
      'acc dana',
      'let me know!',
      'let me think',
      'a coffee for her team',
      'for hers',
      'we paid $400, a 10% cut',
      'nothing here at all',
      '',
    ];
    for (const norm of sentences) {
      const mask = gateMask(norm);
      expect(intro.passes(norm, mask)).toBe(/intro|meet|\bcc|let me know|for (?:her|him)/.test(norm));
      expect(money.passes(norm, mask)).toBe(/pa(?:y|id)|[$€£]|%/.test(norm));
      expect(intro.passes(norm)).toBe(intro.passes(norm, mask));
    }
  });

  it('refuses alternatives it cannot read inside one word', () => {
    expect(() => new WordGate(/(?:let me) know/)).toThrow(/space inside a group/);
    expect(() => new WordGate(/meet\s+up/)).toThrow(/inside one word/);
    expect(() => new WordGate(/meet(?!ing)/)).toThrow(/inside one word/);
  });
});
