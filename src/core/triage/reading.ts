// A thread read utterance by utterance: who wrote each part, whether it reached the owner, and its sentences.
import type { Person, Thread } from '../thread/thread';
import { addressSentences, type AddressedSentence } from './addressing';
import { isListAddress } from './look-alike';
import * as cue from './sentence-cues';
import { addressesInText, nameParts, People } from './people';
import type { Utterance } from './timeline';

/** An utterance with its sentences read and its relation to the owner settled. */
export interface Reading {
  utterance: Utterance;
  author: Person | null;
  byMe: boolean;
  toMe: boolean;
  sentences: AddressedSentence[];
}

export interface Found {
  reading: Reading;
  sentence: AddressedSentence;
}

export function readUtterance(utterance: Utterance, thread: Thread, people: People): Reading {
  const author = people.resolve(utterance.author);
  const byMe = people.isMe(author);
  const message = thread.messages[utterance.messageIndex];
  let toMe: boolean;
  if (utterance.origin === 'message') {
    toMe = [...message.to, ...message.cc, ...message.bcc].some((p) => people.isMe(p)) ||
      message.deliveredTo.some((address) => people.isMyAddress(address));
  } else if (utterance.to.length > 0) {
    toMe = utterance.to.some((p) => people.isMe(people.resolve(p)));
  } else {
    // A quoted or forwarded message with no recipients shown: it reached the owner unless the owner wrote it.
    toMe = !byMe;
  }
  return { utterance, author, byMe, toMe, sentences: addressSentences(utterance.text, people) };
}

export function firstFound(readings: Reading[], which: (r: Reading) => boolean, test: (s: AddressedSentence) => boolean): Found | null {
  for (const reading of readings) {
    if (!which(reading)) continue;
    const sentence = reading.sentences.find(test);
    if (sentence) return { reading, sentence };
  }
  return null;
}

/** Mail to a list or a crowd ("hi all" to a dozen people): announcements, not introductions. */
export function isToGroup(reading: Reading, people: People): boolean {
  const recipients = [...reading.utterance.to, ...reading.utterance.cc];
  // The owner's own hello@ or office@ is one person's inbox, whatever its name.
  if (recipients.some((p) => isListAddress(p.email) && !people.isMe(p)) || recipients.length > 8) return true;
  return recipients.length > 4 && reading.sentences.some((s) => s.toGroup && /^(hi |hey |hello |dear )?(all|everyone|everybody|team|folks)\b/.test(s.norm));
}

export function isSelfOrGroup(reading: Reading, people: People): boolean {
  if (isToGroup(reading, people)) return true;
  return reading.sentences.some((s) => cue.selfOrGroup(s)) && !reading.sentences.some((s) => cue.introAct(s, (word) => people.isKnownFirstName(word)) === 2 && /\b(you two|you both|both of you|two of you|meet)\b/.test(s.norm));
}

export function mentionsThirdPerson(reading: Reading, people: People): boolean {
  const authorParts = reading.author ? nameParts(reading.author.name) : [];
  if (addressesInText(reading.utterance.text).some((a) => !people.isMyAddress(a) && a !== reading.author?.email)) return true;
  if (/\b(?:my|a|an|our)\s+(?:\S+\s+){0,2}?(?:friend|colleague|co-?founder|founder|mentee|student|client|contact|cousin|nephew|niece|son|daughter|former|portfolio|someone|person|guy|woman|man)\b|\bsomeone\b/.test(reading.utterance.text.toLowerCase())) return true;
  return capitalisedWords(reading.utterance.text).some((word) => {
    const lower = word.toLowerCase();
    return !COMMON_CAPITALISED.has(lower) && !people.isMyName(lower) && !authorParts.includes(lower);
  });
}

/** Capitalised words not at a sentence start: likely names. */
export function capitalisedWords(text: string): string[] {
  const words: string[] = [];
  const pattern = /(?<!(?<!\b(?:Mr|Mrs|Ms|Dr|Prof))[.!?]\s|^)(?<=\s|\(|,)([A-ZÀ-Þ][a-zß-ɏ'’-]{1,25})\b/g;
  const bounded = text.slice(0, 5000);
  for (let match = pattern.exec(bounded); match; match = pattern.exec(bounded)) words.push(match[1].replace(/['’]s$/, ''));
  return words;
}

export const COMMON_CAPITALISED = new Set(
  ('i monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october ' +
    'november december thanks thank best cheers regards hi hello hey dear yes no ok sure please linkedin google zoom ceo cto cfo coo vp ' +
    'the a an we you he she they it this that our my your his her their if and but so also as just quick let looking happy would could ' +
    'can will am pm re fwd fw sent from to subject date cc bcc english mba phd series q1 q2 q3 q4 ai api us uk eu').split(' '),
);

export function uniquePeople(list: Person[]): Person[] {
  const map = new Map<string, Person>();
  for (const person of list) if (person && person.email && !map.has(person.email)) map.set(person.email, person);
  return [...map.values()];
}

export function sameAddress(a: Person | null | undefined, b: Person | null | undefined): boolean {
  return !!a && !!b && !!a.email && a.email.toLowerCase() === b.email.toLowerCase();
}

export function sameName(a: Person, b: Person): boolean {
  const first = nameParts(a.name)[0];
  return !!first && first === nameParts(b.name)[0];
}
