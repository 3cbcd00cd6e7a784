// Recognises a request for a third person's private contact details (rule 5).
import { WordGate } from '../text/word-gates';
import { oneMatcher, phrase } from '../text/patterns';

const DETAILS =
  '(e-?mail( address(es)?)?|emails|numbers?|contacts?( info(rmation)?| details)?|mail|address|phone( number)?|' +
  'cell( ?phone| number)?|mobile( number)?|telephone( number)?|landline|home (phone|number|address)|direct (line|dial)|' +
  'extension|details|whatsapp|signal|telegram|linkedin|handle|(personal|work|private) email|calendar link|calendly)';
const THIRD_PARTY = `(his|her|their|hers|(?!(it|that|what|let|there|here|he|she|who|where|how)'s)([a-zÀ-ɏ]+('s|s'))|the (ceo|cfo|cto|coo|founder|owner|manager|head|director|vp|buyer|right person|person)('s)?)`;

const CONTACT_REQUEST_PATTERNS: readonly RegExp[] = [
  // A list of other people's details: "names and emails of folks you know", "jot down their names and phone numbers",
  // "send me the names and the phone numbers".
  phrase(/\bnames? and (e-?mails|(phone )?numbers) of ~3(people|folks|friends) (you|u) know\b|\b((send|give|jot|write|list|pass|share|text|forward) ~3|(their|his|her) )names? and (the )?~(numbers?|e-?mails?|address(es)?)\b/),
  // "send me her email", "share his number", "could you pass along their contact info"
  phrase(`\\b(send|sending|share|sharing|give|giving|pass|passing|forward|forwarding|text|dm|drop|provide|shoot|get|ping|email|message|reply with|respond with|come back with|write back with) (me|us)? ?(along |over |on )?~3${THIRD_PARTY} ~${DETAILS}\\b`),
  // Any verb will do after "could you": "any chance you could flick me their email addresses?"
  phrase(`\\b((could|can|would) (you|u)|(you|u) (could|can|would)) ~\\S+ (me|us) ~2${THIRD_PARTY} ~${DETAILS}\\b`),
  // "u still have priya's email from the headset sponsor?"
  phrase(`\\b(you|u) (still )?(have|got) ${THIRD_PARTY} ~${DETAILS}\\b[^.!?]{0,80}\\?`),
  // Details asked for a list of people: "your friends with their home addresses", "mobile number and personal email".
  phrase(`\\b(with|including|plus) ${THIRD_PARTY} ~${DETAILS}\\b|\\b(mobile|cell|phone) numbers? and (personal|private|home) (e-?mail|address)`),
  // Typed without the apostrophe: "could u text me mo farouks cell"
  phrase(/\b(send|text|dm|give|pass|forward|shoot|ping|email|get) (me|us) ~[a-z]{2,}s (personal )?(cell|number|mobile|email|phone|digits|contact)\b/),
  phrase(`\\b(pass|send|shar|forward)(e|es|ed|ing)? (along|over|on) ${THIRD_PARTY} ~${DETAILS}\\b`),
  // "share the direct email or mobile number for your head of procurement"
  phrase(`\\b(share|send|give|pass|forward|provide) (me |us )?(along |over |on )?(the|a) ~2${DETAILS} ~4(for|of) (?!me\\b|you\\b|us\\b)`),
  // "what's her cell?", "do you have a number for him", "do you have Rafael's email"
  phrase(`\\bwhat('s| is| are) ${THIRD_PARTY} ~${DETAILS}\\b`),
  // A bare "his cell?" in a quick reply
  phrase(/^~2(his|her|their|(?!(it|that|what|let|there|here)'s)[a-z]+'s) ~(cell|number|email|phone|mobile|whatsapp|contact|details|linkedin) ?\?/),
  // Typed in a hurry: "whats ryans cell"
  phrase(`\\bwhats (?!your|ur|my|the\\b)\\S+ ~${DETAILS}\\b`),
  phrase(`\\b(do|would|might) you (happen to )?have (an? |the )?~2(${THIRD_PARTY} )?~${DETAILS}\\b(?! (for )?(me|us)\\b)`),
  // "if you have her mobile number, even better"
  phrase(`\\b(if|whether) you (happen to )?(have|know|still have) ${THIRD_PARTY} (direct |personal |work |private )?${DETAILS}\\b`),
  // "her email would be great", "even just his number is fine"
  phrase(`\\b(just )?${THIRD_PARTY} (direct |personal |work |private )?${DETAILS} (would|will|is|works|could) (be )?(great|fine|enough|perfect|helpful|ok|okay|work|do)`),
  phrase(`\\b(or|even) (just )?${THIRD_PARTY} (direct |personal |work )?${DETAILS}\\b`),
  // "got a personal email for her?", "any chance you've got a mobile for Father Declan?"
  /\b(got|have) an? (personal |direct |private |home |work )?(email|mobile|number|cell|phone|landline)( address| number)? for (?!(me|us|you)\b)/,
  /\b(how|where) (can|could|do|would|should) i (best )?(reach|contact|get hold of|get in touch with|email|call|text) (?!you\b)/,
  /\b(best|right|good) (way|email|number|address) to (reach|contact|get hold of) (?!you\b)/,
  // "the number for her" is hers; "the best number for him to call you on" is the owner's.
  phrase(`\\b(contact|contact details|contact info|details|number|email) for ~3{3obj}\\b(?! to (call|reach|text|ring|email|contact|message) (you|me)\\b)`),
];
const CONTACT_REQUEST_MATCHER = oneMatcher(CONTACT_REQUEST_PATTERNS);

/** Offers of one's own details, or details already handed over: not a request for someone else's. */
const NOT_A_CONTACT_REQUEST = phrase(/\b(my|our) ~(email|number|phone|cell|mobile|contact|details|calendar|calendly)\b(?!.*\b{3poss}\b)|\b(you|your) (name and )?(own |personal |work |direct |cell |mobile |phone )?(email|number|phone|cell|mobile|contact)\b|\bhere('s| is| are) {3poss}\b/);

const CONTACT_GATE = new WordGate(/mail|digi|addr|phon|numb|cell|mobi|line|dial|exte|cont|deta|what|sign|tele|link|hand|cale|reac|hold|\bhow\b|wher/, CONTACT_REQUEST_PATTERNS);

/** "She said I could pass on her email", "she asked me to pass on her details": the writer hands the details over. */
const WRITER_HANDS_ON = phrase(/\b((i|we)( could| can| will| may|'ll)?|(asked|told|wanted|allowed) (me|us) to) (pass|send|share|give|forward)( on| along| over)? (you )?{3poss} ~(email|number|mobile|phone|cell|contact|details|address)/);

export function isContactRequest(norm: string, gates?: number): boolean {
  if (!CONTACT_GATE.passes(norm, gates) || !CONTACT_REQUEST_MATCHER.test(norm) || WRITER_HANDS_ON.test(norm)) return false;
  // "give her your cell" hands over the owner's own number; "her cell" asks for hers.
  return !NOT_A_CONTACT_REQUEST.test(norm) || SOMEONE_ELSES_DETAILS.test(norm);
}

const SOMEONE_ELSES_DETAILS = phrase(/\b{3poss} ((?!your\b|my\b|our\b)\S+ )?(email|number|cell|mobile|phone|contact)/);
