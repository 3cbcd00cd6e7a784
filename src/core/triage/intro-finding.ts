// Finds the message that introduces people, and judges the intro: who made it, who is introduced, whether consent shows.
import type { Person, Thread } from '../thread/thread';
import type { Flag, IntroKind, Verdict } from './verdict';
import type { AddressedSentence } from './addressing';
import { asksOwnerToChoose, readAnswer, recallsPromisedIntro } from './consent';
import { isListAddress } from './look-alike';
import * as cue from './sentence-cues';
import { addressesInText, nameParts, People } from './people';
import { capitalisedWords, isSelfOrGroup, mentionsThirdPerson, sameAddress, sameName, type Found, type Reading } from './reading';
import { baseVerdict, flag } from './verdict-parts';
import { etiquetteFlags } from './etiquette-flags';
import { phrase } from '../text/patterns';

const STRONG_SUBJECT_INTRO = /<-*>|<=+>|\bintro(?:duction|ducing)?\s*[:-]|\bintro(?:duction|ducing)?\b(?!\s+to\b)(?=.*\b(?:and|&|\+|\/|x)\b)|^\s*\S+(?:\s\S+)?,\s+meet\s+\S+/i;
const WEAK_SUBJECT_INTRO = /\s\/{1,2}\s|\s\+\s|\s&\s|\s[x×]\s|\bmeet\b|\bconnect(?:ing|ion)?\b|\bintro(?:duction)?\b/i;

const BCC_YOU = /\b(bcc'?(ing|ed|d)?|bcc-ing|blind[- ]cop(y|ying|ied)) (you|u)\b|\byou('re| are) (on )?(bcc|blind copy)\b/;

const COPIED_TO_KNOW = /\b(copied|copying|cc'?d|cc'?ing|cc|looped in|looping in|included|kept)\b.{0,40}\bfor (visibility|awareness|transparency|information|info|reference|the record|your records|fyi)\b/;

const OWNER_WELCOMES_INTROS = /\b(happy|glad|keen) to be (introduced|connected|put in touch)\b|\b(happy|fine|ok|okay) for you to (pass|give|share|send) (on )?my (number|email|details|contact)|\bsend (them|anyone|people|folks|him|her)\b.{0,20}\bmy way\b/;

export interface IntroFinding extends Found {
  strength: number;
}

export function findIntro(readings: Reading[], thread: Thread, people: People): IntroFinding | null {
  const threadSubject = stripReplyPrefix(thread.subject || thread.messages[0]?.subject || '');
  for (const reading of readings) {
    if (!reading.author || (!reading.byMe && !reading.toMe)) continue;
    if (isSelfOrGroup(reading, people)) continue;
    const finding = scoreIntro(reading, thread, people, threadSubject);
    if (finding) return finding;
  }
  return null;
}

/**
 * Weighs the signs that a message introduces people: a performative sentence, several people greeted by
 * name, an intro subject, a hand-off. Mail written as an intro seldom shows just one of them.
 */
