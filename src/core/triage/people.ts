// Everyone a thread mentions, so names in the text can be tied to addresses and "me" recognised wherever it appears.
import type { Person, Thread } from '../thread/thread';
import { BoundedMemo } from '../bounded-memo';
import { findEmailAddresses } from '../text/email-addresses';
import type { Utterance } from './timeline';

export class People {
  private readonly byEmail = new Map<string, Person>();
  private readonly me: Set<string>;
  private readonly myNames: Set<string>;
  private firstNameIndex: Map<string, Person> | null = null;
  private readonly partsByEmail = new Map<string, string[]>();
  private readonly myNameAnswers = new Map<string, boolean>();
  private readonly byName = new Map<string, Person | null>();
  private readonly byCapitalisedWord = new Map<string, Person | null>();

  constructor(thread: Thread, timeline: Utterance[], me: readonly string[]) {
    this.me = new Set(me.map((address) => address.trim().toLowerCase()).filter(Boolean));
    for (const message of thread.messages) {
      for (const person of [message.from, ...message.to, ...message.cc, ...message.bcc]) this.add(person);
    }
    for (const utterance of timeline) {
      for (const person of [utterance.author, ...utterance.to, ...utterance.cc]) if (person) this.add(person);
    }
    this.myNames = new Set<string>();
    for (const address of this.me) {
      const known = this.byEmail.get(address);
      const name = known?.name || nameFromAddress(address);
      for (const part of nameParts(name)) this.myNames.add(part);
    }
  }

  /** The owner's own entry, named as the thread names them. */
  meAsPerson(): Person {
    for (const address of this.me) {
      const known = this.byEmail.get(address);
      if (known) return known;
    }
    const address = [...this.me][0] ?? '';
    return { name: nameFromAddress(address), email: address };
  }

  isMe(person: Person | null | undefined): boolean {
    if (!person) return false;
    if (person.email) return this.me.has(person.email.toLowerCase());
    return nameParts(person.name).some((part) => this.myNames.has(part)) && nameParts(person.name).length > 0;
  }

  isMyAddress(address: string): boolean {
    return this.me.has(address.toLowerCase());
  }

  /** Whether a first name or full name refers to the owner. */
  isMyName(name: string): boolean {
    let known = this.myNameAnswers.get(name);
    if (known === undefined) {
      const parts = nameParts(name);
      known = parts.length > 0 && parts.every((part) => this.myNames.has(part));
      this.myNameAnswers.set(name, known);
    }
    return known;
  }

  /** Fills in an address for a person known only by name, when the thread names them elsewhere. */
  resolve(person: Person | null): Person | null {
    if (!person) return null;
    if (person.email) return this.byEmail.get(person.email) ?? person;
    return this.findByName(person.name) ?? person;
  }

  /** The person a name (first, last or full) refers to, when exactly one person in the thread matches. */
  findByName(name: string): Person | null {
    const known = this.byName.get(name);
    if (known !== undefined) return known;
    const found = this.searchByName(name);
    this.byName.set(name, found);
    return found;
  }

  private searchByName(name: string): Person | null {
    const wanted = nameParts(name);
    if (wanted.length === 0) return null;
    let found: Person | null = null;
    for (const person of this.byEmail.values()) {
      const parts = this.partsOf(person);
      if (!wanted.every((part) => parts.includes(part))) continue;
      if (found) return null;
      found = person;
    }
    return found;
  }

  /**
   * Whom a capitalised word names: someone's first name, the owner's name, or a name only one person has.
   * Sentences keep opening with the same words ("Thanks", "I", a name), so each answer is remembered.
   */
  namedBy(word: string): Person | null {
    let person = this.byCapitalisedWord.get(word);
    if (person === undefined) {
      const key = stripAccents(word.toLowerCase());
      person = this.firstNames().get(key) ?? (this.isMyName(key) ? this.meAsPerson() : this.findByName(word) ?? this.shortFormOf(key));
      this.byCapitalisedWord.set(word, person);
    }
    return person;
  }

