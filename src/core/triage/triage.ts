// Decides what a thread is for its owner and what it breaks of the intro etiquette, with the sentences that show it.
import type { Thread } from '../thread/thread';
import type { Verdict } from './verdict';
import { isEnglish } from './language';
import * as cue from './sentence-cues';
import { People } from './people';
import { buildTimeline } from './timeline';
import { isToGroup, readUtterance } from './reading';
import { otherVerdict } from './verdict-parts';
import { findIntro, judgeIntro } from './intro-finding';
import { findConsentAsk, judgeConsentAsk } from './consent-ask-finding';
import { findRequest, judgeRequest } from './request-finding';
import { triageForeign } from './foreign-triage';

/** Triage of a whole thread from the point of view of `me` (the owner's address, or all their aliases). */
export function triage(thread: Thread, me: string | readonly string[]): Verdict {
  const myAddresses = typeof me === 'string' ? [me] : [...me];
  const timeline = buildTimeline(thread);
  const people = new People(thread, timeline, myAddresses);
  const readings = timeline.map((utterance) => readUtterance(utterance, thread, people));
  const othersText = readings.filter((r) => !r.byMe).map((r) => r.utterance.text).join('\n');
  const allText = readings.map((r) => r.utterance.text).join('\n');

  if (!isEnglish(othersText || allText)) return triageForeign(readings, thread, people);

  const bulk = readings.some((r) => !r.byMe && r.sentences.some((s) => cue.bulkMail(s)));
  const intro = bulk ? null : findIntro(readings, thread, people);
  if (intro) return judgeIntro(intro, readings, thread, people);

  const ask = bulk ? null : findConsentAsk(readings, people);
  if (ask) return judgeConsentAsk(ask, readings, people);

  const request = bulk ? null : findRequest(readings, people);
  if (request && !isToGroup(request.reading, people)) return judgeRequest(request, readings, people);

  return otherVerdict(bulk || readings.some((r) => r.sentences.some((s) => cue.selfOrGroup(s))) ? 0.9 : 0.75);
}
