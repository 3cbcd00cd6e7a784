// Decides what a thread is for its owner and what it breaks of the intro etiquette, with the sentences that show it.
import type { Person, Thread } from '../thread/thread';
import type { Flag, FlagCode, IntroKind, Verdict } from './verdict';
import { addressSentences, type AddressedSentence } from './addressing';
import { ASKER, benefitPatterns, statesBenefit, thirdPerson, YOU } from './benefit';
import { brainPickStrength } from './brain-pick';
import { leavesChoice, readAnswer } from './consent';
import { foreignConsent, foreignIntroAct, isEnglish } from './language';
import { isListAddress } from './look-alike';
import * as cue from './sentence-cues';
import { oneOf } from '../text/patterns';
import { addressesInText, firstName, nameParts, People } from './people';
import { FLAG_RULES, reasonFor } from './reasons';
import { isAboutFundraising, isSalesPitch } from './sales-pitch';
import { buildTimeline, type Utterance } from './timeline';

/** An utterance with its sentences read and its relation to the owner settled. */
interface Reading {
  utterance: Utterance;
  author: Person | null;
  byMe: boolean;
  toMe: boolean;
  sentences: AddressedSentence[];
}

interface Found {
  reading: Reading;
  sentence: AddressedSentence;
}

const STRONG_SUBJECT_INTRO = /<-*>|<=+>|\bintro(?:duction|ducing)?\s*[:-]|\bintro(?:duction|ducing)?\b(?!\s+to\b)(?=.*\b(?:and|&|\+|\/|x)\b)|^\s*\S+(?:\s\S+)?,\s+meet\s+\S+/i;
const WEAK_SUBJECT_INTRO = /\s\/\s|\s\+\s|\s&\s|\s[x×]\s|\bmeet\b|\bconnect(?:ing|ion)?\b|\bintro(?:duction)?\b/i;

/** Triage of a whole thread from the point of view of `me` (the owner's address, or all their aliases). */
export function triage(thread: Thread, me: string | readonly string[]): Verdict {
  const myAddresses = typeof me === 'string' ? [me] : [...me];
  const timeline = buildTimeline(thread);
  const people = new People(thread, timeline, myAddresses);
  const readings = timeline.map((utterance) => read(utterance, thread, people));
  const othersText = readings.filter((r) => !r.byMe).map((r) => r.utterance.text).join('\n');
  const allText = readings.map((r) => r.utterance.text).join('\n');

  if (!isEnglish(othersText || allText)) return triageForeign(readings, people);

  const bulk = readings.some((r) => !r.byMe && r.sentences.some((s) => cue.bulkMail(s)));
  const intro = bulk ? null : findIntro(readings, thread, people);
  if (intro) return judgeIntro(intro, readings, thread, people);

  const ask = bulk ? null : findConsentAsk(readings, people);
  if (ask) return judgeConsentAsk(ask, readings, people);

  const request = bulk ? null : findRequest(readings, people);
  if (request && !isToGroup(request.reading)) return judgeRequest(request, readings, people);

  return otherVerdict(bulk || readings.some((r) => r.sentences.some((s) => cue.selfOrGroup(s))) ? 0.9 : 0.75);
}