  /** "Kev" for Kevin, "Alex" for Alexandra: the one first name on the thread the word is a short form of. */
  private shortFormOf(word: string): Person | null {
    if (word.length < 3) return null;
    let found: Person | null = null;
    for (const [first, person] of this.firstNames()) {
      if (first.length <= word.length || !first.startsWith(word)) continue;
      if (found) return null;
      found = person;
    }
    return found;
  }

  /**
   * Whether a word is the first name of someone on the thread, the owner included; written with a capital, a short form
   * of one counts too ("Ros"), but "the" in "meet the team" is no Theodore.
   */
  isKnownFirstName(word: string): boolean {
    const key = stripAccents(word.toLowerCase());
    return this.firstNames().has(key) || this.myNames.has(key) || (CAPITALISED.test(word) && this.shortFormOf(key) !== null);
  }

  /** First names of everyone known, lower-case, mapped to their person. */
  firstNames(): Map<string, Person> {
    if (this.firstNameIndex) return this.firstNameIndex;
    const names = new Map<string, Person>();
    for (const person of this.byEmail.values()) {
      const parts = this.partsOf(person);
      if (parts[0] && parts[0].length > 1) names.set(parts[0], person);
      // The name someone goes by, from an address such as dot.pryce@ for Dorothy Pryce.
      const [called, surname] = person.email.split('@')[0].split(/[._-]/);
      if (parts.length > 1 && surname === parts[parts.length - 1] && /^[a-z]{2,}$/.test(called) && !names.has(called)) names.set(called, person);
    }
    this.firstNameIndex = names;
    return names;
  }

  private partsOf(person: Person): string[] {
    let parts = this.partsByEmail.get(person.email);
    if (!parts) {
      parts = nameParts(person.name || nameFromAddress(person.email));
      this.partsByEmail.set(person.email, parts);
    }
    return parts;
  }

  all(): Person[] {
    return [...this.byEmail.values()];
  }

  private add(person: Person): void {
    if (!person.email) return;
    const email = person.email.toLowerCase();
    const known = this.byEmail.get(email);
    if (!known || (!known.name && person.name)) this.byEmail.set(email, { name: person.name, email });
  }
}

/** Addresses written in a text, lower-case, in order of appearance. */
export function addressesInText(text: string): string[] {
  const found = findEmailAddresses(text.slice(0, 20_000));
  return [...new Set(found.map((address) => address.toLowerCase().replace(/[.-]+$/, '')))];
}

/** "priya.raman@x" -> "Priya Raman": a readable name when headers give none. */
export function nameFromAddress(address: string): string {
  const local = address.split('@')[0] ?? '';
  return local
    .split(/[._-]+/)
    .filter((part) => part.length > 1 && !/\d/.test(part))
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join(' ');
}

const CAPITALISED = /^[A-ZÀ-Þ]/;

// Names recur across sentences and threads.
const partsOfName = new BoundedMemo<string[]>(5000, readNameParts);

/** Lower-case name words without accents, titles or initials, so "Tomás" matches "Tomas". */
export function nameParts(name: string): string[] {
  return partsOfName.get(name);
}

function readNameParts(name: string): string[] {
  return stripAccents(name.toLowerCase())
    .replace(/\(.*?\)|"|'/g, ' ')
    .split(/[\s,]+/)
    .filter((part) => part.length > 1 && !/^(?:mr|mrs|ms|dr|prof)\.?$/.test(part) && /^[a-z-]+$/.test(part));
}

export function stripAccents(text: string): string {
  // Most names are plain ASCII; only the others pay for Unicode decomposition.
  return /[^ -~\s]/.test(text) ? text.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : text;
}

export function firstName(person: Person): string {
  const name = person.name || nameFromAddress(person.email);
  return name.replace(/^"|"$/g, '').trim().split(/\s+/)[0] || person.email;
}
