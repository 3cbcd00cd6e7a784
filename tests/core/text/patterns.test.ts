// The pattern helpers: a joined matcher must answer exactly as its patterns do one by one.
import { oneMatcher, topLevelAlternatives } from '../../../src/core/text/patterns';

describe('topLevelAlternatives', () => {
  it('cuts only at bars outside groups, classes and escapes', () => {
    expect(topLevelAlternatives('\\bmeet\\b|intro(?:duce|duction)?|[|a]b|x\\|y')).toEqual(['\\bmeet\\b', 'intro(?:duce|duction)?', '[|a]b', 'x\\|y']);
    expect(topLevelAlternatives('(?:a|b)')).toEqual(['(?:a|b)']);
    expect(topLevelAlternatives('[\\]|]|c')).toEqual(['[\\]|]', 'c']);
  });
});

describe('oneMatcher', () => {
  const patterns = [
    /\bpick\w*\s+(?:your\s+)?brains?\b/,
    /\bdemo\b(?!\s+day)|[$€]\s?\d+|\bfree\s+trial\b/,
    /(?:^|,\s*)meet\s+[a-z]+/,
    /\bq\|x\b/,
  ];
  const matcher = oneMatcher(patterns);

  it.each([
    'could i pick your brain',
    'picking brains since 2010',
    'the demo day is friday',
    'a quick demo on tuesday',
    'we charge $ 40 a seat',
    'meet dana',
    'hi, meet dana',
    'we should meet up',
    'q|x marks it',
    'sub-demo-ish',
    'brainpick',
    '',
  ])('answers as the patterns do for "%s"', (text) => {
    expect(matcher.test(text)).toBe(patterns.some((pattern) => pattern.test(text)));
  });

  it('tests the word boundary once in front of the phrases that start with one', () => {
    expect(matcher.source.startsWith('\\b(?:')).toBe(true);
  });

  it('refuses patterns with different flags', () => {
    expect(() => oneMatcher([/a/, /b/i])).toThrow(/share their flags/);
  });
});
