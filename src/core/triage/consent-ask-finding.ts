// Finds an introducer asking the owner first (the double opt-in ask) and judges it.
import type { Person } from '../thread/thread';
import type { Verdict } from './verdict';
import type { AddressedSentence } from './addressing';
import { isShortConsentQuestion, leavesChoice } from './consent';
import * as cue from './sentence-cues';
import { addressesInText, nameParts, People } from './people';
import { capitalisedWords, COMMON_CAPITALISED, sameAddress, uniquePeople, type Found, type Reading } from './reading';
import { baseVerdict } from './verdict-parts';
import { etiquetteFlags } from './etiquette-flags';
import { phrase } from '../text/patterns';

// "I'm Dana, a recruiter at ...", "introduce you to an exciting opportunity": the writer offers themself, not a third person.
const PRESENTS_SELF = phrase(/^(i'm|i am) \S+,? (a|an|the)\s|\b(i'm|i am) (a|an) ~recruiter\b|\bi (recruit|headhunt)\b|\bintroduc\w* you to (an? |this |the )?~(opportunity|role|position|job|opening)\b/);

/** A consent ask names the person on offer near the question: "an intro to Tomás?", "meeting my friend Bianca?". */
export function findConsentAsk(readings: Reading[], people: People): Found | null {
  for (const reading of readings) {
    if (reading.byMe || !reading.toMe) continue;
    // A requester's note to forward, sent with the request or after it: its questions are put to the target, not the owner.
    if (reading.sentences.some((s) => cue.forwardableNote(s)) && readings.some((r) => sameAddress(r.author, reading.author) && r.sentences.some((s) => cue.introRequest(s)))) continue;
    const asks = reading.sentences.flatMap((s, i) => (cue.consentAsk(s) || (isShortConsentQuestion(s.norm) && offersAMeetingBefore(reading, i)) ? [i] : []));
    if (asks.length === 0) continue;
    // A seller or recruiter presenting themself asks for a call with them, not with a third person.
    const presentsSelf = reading.sentences.some((s) => cue.selfOrGroup(s) || PRESENTS_SELF.test(s.norm));
    const carriesNote = readings.some((r) => r !== reading && r.utterance.messageIndex === reading.utterance.messageIndex &&
      (r.utterance.origin === 'forwarded' || (!r.byMe && !sameAddress(r.author, reading.author) && r.sentences.some((s) => cue.introRequest(s)))));
    for (const index of asks) {
      // An "intro call" with the seller is theirs, not an introduction; the owner's details passed to someone are not.
      if (presentsSelf && !/\bintro(?! call)|introduc|connect\b|\b(pass|share|give|send|forward) (on )?your (details|email|number|name|contact)/.test(reading.sentences[index].norm)) continue;
      // The person on offer is described before the question, or just after it.
      const near = reading.sentences.filter((_s, i) => i >= index - 4 && i <= index + 1);
      if (carriesNote || near.some((s) => namesThirdPerson(s, reading, people))) return { reading, sentence: reading.sentences[index] };
    }
  }
  return null;
}

const MEETING_WORDS = /\b(meet|intro|introduc|connect|chat|coffee|call|talk|speak|get together|in touch|sync|beer|drink|lunch|run it past|catch up)/;

/** "She has two pallets to shift ... fancy a chat? ... Game?": the short question follows an offer to meet. */
function offersAMeetingBefore(reading: Reading, index: number): boolean {
  return reading.sentences.slice(Math.max(0, index - 4), index + 3).some((s) => MEETING_WORDS.test(s.norm));
}

const THIRD_PERSON_WORDS = /\b(he|she|him|her|his|hers|compan(y|ies)|startup|couple(?! of)|intro(duction)?|introduce|someone|somebody|friend|colleague|co-?founder|mentee|student|cousin|nephew|niece|son|daughter|neighbou?rs?|family|classmate|former colleague|ex-colleague|buddy|mate|pal|teammate|roommate|acquaintance|old boss|portfolio|a founder|one of (my|our) founders|bloke|fella|chap|lad|woman|man|guy|lady|organi[sz]er|owner|manager|producer|reporter|journalist|sophomores?|director|editor|buyer|client)\b/;

function namesThirdPerson(sentence: AddressedSentence, reading: Reading, people: People): boolean {
  if (THIRD_PERSON_WORDS.test(sentence.norm)) return true;
  if (addressesInText(sentence.text).some((a) => !people.isMyAddress(a) && a !== reading.author?.email)) return true;
  const authorParts = reading.author ? nameParts(reading.author.name) : [];
  // Someone on the thread named, or a name after the ask's verb: "an intro to Tomás?", "if I put Sam Ortiz in touch with you".
  return capitalisedWords(sentence.text).some((word) => {
    const lower = word.toLowerCase();
    return !COMMON_CAPITALISED.has(lower) && !people.isMyName(lower) && !authorParts.includes(lower) && people.findByName(lower) !== null;
  }) || /\b(?:to|with|meet(?:ing)?|put|connect|introduce|intro|link|having)\s+(?:(?:my\s+\S+|(?:Dr|Mrs?|Ms|Prof)\.?)\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:\s*(?:\?|\(|,|$)|\s+(?:at|from|of|who|in|on)\b)/.test(sentence.text);
}

export function judgeConsentAsk(ask: Found, readings: Reading[], people: People): Verdict {
  const introducer = ask.reading.author as Person;
  const index = readings.indexOf(ask.reading);
  const carried = readings.filter((r) => r.utterance.messageIndex === ask.reading.utterance.messageIndex && !r.byMe);
  const parties = uniquePeople([
    ...addressesInText(carried.map((r) => r.utterance.text).join('\n')).map((email) => people.resolve({ name: '', email }) as Person),
    ...carried.filter((r) => r !== ask.reading && r.author).map((r) => r.author as Person),
    ...ask.reading.utterance.cc.map((p) => people.resolve(p) as Person),
  ]).filter((p) => p.email && !people.isMe(p) && !sameAddress(p, introducer));
  const confidence = leavesChoice(ask.reading.sentences.map((s) => s.norm).join(' ')) ? 0.9 : 0.82;
  const base = baseVerdict('consent-ask', confidence, ask.sentence.text, introducer, parties);
  const relevant = readings.filter((r, i) => !r.byMe && i >= index - 1 && (r.toMe || r.utterance.messageIndex === ask.reading.utterance.messageIndex));
  return { ...base, ...etiquetteFlags(relevant, people, { beneficiary: people.meAsPerson(), isOwner: true, anchor: ask.sentence.text }) };
}