function scoreIntro(reading: Reading, thread: Thread, people: People, threadSubject: string): IntroFinding | null {
  let act: AddressedSentence | null = null;
  let actStrength = 0;
  let weakActs = 0;
  const isKnownName = (word: string) => people.isKnownFirstName(word);
  for (const sentence of reading.sentences) {
    // "Before I connect you with Hannes, are you open to it?" asks; it does not introduce.
    if (cue.consentAsk(sentence)) continue;
    const strength = cue.introAct(sentence, isKnownName);
    if (strength === 0 || namesOnlyAuthor(sentence, reading, people)) continue;
    if (strength === 1) weakActs++;
    if (strength > actStrength) {
      act = sentence;
      actStrength = strength;
    }
  }
  const others = otherParticipants(reading, thread, people);
  const handOff = reading.sentences.find((s) => cue.handOff(s));
  const greeted = new Set<string>();
  for (const sentence of reading.sentences) for (const person of sentence.addressees) greeted.add(person.email || person.name);
  // Replies keep the intro's subject; it speaks for the message that set it, or for quoted text that has none.
  const ownSubject = reading.utterance.subject;
  const subject = ownSubject ? (isReplySubject(ownSubject) ? '' : stripReplyPrefix(ownSubject)) : threadSubject;

  let score = actStrength === 2 ? 3 : Math.min(3, 1.5 * weakActs);
  if (handOff) score += 1;
  if (greeted.size >= 2) score += 1.5;
  if (STRONG_SUBJECT_INTRO.test(subject) || (WEAK_SUBJECT_INTRO.test(subject) && subjectNamesTwoPeople(subject, people))) score += 1.5;
  else if (WEAK_SUBJECT_INTRO.test(subject)) score += 0.75;
  if (others.length > 0) score += 0.5;
  // The costlier signs below add at most 2.5 and the checks after them only subtract: most messages stop here.
  if (score + 2.5 < 3) return null;
  if (describesOneToAnother(reading, people)) score += 1.5;
  if (reading.sentences.some((s) => cue.consentStated(s) || recallsPromisedIntro(s.norm))) score += 1;
  if (score < 3) return null;
  // Copied (or blind-copied) on someone else's intro: two other people greeted, the owner neither greeted nor in To.
  if (!reading.byMe && greeted.size >= 2 && !reading.sentences.some((s) => greetsMe(s, people))) {
    const inTo = reading.utterance.to.some((p) => people.isMe(p));
    const namingMe = reading.sentences.filter((s) => capitalisedWords(s.text).some((word) => people.isMyName(word.toLowerCase())));
    // Named only in a side note that says so: "(Henrik, bcc'ing you so you know this happened)", or as copied only to be
    // kept informed: "Leo (cc) is just copied for visibility".
    const toldOfBcc = reading.sentences.some((s) => BCC_YOU.test(s.norm));
    const copiedToKnow = namingMe.some((s) => COPIED_TO_KNOW.test(s.norm));
    if (!inTo && (namingMe.length === 0 || toldOfBcc || copiedToKnow)) return null;
  }
  if (others.length === 0 && !mentionsThirdPerson(reading, people)) score -= 2;
  if (reading.sentences.some((s) => cue.consentAsk(s) || cue.forwardableNote(s))) score -= 2;
  if (actStrength < 2 && reading.sentences.some((s) => cue.introRequest(s) || cue.contactRequest(s))) score -= 2;
  if (score < 3) return null;
  const evidence = act ?? handOff ?? reading.sentences.find((s) => s.addressees.length > 0) ?? reading.sentences[0];
  if (!evidence) return null;
  return { reading, sentence: evidence, strength: Math.min(0.95, 0.45 + score / 10) };
}

