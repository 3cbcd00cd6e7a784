// The pattern helpers: a joined matcher must answer exactly as its patterns do one by one.
import { oneMatcher, topLevelAlternatives, expandPhrase, phrase, upTo } from '../../../src/core/text/patterns';

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

describe('expandPhrase', () => {
  it('matches each gap between words as a run of blanks, an optional gap as an optional run, makes plain groups non-capturing, and leaves classes and escapes alone', () => {
    expect(expandPhrase("would you (?:be )?open to(?: it)? ?[?]")).toBe('would\\s+you\\s+(?:be\\s+)?open\\s+to(?:\\s+it)?\\s*[?]');
    expect(expandPhrase('revenue[ -]?share\\ x')).toBe('revenue[ -]?share\\ x');
    expect(expandPhrase('(a|b) (?:c)(?!d)[(]\\(')).toBe('(?:a|b)\\s+(?:c)(?!d)[(]\\(');
  });

  it('matches what the pattern written with spaces matches on a normalised sentence', () => {
    const written = /\bopen to (?:\S+ ){0,2}?an? intro ?\?/;
    const compiled = new RegExp(expandPhrase(written.source));
    for (const norm of ['would you be open to a quick intro?', 'open to an intro ?', 'open to intro?', 'open to the idea of an intro?']) {
      expect(compiled.test(norm)).toBe(written.test(norm));
    }
  });
});

describe('phrase', () => {
  it('reads ~ as one word that may stand in a gap and ~3 as up to three', () => {
    expect(phrase(/\bsend ~(me|us)/).source).toBe('\\bsend (\\S+ )?(me|us)');
    expect(phrase('\\bput ~3in touch').source).toBe(`\\bput ${upTo(3)}in touch`);
    expect(phrase(/\bsend ~(me|us) ~2your (number|email)\b/).test('send them over to me your number')).toBe(false);
    expect(phrase(/\bsend ~(me|us) ~2your (number|email)\b/).test('send me over your number')).toBe(true);
  });

  it('leaves a ~ in a character class or escaped as it is, and keeps the flags', () => {
    expect(phrase('[^ -~]\\~x').source).toBe('[^ -~]\\~x');
    expect(phrase(/a ~b/gi).flags).toBe('gi');
    expect(phrase('a ~b', 'y').flags).toBe('y');
  });
});

describe('phrase people', () => {
  it('reads {subj} and {3subj} as the person who acts', () => {
    expect(phrase(/\bhow {subj} got started/).source).toBe('\\bhow (you|she|he|they) got started');
    expect(phrase(/\b{3subj} will call/).source).toBe('\\b(she|he|they) will call');
  });

  it('reads {obj}, {poss}, {3obj} and {3poss} as the person spoken to or of', () => {
    expect(phrase(/\bshow {obj} {poss} tool/).source).toBe('\\bshow (you|her|him|them) (your|her|his|their) tool');
    expect(phrase('\\bask {3obj} about {3poss} work').source).toBe('\\bask (her|him|them) about (his|her|their) work');
    expect(phrase(/\bno{2} {0,3}x{them}/).source).toBe('\\bno{2} {0,3}x{them}');
  });
});
