// The word gates in front of the phrase families only save time: on every sentence of every corpus each cue must
// answer the same with the sentence's gates as with every gate open.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR } from '../../../bench/fixtures/corpus';
import { readMailFile } from '../../../src/cli/mail-file';
import { buildThread } from '../../../src/core/thread/build-thread';
import { splitSentences, type Sentence } from '../../../src/core/text/sentences';
import { gateMask } from '../../../src/core/text/word-gates';
import { ASKER, benefitPatterns, nameSwapper, statesBenefit, THIRD_PERSON, YOU } from '../../../src/core/triage/benefit';
import { brainPickStrength } from '../../../src/core/triage/brain-pick';
import { isConsentAsk, statesConsent } from '../../../src/core/triage/consent';
import { isContactRequest } from '../../../src/core/triage/contact-request';
import { introActStrength, isHandOff } from '../../../src/core/triage/intro-act';
import { isIntroRequest } from '../../../src/core/triage/intro-request';
import { isBulkMail, isSelfOrGroupAnnouncement } from '../../../src/core/triage/look-alike';

const CORPORA = [
  CORPUS_DIR,
  ...['corpus', 'corpus-published', 'corpus-validation', 'corpus-holdout', 'corpus-holdout-2', 'corpus-holdout-3', 'corpus-holdout-4', 'corpus-holdout-5', 'corpus-holdout-6', 'corpus-holdout-7', 'corpus-holdout-8', 'corpus-holdout-9', 'corpus-holdout-10', 'corpus-holdout-11', 'corpus-holdout-12', 'corpus-holdout-13', 'corpus-holdout-14', 'corpus-holdout-15', 'corpus-holdout-16', 'corpus-holdout-17', 'corpus-holdout-18', 'corpus-holdout-19', 'corpus-holdout-20', 'corpus-holdout-21', 'corpus-holdout-22', 'corpus-holdout-23', 'corpus-holdout-24', 'corpus-holdout-25', 'corpus-holdout-26', 'corpus-holdout-27', 'corpus-holdout-28', 'corpus-holdout-29', 'corpus-holdout-30', 'corpus-holdout-31', 'corpus-holdout-32', 'corpus-holdout-33', 'corpus-holdout-34', 'corpus-holdout-35'].map((name) => `tests/${name}`),
];
// Every bit set: each gate opens.
const ALL_OPEN = -1;

const toYou = benefitPatterns(YOU);
const toThirdPerson = benefitPatterns(THIRD_PERSON, ASKER, nameSwapper({ beneficiary: ['dana'] }));
const CUES: Array<[string, (sentence: Sentence, gates: number) => unknown]> = [
  ['consent ask', (s, gates) => isConsentAsk(s.norm, gates)],
  ['consent stated', (s, gates) => statesConsent(s.norm, gates)],
  ['contact request', (s, gates) => isContactRequest(s.norm, gates)],
  ['intro act', (s, gates) => introActStrength({ text: s.text, norm: s.norm, gates }, (word) => word.length > 3)],
  ['hand-off', (s, gates) => isHandOff(s.norm, gates)],
  ['intro request', (s, gates) => isIntroRequest(s.norm, gates)],
  ['bulk mail', (s, gates) => isBulkMail(s.norm, gates)],
  ['self or group announcement', (s, gates) => isSelfOrGroupAnnouncement(s.norm, gates)],
  ['brain-pick', (s, gates) => brainPickStrength(s.norm, gates)],
  ['benefit to you', (s, gates) => statesBenefit(s.norm, toYou, false, gates)],
  ['benefit to a third person', (s, gates) => statesBenefit(s.norm, toThirdPerson, false, gates)],
];

const sentences: Sentence[] = [];

beforeAll(async () => {
  for (const dir of CORPORA.filter((corpus) => existsSync(join(corpus, 'labels.json')))) {
    const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as { file: string }[];
    for (const { file } of labels) {
      for (const message of buildThread(await readMailFile(join(dir, file))).messages) {
        for (const text of [message.newText, ...message.quoted.map((q) => q.text), ...message.forwarded.map((f) => f.text)]) {
          sentences.push(...splitSentences(text));
        }
      }
    }
  }
  // About a thousand mail files: well within a minute even on a busy machine, far beyond jest's default 5 s.
}, 60_000);

it('reads thousands of corpus sentences', () => {
  expect(sentences.length).toBeGreaterThan(3000);
});

it.each(CUES)('gives the same %s answer with the gates as without them', (_name, cue) => {
  const turnedAway = sentences.filter((sentence) => cue(sentence, gateMask(sentence.norm)) !== cue(sentence, ALL_OPEN)).map((s) => s.text);
  expect(turnedAway).toEqual([]);
});