const DESCRIBED = /(?:^|[,;:.—–-]\s+|\band\s+)([A-ZÀ-Þ][A-Za-zÀ-ɏ'-]+)(?:\s+[A-ZÀ-Þ][A-Za-zÀ-ɏ'-]+)?(?:'s\s+(?:the|a|an|our|my)\b|(?:'s)?\s+(?:is|runs|leads|heads|works|has|had|was|did|does|built|founded|manages|owns|maintains|needs|wants|just|recently|knows|teaches|makes|fixes|writes|designs|organi[sz]es|'s)\b)/g;

/**
 * "Halima - Gwen is a senior researcher...", "Stefan is looking for a venue, and Rachel manages one":
 * the writer describes the people on the thread to each other, which is what an introduction does.
 */
function describesOneToAnother(reading: Reading, people: People): boolean {
  const described = new Set<string>();
  for (const sentence of reading.sentences) {
    const body = sentence.text.replace(/^(?:(?:hi|hey|hello|dear)\s+)?[^\s,:—–-]+\s*[,:—–-]+\s*/i, ', ');
    DESCRIBED.lastIndex = 0;
    for (let match = DESCRIBED.exec(body); match; match = DESCRIBED.exec(body)) {
      const person = people.namedBy(match[1]);
      if (!person || sameAddress(person, reading.author)) continue;
      // Told to someone else: enough on its own. Told to nobody in particular: needs a second person described.
      if (sentence.addressees.length === 1 && !sameAddress(person, sentence.addressees[0]) && !sameName(person, sentence.addressees[0])) return true;
      described.add(person.email || person.name);
    }
  }
  return described.size >= 2;
}

/** Subjects such as "Stefan / Rachel - launch venue" that name two people on the thread. */
function subjectNamesTwoPeople(subject: string, people: People): boolean {
  const named = new Set<string>();
  for (const word of subject.match(/[A-ZÀ-Þ][A-Za-zÀ-ɏ'-]+/g) ?? []) {
    const person = people.namedBy(word);
    if (person) named.add(person.email || person.name);
  }
  return named.size >= 2;
}

function isReplySubject(subject: string): boolean {
  return /^\s*(?:re|aw|sv|antw)\s*(?:\[\d+\])?\s*:/i.test(subject);
}

function stripReplyPrefix(subject: string): string {
  return subject.replace(/^\s*(?:(?:re|fwd?|aw|wg|sv|tr|rv)\s*(?:\[\d+\])?\s*:\s*)+/i, '').trim();
}

/** "I'd like to introduce myself" in other words: the only person the act names is its author. */
function namesOnlyAuthor(sentence: AddressedSentence, reading: Reading, people: People): boolean {
  // Introducing oneself; "we don't take on repair calls ourselves" is something else.
  if (/\b(introduc\w*|intro|present\w*|connect\w*|about) (myself|ourselves)\b/.test(sentence.norm)) return true;
  const authorNames = reading.author ? nameParts(reading.author.name) : [];
  const named = capitalisedWords(sentence.text).filter((word) => !people.isMyName(word));
  return named.length > 0 && named.every((word) => authorNames.includes(word.toLowerCase()));
}

export function judgeIntro(found: IntroFinding, readings: Reading[], thread: Thread, people: People): Verdict {
  const { reading } = found;
  const kind: IntroKind = reading.byMe ? 'my-intro' : 'intro';
  const introducer = kind === 'my-intro' ? people.meAsPerson() : (reading.author as Person);
  const parties = introParties(reading, thread, people, introducer);
  const base = baseVerdict(kind, found.strength, found.sentence.text, introducer, parties);
  if (kind === 'my-intro') return base;

  const introIndex = readings.indexOf(reading);
  const { consent, ownerAsked } = consentShown(readings, introIndex, people);
  const relevant = readings.filter((r, i) => !r.byMe && (r.toMe || i <= introIndex));
  const flags: Flag[] = [];
  if (!consent.shown) flags.push(flag('no-consent', found.sentence.text, 'you', 0.8));
  const etiquette = etiquetteFlags(relevant, people, { beneficiary: people.meAsPerson(), isOwner: true, anchor: found.sentence.text });
  // An intro the owner asked for is one they wanted: rule 2 asks the requester for a benefit, and here that is the owner.
  flags.push(...etiquette.flags.filter((f) => !(ownerAsked && f.code === 'no-benefit')));
  return { ...base, consent, flags, benefit: etiquette.benefit };
}

function introParties(reading: Reading, thread: Thread, people: People, introducer: Person): Person[] {
  const exclude = (p: Person) => people.isMe(p) || sameAddress(p, introducer) || isListAddress(p.email);
  const found = new Map<string, Person>();
  const add = (p: Person | null) => {
    if (p && p.email && !exclude(p)) found.set(p.email, p);
  };
  const u = reading.utterance;
  if (u.to.length + u.cc.length > 0) [...u.to, ...u.cc].map((p) => people.resolve(p)).forEach(add);
  else otherParticipants(reading, thread, people).forEach(add);
  for (const address of addressesInText(u.text)) add(people.resolve({ name: '', email: address }) ?? { name: '', email: address });
  if (found.size === 0) {
    for (const word of capitalisedWords(reading.sentences.filter((s) => cue.introAct(s, (word) => people.isKnownFirstName(word)) === 2).map((s) => s.text).join(' '))) {
      const person = people.findByName(word);
      if (person) add(person);
    }
  }
  return [...found.values()];
}

/** Everyone else on the message that carried the reading: recipients, or the thread's people for quoted text. */
function otherParticipants(reading: Reading, thread: Thread, people: People): Person[] {
  const u = reading.utterance;
  const candidates = u.to.length + u.cc.length > 0 || u.origin === 'message'
    ? [...u.to, ...u.cc]
    : thread.messages.flatMap((m) => [m.from, ...m.to, ...m.cc]);
  const unique = new Map<string, Person>();
  for (const person of candidates) {
    const resolved = people.resolve(person);
    if (!resolved || !resolved.email || people.isMe(resolved) || sameAddress(resolved, reading.author) || isListAddress(resolved.email)) continue;
    unique.set(resolved.email, resolved);
  }
  return [...unique.values()];
}

// "as you requested", "you asked last week whether I knew anyone", "at your request"
const OWNER_ASKED = phrase(/\bas you (asked|requested|wanted)\b|\byou asked (me )?~3(for|if|whether|about|who)\b|\byou (told|asked) me ~3to (send|introduce|connect|put)\b|\b(at|per) your request\b|\bas requested\b/);

/** The consent the thread shows, and whether it is the owner's own request for the intro. */
function consentShown(readings: Reading[], introIndex: number, people: People): { consent: Verdict['consent']; ownerAsked: boolean } {
  const shownBy = (sentence: AddressedSentence, ownerAsked: boolean) => ({ consent: { shown: true, evidence: sentence.text }, ownerAsked });
  const intro = readings[introIndex];
  // The owner's own request says the most ("as promised, here's the intro ... she asked me last week whether..."), so it wins.
  let stated: AddressedSentence | null = null;
  for (const sentence of intro.sentences) {
    const toMe = cue.consentStated(sentence) && speaksToMe(sentence, intro, people);
    if (toldTheOtherSideOwnerAsked(sentence, people) || (toMe && OWNER_ASKED.test(sentence.norm))) return shownBy(sentence, true);
    if (!stated && (toMe || toldTheOtherSideOwnerAgreed(sentence, intro, people))) stated = sentence;
  }
  if (stated) return shownBy(stated, false);
  for (let i = 0; i < introIndex; i++) {
    const earlier = readings[i];
    if (earlier.byMe) {
      // The owner asked for this introduction, or said they would welcome such intros: that is consent, and what the owner
      // invited needs no benefit spelled out to them.
      const asked = earlier.sentences.find((s) => cue.introRequest(s) || OWNER_WELCOMES_INTROS.test(s.norm));
      if (asked) return shownBy(asked, true);
      continue;
    }
    if (!earlier.toMe) continue;
    // For consent, any question that leaves the owner a choice counts as the ask.
    const ask = earlier.sentences.find((s) => cue.consentAsk(s) || asksOwnerToChoose(s.norm));
    if (!ask) {
      const stated = earlier.sentences.find((s) => cue.consentStated(s) && speaksToMe(s, earlier, people));
      if (stated) return shownBy(stated, OWNER_ASKED.test(stated.norm));
      continue;
    }
    const answer = readings.slice(i + 1, introIndex + 1).find((r) => r.byMe);
    if (answer && readAnswer(answer.sentences.map((s) => s.norm)) === 'yes') {
      return shownBy(answer.sentences.find((s) => readAnswer([s.norm]) === 'yes') ?? answer.sentences[0], false);
    }
  }
  // A promise kept to the owner ("as promised, please meet Anneke") shows the intro was wanted, when nothing says more.
  const promised = intro.sentences.find((s) => !s.quoted && recallsPromisedIntro(s.norm) && speaksToMe(s, intro, people));
  if (promised) return shownBy(promised, false);
  return { consent: { shown: false, evidence: '' }, ownerAsked: false };
}

// Told to the other side: "Priyanka ... She asked me last week whether I knew anyone who books podcast guests."
const ASKED_THE_INTRODUCER = /^(?:and |so )?(\S+) (?:\S+ ){0,2}?asked me (?:\S+ ){0,3}?(?:(?:whether|if) i (?:knew|know|could)|for an? (?:intro|introduction)|to (?:introduce|connect))\b/;

/** The introducer telling the other side that the owner ("she", or the owner's name) asked for this introduction. */
function toldTheOtherSideOwnerAsked(sentence: AddressedSentence, people: People): boolean {
  if (sentence.addressees.length === 0 || sentence.addressees.some((p) => people.isMe(p))) return false;
  const asker = sentence.norm.match(ASKED_THE_INTRODUCER)?.[1];
  return asker !== undefined && (asker === 'she' || asker === 'he' || asker === 'they' || people.isMyName(asker));
}

// Told to the other side: "Isla, this is Eilidh, who said she was up for answering your questions", "John has kindly agreed to share...".
const AGREED = "(?:has |had )?(?:already |very |most |so )?(?:kindly |graciously |generously )?(?:agreed|offered|volunteered|said yes|said (?:she|he|they)(?:'d| would| was| were| is| are| will)? (?:be )?(?:happy|glad|up for|keen|open|delighted|willing|game))\\b";
const THE_ONE_WHO_AGREED = new RegExp(`([^\\s,]+),? who ${AGREED}|^(?:and |so )?(\\S+) ${AGREED}`);

/** The introducer telling someone else that the owner (by name, or "she" in mail to another) agreed to this introduction. */
function toldTheOtherSideOwnerAgreed(sentence: AddressedSentence, reading: Reading, people: People): boolean {
  const toOthers = sentence.addressees.length > 0 ? !sentence.addressees.some((p) => people.isMe(p)) : !sentence.toGroup && !reading.utterance.to.some((p) => people.isMe(p));
  const match = toOthers ? sentence.norm.match(THE_ONE_WHO_AGREED) : null;
  const who = match?.[1] ?? match?.[2];
  return who !== undefined && (who === 'she' || who === 'he' || who === 'they' || people.isMyName(who));
}

/**
 * Whether "you" in the sentence takes in the owner: named, greeted as one of a group, "you both", or in mail to them
 * rather than a copy ("when I asked you on Tuesday, you said absolutely", with the owner only in Cc, is someone else).
 */
function speaksToMe(sentence: AddressedSentence, reading: Reading, people: People): boolean {
  if (greetsMe(sentence, people) || BOTH_OF_YOU.test(sentence.norm)) return true;
  const to = reading.utterance.to;
  return sentence.addressees.length === 0 && (to.length === 0 || to.some((p) => people.isMe(p)));
}

/** Whether the sentence's greeting takes in the owner: by name, or as one of a crowd ("hi all") that names nobody. */
function greetsMe(sentence: AddressedSentence, people: People): boolean {
  return sentence.addressees.length > 0 ? sentence.addressees.some((p) => people.isMe(p)) : sentence.toGroup;
}

const BOTH_OF_YOU = /\b(you both|both of you|you two|each of you|you all|everyone|both)\b/;
