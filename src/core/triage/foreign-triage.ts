// Triage of mail in a language the engine does not read fully: the structure of an intro, never guessed etiquette.
import type { Person, Thread } from '../thread/thread';
import type { IntroKind, Verdict } from './verdict';
import { foreignConsent, foreignIntroAct } from './language';
import { People } from './people';
import { firstFound, sameAddress, uniquePeople, type Reading } from './reading';
import { baseVerdict, flag, otherVerdict } from './verdict-parts';
import { findIntro } from './intro-finding';

export function triageForeign(readings: Reading[], thread: Thread, people: People): Verdict {
  // A phrase we know in that language, or failing it the shape every intro has: an intro subject, both people greeted, both on the mail.
  const act = firstFound(readings, (r) => !!r.author && (r.byMe || r.toMe), (s) => foreignIntroAct(s.norm)) ?? findIntro(readings, thread, people);
  if (!act) return { ...otherVerdict(0.4), language: 'unsupported' };
  const kind: IntroKind = act.reading.byMe ? 'my-intro' : 'intro';
  const introducer = kind === 'my-intro' ? people.meAsPerson() : (act.reading.author as Person);
  const parties = [...act.reading.utterance.to, ...act.reading.utterance.cc]
    .map((p) => people.resolve(p) as Person)
    .filter((p) => p.email && !people.isMe(p) && !sameAddress(p, introducer));
  const base = { ...baseVerdict(kind, 0.55, act.sentence.text, introducer, uniquePeople(parties)), language: 'unsupported' as const };
  if (kind === 'my-intro') return base;
  const consentSentence = readings.flatMap((r) => r.sentences).find((s) => foreignConsent(s.norm));
  if (consentSentence) return { ...base, consent: { shown: true, evidence: consentSentence.text } };
  // Only the structure is read in this language: the missing opt-in is reported, benefit and tone are not guessed.
  return { ...base, flags: [flag('no-consent', act.sentence.text, 'you', 0.5)] };
}
