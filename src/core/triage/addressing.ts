// Works out whom each sentence speaks to, from greetings and vocatives ("Kenji, ..."), so "you" can be tied to a person.
import type { Person } from '../thread/thread';
import { splitSentences, type Sentence } from '../text/sentences';
import { gateMask } from '../text/word-gates';
import type { People } from './people';
import type { SentenceCues } from './sentence-cues';

export interface AddressedSentence extends Sentence {
  /** People the sentence speaks to; empty when nothing narrows it down (then: every recipient). */
  addressees: Person[];
  /** True after "hi all", "hi both", "you two" greetings. */
  toGroup: boolean;
  /** Which phrase families the sentence's words allow (see word-gates.ts). */
  gates: number;
  /** Cue answers already worked out for this sentence (see sentence-cues.ts). */
  cues?: SentenceCues;
}

const GREETING = /^(?:(?:hi|hey|hello|dear|hiya|howdy|greetings|good (?:morning|afternoon|evening)|morning|ciao|hallo|liebe|lieber|bonjour|salut|hola|ol[aá]|oi|hej|hoi|buongiorno|caro|cara)\s+)/i;
const GROUP_WORDS = /^(all|both|everyone|everybody|folks|team|guys|y'all|you two|you both|both of you|friends)\b/i;
const NAME_TOKEN = /^([A-ZÀ-Þ][A-Za-zÀ-ɏ'’-]{1,30})(?:\s+[A-ZÀ-Þ][A-Za-zÀ-ɏ'’-]{1,30})?/;
const LOWER_CASE_NAME = /^([a-zß-ɏ][a-zß-ɏ'’-]{1,30})(?=\s*(?:,|:|\s[-–—]\s))/;
const LOWER_CASE_GREETED = /^([a-zß-ɏ][a-zß-ɏ'’-]{1,30})\b/;
const NAME_END = /^\s*(?:(?:bro|dear|mate|love|hun|buddy|pal|sis)\b\s*)?(?:[,:!—–-]+\s*|$)/i;
// After a greeting a space will do, unless a group follows: "Hello Harborview team" greets a group that bears a name.
const GREETED_NAME_GAP = /^\s(?!\s*(?:team|all|folks|crew|family|gang|everyone|friends|people|group|committee|board|members|parents|staff)\b)/i;

/** Splits an utterance into sentences and marks each with whom it addresses. */
export function addressSentences(text: string, people: People): AddressedSentence[] {
  const result: AddressedSentence[] = [];
  let paragraph = -1;
  let addressees: Person[] = [];
  let toGroup = false;
  for (const sentence of splitSentences(text)) {
    if (sentence.paragraph !== paragraph) {
      paragraph = sentence.paragraph;
      // A vocative carries through its paragraph; a fresh paragraph without one keeps the last explicit addressee
      // only when it follows straight on, which mail rarely does, so it resets.
      addressees = [];
      toGroup = false;
    }
    const vocative = startsWithLetter(sentence.text) ? readVocative(sentence.text, people) : null;
    if (vocative) {
      addressees = vocative.people;
      toGroup = vocative.group;
    }
    result.push({
      text: sentence.text, norm: sentence.norm, paragraph: sentence.paragraph, indexInParagraph: sentence.indexInParagraph,
      quoted: sentence.quoted, addressees, toGroup, gates: gateMask(sentence.norm), cues: undefined,
    });
  }
  return result;
}

// Vocatives open with a name or a greeting, so with a Latin letter; anything else is skipped without a regex.
function startsWithLetter(text: string): boolean {
  const code = text.charCodeAt(0);
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0xfe && code !== 0xf7 && code !== 0xdf);
}

/** A name opens with a capital (the same letters NAME_TOKEN starts with). */
function startsWithCapital(text: string): boolean {
  const code = text.charCodeAt(0);
  return (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0xde);
}

function readVocative(text: string, people: People): { people: Person[]; group: boolean } | null {
  let rest = text;
  const greeting = rest.match(GREETING);
  if (greeting) rest = rest.slice(greeting[0].length);
  if (GROUP_WORDS.test(rest) && (greeting || /^[^,]{0,20},/.test(rest))) return { people: [], group: true };
  const found: Person[] = [];
  // "Hi Kenji, hi Lucía," / "Dear Mateo and Aiko," / "Priya/John -" / "Anna, Bob runs..." (only Anna is greeted)
  for (let guard = 0; guard < 4; guard++) {
    const afterGreeting = greeting !== null && found.length === 0;
    const names = readNameGroup(rest, people, afterGreeting);
    if (!names) break;
    // "Ron bro,", "Vera dear,": a word of affection may stand between the name and its comma; after "hi" the name
    // needs nothing to set it off ("hi marcy its len from 4B").
    const terminator = names.rest.match(NAME_END) ?? (afterGreeting ? names.rest.match(GREETED_NAME_GAP) : null);
    if (!terminator) break;
    found.push(...names.people);
    rest = names.rest.slice(terminator[0].length).replace(/^\s*(hi|hey|hello|dear)\s+/i, '');
  }
  if (found.length === 0) return null;
  return { people: found, group: found.length > 1 };
}

/** One name, or two joined by "and", "&" or "/", at the start of the text. */
function readNameGroup(text: string, people: People, greeted = false): { people: Person[]; rest: string } | null {
  const first = readName(text, people, greeted);
  if (!first) return null;
  const rest = text.slice(first.length);
  const joined = rest.match(/^\s*(and|&|\/|\+)\s*/i);
  if (joined) {
    const after = rest.slice(joined[0].length);
    const second = readName(after, people);
    if (second) return { people: [first.person, second.person], rest: after.slice(second.length) };
  }
  return { people: [first.person], rest };
}

/**
 * The person named at the start of the text, and how many characters the name takes. Mail typed in lower case
 * greets by lower-case first names ("marcus - ines.", "asha, rob - you're both at the club"): such a word counts
 * only when it is the first name of someone on the thread and a comma, colon or dash sets it off, so "will do" and
 * a bare sign-off are not read as greetings.
 */
function readName(text: string, people: People, greeted = false): { person: Person; length: number } | null {
  if (startsWithCapital(text)) {
    const token = text.match(NAME_TOKEN);
    const person = token && people.namedBy(token[1]);
    return token && person ? { person, length: token[0].length } : null;
  }
  const token = text.match(greeted ? LOWER_CASE_GREETED : LOWER_CASE_NAME);
  const person = token && people.isKnownFirstName(token[1]) ? people.namedBy(token[1]) : null;
  return token && person ? { person, length: token[1].length } : null;
}
