// Finds someone asking the owner for an introduction or a contact, and judges the ask for its target.
import type { Person } from '../thread/thread';
import type { Verdict } from './verdict';
import { isListAddress } from './look-alike';
import { handsOverNoteToForward } from './intro-request';
import * as cue from './sentence-cues';
import { addressesInText, firstName, nameParts, People } from './people';
import { capitalisedWords, COMMON_CAPITALISED, firstFound, sameAddress, uniquePeople, type Found, type Reading } from './reading';
import { baseVerdict } from './verdict-parts';
import { etiquetteFlags } from './etiquette-flags';

/**
 * An explicit ask for an intro or a contact; failing that, a wish to speak with someone the owner knows and the mail
 * does not copy, or a note handed to the owner to forward ("here's a blurb you could forward as is").
 */
export function findRequest(readings: Reading[], people: People): Found | null {
  const explicit = firstFound(readings, (r) => !r.byMe && r.toMe, (s) => cue.introRequest(s) || cue.contactRequest(s));
  if (explicit) return explicit;
  const written = (r: Reading) => !r.byMe && r.toMe && r.utterance.origin === 'message';
  const wish = firstFound(readings, written, (s) => {
    const name = wishedName(s.text);
    const named = name === null ? null : people.findByName(name);
    return name !== null && (!named || !people.isMe(named));
  });
  return wish ?? firstFound(readings, written, (s) => handsOverNoteToForward(s.norm));
}

// "I'd love to speak with Joe", and "I'd love to connect Eric with our team" written to the person who knows Eric.
const WISH_TO_MEET = /\b(?:I'd|I would|we'd|we would)\s+(?:really\s+)?(?:love|like)\s+to\s+(?:(?:speak|talk|chat|meet|connect|get in touch)\s+with\s+([A-ZÀ-Þ][A-Za-zÀ-ɏ'-]+)|connect\s+([A-ZÀ-Þ][A-Za-zÀ-ɏ'-]+)\s+(?:with|to)\s+(?:our|my|those|these|the)\b)/;

export function judgeRequest(request: Found, readings: Reading[], people: People): Verdict {
  const requester = request.reading.author as Person;
  const byRequester = readings.filter((r) => sameAddress(r.author, requester) || (r.utterance.origin === 'forwarded' && sameAddress(r.author, requester)));
  const mine = readings.filter((r) => r.byMe);
  const exclude = (p: Person) => !p.email || people.isMe(p) || sameAddress(p, requester) || isListAddress(p.email);
  const targets = uniquePeople([
    ...addressesInText(byRequester.map((r) => r.utterance.text).join('\n')).map((email) => people.resolve({ name: '', email }) as Person),
    ...mine.flatMap((r) => [...r.utterance.to, ...r.utterance.cc].map((p) => people.resolve(p) as Person)),
  ]).filter((p) => !exclude(p));
  const wished = wishedName(request.sentence.text);
  const names = targetNames(byRequester, targets, people, requester, wished === null ? [] : [wished]);
  const forwardable = byRequester.some((r) => r.sentences.some((s) => cue.forwardableNote(s)));
  const base = baseVerdict('intro-request', forwardable ? 0.9 : 0.85, request.sentence.text, requester, targets);
  const beneficiary: Person = targets[0] ?? { name: names[0] ?? '', email: '' };
  return { ...base, ...etiquetteFlags(byRequester, people, { beneficiary, isOwner: false, anchor: request.sentence.text, beneficiaryNames: names }) };
}

/** The person a wish to meet names ("I'd love to speak with Joe" gives "Joe"). */
function wishedName(text: string): string | null {
  const wish = text.match(WISH_TO_MEET);
  return wish ? (wish[1] ?? wish[2]) : null;
}

/**
 * First names the requester uses for the person they want to meet, so "her" and "Greta" can be recognised: the
 * targets', the name a wish to meet gave ("I'd love to speak with Joe"), and those in every ask for an intro or a contact.
 */
function targetNames(readings: Reading[], targets: Person[], people: People, requester: Person, wished: string[]): string[] {
  const names = [...targets.map((t) => firstName(t)), ...wished].map((name) => name.toLowerCase());
  const requesterParts = nameParts(requester.name);
  for (const reading of readings) {
    for (const sentence of reading.sentences) {
      if (!cue.introRequest(sentence) && !cue.contactRequest(sentence)) continue;
      for (const word of capitalisedWords(sentence.text)) {
        const lower = word.toLowerCase();
        if (!requesterParts.includes(lower) && !people.isMyName(lower) && !COMMON_CAPITALISED.has(lower)) names.push(lower);
      }
    }
  }
  return [...new Set(names)];
}
