// Sentence splitting: hard-wrapped prose joined back up, and the lines that always start afresh.
import { normalize, splitSentences } from '../../../src/core/text/sentences';

const texts = (body: string) => splitSentences(body).map((s) => s.text);

describe('splitSentences', () => {
  it('joins a hard-wrapped sentence back up', () => {
    expect(texts('We met at the harbour festival and talked for an hour\nabout boat restoration.')).toEqual([
      'We met at the harbour festival and talked for an hour about boat restoration.',
    ]);
  });

  it('starts afresh at a line led by a name or a label, as when each side is told about the other', () => {
    const body = "lisa - daniela's just moved here from bristol, her son is in your jack's class\ndaniela - lisa is the one who runs the saturday football";
    expect(texts(body)).toEqual([
      "lisa - daniela's just moved here from bristol, her son is in your jack's class",
      'daniela - lisa is the one who runs the saturday football',
    ]);
    expect(texts('Our budget for the pilot is set at twelve thousand pounds\nPS: the deadline moved to May.')).toEqual([
      'Our budget for the pilot is set at twelve thousand pounds',
      'PS: the deadline moved to May.',
    ]);
  });

  it('folds case, typography and shorthand for the phrase patterns', () => {
    expect(normalize('Thanks \u2014 u r a star, it\u2019s  done')).toBe("thanks - you are a star, it's done");
  });
});
