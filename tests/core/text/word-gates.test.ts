import { gateFor, gateMask, WordGate } from '../../../src/core/text/word-gates';

describe('WordGate', () => {
  const intro = new WordGate(/intro|meet|\bcc\b/);
  const money = new WordGate(/pa(?:y|id)|[$€£]|%/);

  it('opens where its pattern matches inside one of the sentence\'s words', () => {
    const sentences = ['quick introduction: ana, meet bo.', 'accepted the meeting', 'cc: dana', 'acc dana', 'we paid $400, a 10% cut', 'nothing here at all', ''];
    for (const norm of sentences) {
      const mask = gateMask(norm);
      const words = norm.split(' ');
      expect(intro.passes(norm, mask)).toBe(words.some((word) => /intro|meet|\bcc\b/.test(word)));
      expect(money.passes(norm, mask)).toBe(words.some((word) => /pa(?:y|id)|[$€£]|%/.test(word)));
      expect(intro.passes(norm)).toBe(intro.passes(norm, mask));
    }
  });

  it('refuses patterns that look past one word', () => {
    expect(() => new WordGate(/let me know/)).toThrow(/one word/);
    expect(() => new WordGate(/meet\s+up/)).toThrow(/one word/);
    expect(() => new WordGate(/meet(?!ing)/)).toThrow(/one word/);
  });
});

describe('gateFor', () => {
  it('opens for every sentence one of its patterns matches, however the words are cased or spaced around', () => {
    const patterns = [/\b(?:would|are)\s+you\s+(?:open|keen)\s+to\s+(?:an?\s+)?intro(?:duction)?\b/, /(?:^|,\s*)[Mm]eet\s+[A-Z]\w+/];
    const gate = gateFor(patterns);
    for (const norm of ['would you be open to an introduction?', 'are you keen to intro-duce', 'so, Meet Dana.', 'no gate words here']) {
      if (patterns.some((pattern) => pattern.test(norm))) expect(gate.passes(norm)).toBe(true);
    }
    expect(gate.passes('no gate words here')).toBe(false);
  });

  it('refuses a pattern no word can be read off, rather than let it through unseen', () => {
    expect(() => gateFor([/\b\w+\s+\d+/])).toThrow(/no word every match needs/);
  });
});
