import { gateMask, WordGate } from '../../../src/core/text/word-gates';

describe('WordGate', () => {
  const intro = new WordGate(/intro|meet|\bcc\b/, []);
  const money = new WordGate(/pa(?:y|id)|[$€£]|%/, []);

  it("opens where its words are found inside one of the sentence's words", () => {
    const sentences = ['quick introduction: ana, meet bo.', 'accepted the meeting', 'cc: dana', 'acc dana', 'we paid $400, a 10% cut', 'nothing here at all', ''];
    for (const norm of sentences) {
      const mask = gateMask(norm);
      const words = norm.split(' ');
      expect(intro.passes(norm, mask)).toBe(words.some((word) => /intro|meet|\bcc\b/.test(word)));
      expect(money.passes(norm, mask)).toBe(words.some((word) => /pa(?:y|id)|[$€£]|%/.test(word)));
      expect(intro.passes(norm)).toBe(intro.passes(norm, mask));
    }
  });

  it('refuses words that look past one word', () => {
    expect(() => new WordGate(/let me know/, [])).toThrow(/one word/);
    expect(() => new WordGate(/meet\s+up/, [])).toThrow(/one word/);
    expect(() => new WordGate(/meet(?!ing)/, [])).toThrow(/one word/);
  });
});
