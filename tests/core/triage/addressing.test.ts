// Whom each sentence speaks to: greetings and vocatives, capitalised or typed in lower case, one name or several.
import { rawMessage } from '../../../bench/fixtures/synthetic-mail';
import { buildThread } from '../../../src/core/thread/build-thread';
import { addressSentences } from '../../../src/core/triage/addressing';
import { People } from '../../../src/core/triage/people';
import { buildTimeline } from '../../../src/core/triage/timeline';

const thread = buildThread([
  rawMessage({
    from: '"Jenna Kowalczyk" <jenna@example.com>',
    to: '"Asha Patel" <asha@example.net>, "Rob Hennessy" <rob@example.org>',
    cc: '"Will Barton" <will@example.org>',
    plainBody: 'Hello.',
  }),
]);
const people = new People(thread, buildTimeline(thread), ['jenna@example.com']);
const greeted = (text: string) => addressSentences(text, people).map((s) => s.addressees.map((p) => p.email));

describe('addressSentences', () => {
  it('reads several names greeted in a row, capitalised or not', () => {
    expect(greeted("Asha, Rob - you're both at the pool on Tuesdays.")).toEqual([['asha@example.net', 'rob@example.org']]);
    expect(greeted("asha, rob - you're both at the pool on tuesdays.")).toEqual([['asha@example.net', 'rob@example.org']]);
    expect(greeted('rob: the lifts list is on the fridge.')).toEqual([['rob@example.org']]);
  });

  it('stops at a name that opens the sentence rather than greets', () => {
    expect(greeted('Asha, Rob runs the Saturday club.')).toEqual([['asha@example.net']]);
  });

  it('reads a lower-case word as a greeting only when it is a first name on the thread, set off by punctuation', () => {
    expect(greeted('will do, see you tuesday.')).toEqual([[]]);
    expect(greeted('thanks, see you tuesday.')).toEqual([[]]);
    expect(greeted('asha')).toEqual([[]]);
    expect(greeted('will, see you tuesday.')).toEqual([['will@example.org']]);
  });

  it('reads a name after a greeting without the comma, and a word of affection between a name and its comma', () => {
    expect(greeted('hi asha its jenna from 4B.')).toEqual([['asha@example.net']]);
    expect(greeted('Hey Rob how was the match?')).toEqual([['rob@example.org']]);
    expect(greeted('Rob bro, long time.')).toEqual([['rob@example.org']]);
    expect(greeted('Asha dear, thank you.')).toEqual([['asha@example.net']]);
  });

  it('reads a named group after a greeting as a group, not as the person it is named after', () => {
    expect(greeted('Hello Barton team, a quick update.')).toEqual([[]]);
  });
});