function read(utterance: Utterance, thread: Thread, people: People): Reading {
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

function firstFound(readings: Reading[], which: (r: Reading) => boolean, test: (s: AddressedSentence) => boolean): Found | null {
  for (const reading of readings) {
    if (!which(reading)) continue;
    const sentence = reading.sentences.find(test);
    if (sentence) return { reading, sentence };
  }
  return null;
}

// ---------------------------------------------------------------- intro / my-intro

interface IntroFinding extends Found {
  strength: number;
}

function findIntro(readings: Reading[], thread: Thread, people: People): IntroFinding | null {
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
  if (reading.sentences.some((s) => cue.consentStated(s))) score += 1;
  if (score < 3) return null;
  // Copied on someone else's intro: two other people greeted, the owner neither greeted nor in To.
  if (!reading.byMe && greeted.size >= 2 && !reading.sentences.some((s) => s.toGroup || s.addressees.some((p) => people.isMe(p)))) {
    const inTo = reading.utterance.to.some((p) => people.isMe(p));
    const namesMe = reading.sentences.some((s) => capitalisedWords(s.text).some((word) => people.isMyName(word.toLowerCase())));
    if (!inTo && !namesMe && reading.utterance.cc.some((p) => people.isMe(p))) return null;
  }
  if (others.length === 0 && !mentionsThirdPerson(reading, people)) score -= 2;
  if (reading.sentences.some((s) => cue.consentAsk(s) || cue.forwardableNote(s))) score -= 2;
  if (actStrength < 2 && reading.sentences.some((s) => cue.introRequest(s))) score -= 2;
  if (score < 3) return null;
  const evidence = act ?? handOff ?? reading.sentences.find((s) => s.addressees.length > 0) ?? reading.sentences[0];
  if (!evidence) return null;
  return { reading, sentence: evidence, strength: Math.min(0.95, 0.45 + score / 10) };
}

const DESCRIBED = /(?:^|[,;:.\u2014\u2013-]\s+|\band\s+)([A-Z\u00c0-\u00de][A-Za-z\u00c0-\u024f'-]+)(?:'s)?\s+(?:is|runs|leads|heads|works|has|had|was|did|does|built|founded|manages|owns|maintains|needs|wants|just|recently|knows|teaches|makes|fixes|writes|designs|organi[sz]es|'s)\b/g;

/**
 * "Halima - Gwen is a senior researcher...", "Stefan is looking for a venue, and Rachel manages one":
 * the writer describes the people on the thread to each other, which is what an introduction does.
 */
function describesOneToAnother(reading: Reading, people: People): boolean {
  const described = new Set<string>();
  for (const sentence of reading.sentences) {
    const body = sentence.text.replace(/^(?:(?:hi|hey|hello|dear)\s+)?[^\s,:\u2014\u2013-]+\s*[,:\u2014\u2013-]+\s*/i, ', ');
    DESCRIBED.lastIndex = 0;
    for (let match = DESCRIBED.exec(body); match; match = DESCRIBED.exec(body)) {
      const person = people.findByName(match[1]);
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
  for (const word of subject.match(/[A-Z\u00c0-\u00de][A-Za-z\u00c0-\u024f'-]+/g) ?? []) {
    const person = people.findByName(word);
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
  if (/\b(?:myself|ourselves)\b/.test(sentence.norm)) return true;
  const authorNames = reading.author ? nameParts(reading.author.name) : [];
  const named = capitalisedWords(sentence.text).filter((word) => !people.isMyName(word));
  return named.length > 0 && named.every((word) => authorNames.includes(word.toLowerCase()));
}

function judgeIntro(found: IntroFinding, readings: Reading[], thread: Thread, people: People): Verdict {
  const { reading } = found;
  const kind: IntroKind = reading.byMe ? 'my-intro' : 'intro';
  const introducer = kind === 'my-intro' ? people.meAsPerson() : (reading.author as Person);
  const parties = introParties(reading, thread, people, introducer);
  const base = baseVerdict(kind, found.strength, found.sentence.text, introducer, parties);
  if (kind === 'my-intro') return base;

  const introIndex = readings.indexOf(reading);
  const consent = consentShown(readings, introIndex, people);
  const relevant = readings.filter((r, i) => !r.byMe && (r.toMe || i <= introIndex));
  const flags: Flag[] = [];
  if (!consent.shown) flags.push(flag('no-consent', found.sentence.text, 'you', 0.8));
  const etiquette = etiquetteFlags(relevant, people, { beneficiary: people.meAsPerson(), isOwner: true, anchor: found.sentence.text });
  flags.push(...etiquette.flags);
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

function consentShown(readings: Reading[], introIndex: number, people: People): Verdict['consent'] {
  const intro = readings[introIndex];
  for (const sentence of intro.sentences) {
    if (cue.consentStated(sentence) && speaksToMe(sentence, people)) return { shown: true, evidence: sentence.text };
  }
  for (let i = 0; i < introIndex; i++) {
    const earlier = readings[i];
    if (earlier.byMe) {
      // The owner asked for this introduction: that is consent.
      const asked = earlier.sentences.find((s) => cue.introRequest(s));
      if (asked) return { shown: true, evidence: asked.text };
      continue;
    }
    if (!earlier.toMe) continue;
    const ask = earlier.sentences.find((s) => cue.consentAsk(s));
    if (!ask) {
      const stated = earlier.sentences.find((s) => cue.consentStated(s) && speaksToMe(s, people));
      if (stated) return { shown: true, evidence: stated.text };
      continue;
    }
    const answer = readings.slice(i + 1, introIndex + 1).find((r) => r.byMe);
    if (answer && readAnswer(answer.sentences.map((s) => s.norm)) === 'yes') {
      return { shown: true, evidence: answer.sentences.find((s) => readAnswer([s.norm]) === 'yes')?.text ?? answer.sentences[0].text };
    }
  }
  return { shown: false, evidence: '' };
}

function speaksToMe(sentence: AddressedSentence, people: People): boolean {
  return sentence.toGroup || sentence.addressees.length === 0 || sentence.addressees.some((p) => people.isMe(p));
}

// ---------------------------------------------------------------- consent-ask

/** A consent ask names the person on offer near the question: "an intro to Tomás?", "meeting my friend Bianca?". */
function findConsentAsk(readings: Reading[], people: People): Found | null {
  for (const reading of readings) {
    if (reading.byMe || !reading.toMe) continue;
    const index = reading.sentences.findIndex((s) => cue.consentAsk(s));
    if (index < 0) continue;
    // A seller or recruiter presenting themself asks for a call with them, not with a third person.
    const presentsSelf = reading.sentences.some((s) => cue.selfOrGroup(s) || /^(?:i'm|i am)\s+\S+,?\s+(?:a|an|the)\s/.test(s.norm));
    if (presentsSelf && !/\bintro|introduc|connect\b/.test(reading.sentences[index].norm)) continue;
    // The person on offer is described before the question, or just after it.
    const near = reading.sentences.filter((_s, i) => i >= index - 4 && i <= index + 1);
    const carriesNote = readings.some((r) => r !== reading && r.utterance.messageIndex === reading.utterance.messageIndex &&
      (r.utterance.origin === 'forwarded' || (!r.byMe && !sameAddress(r.author, reading.author) && r.sentences.some((s) => cue.introRequest(s)))));
    if (carriesNote || near.some((s) => namesThirdPerson(s, reading, people))) return { reading, sentence: reading.sentences[index] };
  }
  return null;
}

const THIRD_PERSON_WORDS = /\b(?:he|she|him|her|his|hers|intro(?:duction)?|introduce|someone|somebody|friend|colleague|co-?founder|mentee|student|cousin|nephew|niece|son|daughter|neighbou?r|classmate|former colleague|ex-colleague|buddy|mate|pal|teammate|roommate|acquaintance|old boss|portfolio|a founder|one of (?:my|our) founders)\b/;

function namesThirdPerson(sentence: AddressedSentence, reading: Reading, people: People): boolean {
  if (THIRD_PERSON_WORDS.test(sentence.norm)) return true;
  if (addressesInText(sentence.text).some((a) => !people.isMyAddress(a) && a !== reading.author?.email)) return true;
  const authorParts = reading.author ? nameParts(reading.author.name) : [];
  return capitalisedWords(sentence.text).some((word) => {
    const lower = word.toLowerCase();
    return !COMMON_CAPITALISED.has(lower) && !people.isMyName(lower) && !authorParts.includes(lower) && people.findByName(lower) !== null;
  }) || /\b(?:to|with|meet(?:ing)?)\s+(?:my\s+\S+\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:\s*(?:\?|\(|,|$)|\s+(?:at|from|of|who)\b)/.test(sentence.text);
}

function judgeConsentAsk(ask: Found, readings: Reading[], people: People): Verdict {
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

// ---------------------------------------------------------------- intro-request

/** An explicit ask for an intro or a contact; failing that, a wish to speak with someone the owner knows and the mail does not copy. */
function findRequest(readings: Reading[], people: People): Found | null {
  const explicit = firstFound(readings, (r) => !r.byMe && r.toMe, (s) => cue.introRequest(s) || cue.contactRequest(s));
  if (explicit) return explicit;
  return firstFound(readings, (r) => !r.byMe && r.toMe && r.utterance.origin === 'message', (s) => {
    const wish = s.text.match(WISH_TO_MEET);
    if (!wish) return false;
    const named = people.findByName(wish[1]);
    return !named || !people.isMe(named);
  });
}

const WISH_TO_MEET = /\b(?:I'd|I would|we'd|we would)\s+(?:really\s+)?(?:love|like)\s+to\s+(?:speak|talk|chat|meet|connect|get in touch)\s+with\s+([A-Z\u00c0-\u00de][\p{L}'-]+)/u;

function judgeRequest(request: Found, readings: Reading[], people: People): Verdict {
  const requester = request.reading.author as Person;
  const byRequester = readings.filter((r) => sameAddress(r.author, requester) || (r.utterance.origin === 'forwarded' && sameAddress(r.author, requester)));
  const mine = readings.filter((r) => r.byMe);
  const exclude = (p: Person) => !p.email || people.isMe(p) || sameAddress(p, requester) || isListAddress(p.email);
  const targets = uniquePeople([
    ...addressesInText(byRequester.map((r) => r.utterance.text).join('\n')).map((email) => people.resolve({ name: '', email }) as Person),
    ...mine.flatMap((r) => [...r.utterance.to, ...r.utterance.cc].map((p) => people.resolve(p) as Person)),
  ]).filter((p) => !exclude(p));
  const names = targetNames(byRequester, targets, people, requester);
  const forwardable = byRequester.some((r) => r.sentences.some((s) => cue.forwardableNote(s)));
  const base = baseVerdict('intro-request', forwardable ? 0.9 : 0.85, request.sentence.text, requester, targets);
  const beneficiary: Person = targets[0] ?? { name: names[0] ?? '', email: '' };
  return { ...base, ...etiquetteFlags(byRequester, people, { beneficiary, isOwner: false, anchor: request.sentence.text, beneficiaryNames: names }) };
}

/** First names the requester uses for the person they want to meet, so "her" and "Greta" can be recognised. */
function targetNames(readings: Reading[], targets: Person[], people: People, requester: Person): string[] {
  const names = targets.map((t) => firstName(t).toLowerCase());
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

// ---------------------------------------------------------------- flags shared by every kind

interface FlagContext {
  beneficiary: Person;
  /** True when the beneficiary is the owner ("you" in mail to them). */
  isOwner: boolean;
  /** The sentence that carries the ask, cited when nothing more specific shows the problem. */
  anchor: string;
  beneficiaryNames?: string[];
}

function etiquetteFlags(readings: Reading[], people: People, context: FlagContext): Pick<Verdict, 'flags' | 'benefit'> {
  const who = context.isOwner ? 'you' : firstName(context.beneficiary) || 'the other person';
  const names = context.beneficiaryNames ?? (context.beneficiary.name ? [firstName(context.beneficiary).toLowerCase()] : []);
  // In mail to the owner "she" is the other side, so only the owner's name counts; a note written about the owner to
  // someone else (a forwarded blurb) calls them "she" too.
  const third = thirdPerson(names);
  const ownerByName = oneOf(names.length ? names : ['\u0000']);
  // Who would do the giving: the person introduced when the owner's time is asked, the asker when a target's is.
  const otherNames = context.isOwner ? [...people.firstNames().keys()].filter((name) => !people.isMyName(name)) : [];
  const giver = context.isOwner ? `(?:${thirdPerson(otherNames)}|${ASKER})` : ASKER;
  const toYou = benefitPatterns(YOU, giver);
  const toThird = benefitPatterns(third, giver);
  const toOwnerByName = benefitPatterns(ownerByName, giver);
  let benefit: string | null = null;
  let sales: string | null = null;
  let strongPick: string | null = null;
  let softPick: string | null = null;
  let contact: string | null = null;
  for (const reading of readings) {
    if (reading.byMe) continue;
    const fundraising = isAboutFundraising(reading.utterance.text.slice(0, 5000).toLowerCase());
    const aboutOwner = !context.isOwner || (reading.utterance.origin !== 'message' && !reading.utterance.to.some((p) => people.isMe(p)));
    for (const sentence of reading.sentences) {
      const ref = refersAsYou(sentence, reading, context, people) ? YOU : third;
      // Each question stops being asked once it is answered; a pitch matters only until both are.
      const selling = (!benefit || !sales) && isSalesPitch(sentence.norm, fundraising);
      const patterns = ref === YOU ? toYou : aboutOwner ? toThird : toOwnerByName;
      if (!benefit && statesBenefit(sentence.norm, patterns, selling)) benefit = sentence.text;
      if (!sales && selling) sales = sentence.text;
      const pick = strongPick ? null : brainPickStrength(sentence.norm);
      if (pick === 'strong') strongPick = sentence.text;
      if (pick === 'soft' && !softPick) softPick = sentence.text;
      if (!contact && reading.toMe && cue.contactRequest(sentence)) contact = sentence.text;
    }
  }
  const flags: Flag[] = [];
  if (!benefit) flags.push(flag('no-benefit', sales ?? strongPick ?? softPick ?? context.anchor, who, 0.7));
  const pick = strongPick ?? (sales ? null : softPick);
  if (!benefit && pick) flags.push(flag('brain-pick', pick, who, strongPick ? 0.85 : 0.65));
  if (contact) flags.push(flag('contact-request', contact, who, 0.85));
  if (sales) flags.push(flag('sales-pitch', sales, who, 0.75));
  return { flags, benefit: { shown: benefit !== null, evidence: benefit ?? '' } };
}

/** Whether "you" in this sentence means the beneficiary. */
function refersAsYou(sentence: AddressedSentence, reading: Reading, context: FlagContext, people: People): boolean {
  const target = context.beneficiary;
  if (sentence.addressees.length > 0 && !sentence.toGroup) {
    return sentence.addressees.some((p) => (context.isOwner ? people.isMe(p) : sameAddress(p, target) || sameName(p, target)));
  }
  if (context.isOwner) return reading.toMe;
  return [...reading.utterance.to, ...reading.utterance.cc].some((p) => sameAddress(p, target));
}

function flag(code: FlagCode, evidence: string, who: string, confidence: number): Flag {
  return { code, evidence, reason: reasonFor(code, who), rule: FLAG_RULES[code], confidence };
}

// ---------------------------------------------------------------- other languages

function triageForeign(readings: Reading[], people: People): Verdict {
  const act = firstFound(readings, (r) => !!r.author && (r.byMe || r.toMe), (s) => foreignIntroAct(s.norm));
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

// ---------------------------------------------------------------- helpers

function baseVerdict(kind: IntroKind, confidence: number, evidence: string, introducer: Person, parties: Person[]): Verdict {
  return {
    kind,
    confidence,
    kindEvidence: evidence,
    flags: [],
    introducer,
    parties,
    consent: { shown: false, evidence: '' },
    language: 'en',
  };
}

function otherVerdict(confidence: number): Verdict {
  return {
    kind: 'other', confidence, kindEvidence: '', flags: [], introducer: null, parties: [],
    consent: { shown: false, evidence: '' }, language: 'en',
  };
}

/** Mail to a list or a crowd ("hi all" to a dozen people): announcements, not introductions. */
function isToGroup(reading: Reading): boolean {
  const recipients = [...reading.utterance.to, ...reading.utterance.cc];
  if (recipients.some((p) => isListAddress(p.email)) || recipients.length > 8) return true;
  return recipients.length > 4 && reading.sentences.some((s) => s.toGroup && /^(?:hi |hey |hello |dear )?(?:all|everyone|everybody|team|folks)\b/.test(s.norm));
}

function isSelfOrGroup(reading: Reading, people: People): boolean {
  if (isToGroup(reading)) return true;
  return reading.sentences.some((s) => cue.selfOrGroup(s)) && !reading.sentences.some((s) => cue.introAct(s, (word) => people.isKnownFirstName(word)) === 2 && /\b(?:you two|you both|both of you|meet)\b/.test(s.norm));
}

function mentionsThirdPerson(reading: Reading, people: People): boolean {
  const authorParts = reading.author ? nameParts(reading.author.name) : [];
  if (addressesInText(reading.utterance.text).some((a) => !people.isMyAddress(a) && a !== reading.author?.email)) return true;
  if (/\b(?:my|a|an|our)\s+(?:\S+\s+){0,2}?(?:friend|colleague|co-?founder|founder|mentee|student|client|contact|cousin|nephew|niece|son|daughter|former|portfolio|someone|person|guy|woman|man)\b|\bsomeone\b/.test(reading.utterance.text.toLowerCase())) return true;
  return capitalisedWords(reading.utterance.text).some((word) => {
    const lower = word.toLowerCase();
    return !COMMON_CAPITALISED.has(lower) && !people.isMyName(lower) && !authorParts.includes(lower);
  });
}

/** Capitalised words not at a sentence start: likely names. */
function capitalisedWords(text: string): string[] {
  const words: string[] = [];
  const pattern = /(?<![.!?]\s|^)(?<=\s|\(|,)([A-Z\u00c0-\u00de][a-z\u00df-\u024f'’-]{1,25})\b/g;
  const bounded = text.slice(0, 5000);
  for (let match = pattern.exec(bounded); match; match = pattern.exec(bounded)) words.push(match[1].replace(/['’]s$/, ''));
  return words;
}

const COMMON_CAPITALISED = new Set(
  ('i monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october ' +
    'november december thanks thank best cheers regards hi hello hey dear yes no ok sure please linkedin google zoom ceo cto cfo coo vp ' +
    'the a an we you he she they it this that our my your his her their if and but so also as just quick let looking happy would could ' +
    'can will am pm re fwd fw sent from to subject date cc bcc english mba phd series q1 q2 q3 q4 ai api us uk eu').split(' '),
);

function uniquePeople(list: Person[]): Person[] {
  const map = new Map<string, Person>();
  for (const person of list) if (person && person.email && !map.has(person.email)) map.set(person.email, person);
  return [...map.values()];
}

function sameAddress(a: Person | null | undefined, b: Person | null | undefined): boolean {
  return !!a && !!b && !!a.email && a.email.toLowerCase() === b.email.toLowerCase();
}

function sameName(a: Person, b: Person): boolean {
  const first = nameParts(a.name)[0];
  return !!first && first === nameParts(b.name)[0];
}
