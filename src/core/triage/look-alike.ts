// Recognises mail that mentions meeting or introductions without anyone being introduced to anyone.
import { WordGate } from '../text/word-gates';
import { oneMatcher, phrase } from '../text/patterns';

/** Bulk and machine mail: newsletters, invitations, notifications. */
const BULK_MAIL = [
  /\bunsubscribe\b/,
  /\bview (this email |it )?in (your |a )?browser\b/,
  /\byou('re| are) receiving this\b/,
  /\bmanage (your )?(email )?(preferences|subscriptions?|notifications)\b/,
  /\bmeet\.google\.com\b|\bjoin (with )?google meet\b|\bzoom\.us\/|\bteams\.microsoft\.com\b|\bjoin (the )?(zoom|teams|webex) (meeting|call)\b/,
  phrase(/\binvitation from ~calendar\b|\bhas (accepted|declined|tentatively accepted) (this|your) invitation\b|\b(accept|decline|tentative|maybe) ?[|/] ?(accept|decline|tentative|maybe)\b|\bhas invited you\b|\bmore options\b.*\binvitation\b/),
  /\bwants to connect (with you )?on\b|\baccept invitation\b|\bview profile\b|\bpeople you may know\b/,
  /\bthis is an automated\b|\bdo not reply\b|\bnoreply\b|\bno-reply\b/,
  /\bregister (now|here|today)\b|\brsvp\b|\bsave (the|your) (date|seat|spot)\b|\bget your tickets?\b/,
];
const BULK_MAIL_MATCHER = oneMatcher(BULK_MAIL);

/** Announcements and self-introductions: a sender presenting themself, a product or a new colleague to a group. */
const SELF_OR_GROUP = [
  /\b(introduce|introducing) (myself|ourselves)\b/,
  /\b(let me|allow me to|wanted to|want to|i'd like to) introduce (myself|ourselves|our|my company|my team)\b/,
  /\bmy name is\b/,
  /^(hi,? )?(i'm|i am) (?!(\S+ing|so|very|just|really|happy|glad|not|also|still|sure|afraid|sorry|excited|delighted|pleased|thrilled|back|here|in|on|off|free|around|available|a|an|the)\b)[a-z]+( [a-z]+)? ?(,|-|–|from\b) ?|\bi came across your (profile|work|linkedin|cv|resume)\b|\bone of my clients\b|\b(quick )?intro(duction)? ?[-:–—,] ?(i'm|i am|my name is|this is)\b|\b(i'm|i am) \S+,? (and )?i (lead|run|head|work|manage|help|own)\b/,
  /\b(at|visit|find|meet us at|drop by|stop by) (our )?booth\b|\bbooth (# ?)?\d/,
  phrase(/\bintroduce (this year's|this term's|our new|the new|our) ~3(team|staff|representatives|reps|committee|board|volunteers|members|cohort|speakers|panel|trustees|governors)\b/),
  /\bplease (join me in )?(welcome|help me welcome|give a warm welcome)\b/,
  phrase(/\b(is|are|has|have) ~join(ed|ing) (us|the team|our team|the company|as)\b/),
  /\bwelcome (to the team|aboard|on board)\b/,
  /\b(your|a) new (account manager|point of contact|customer success|csm|rep|representative|contact person)\b/,
  /\bi('ll| will) be (your|taking over)\b/,
  /\b(i'm|i am) (reaching out|writing) (from|because)\b/,
  // Referred, not introduced: "Dana suggested I reach out", "your name came up", "Anna gave me your email".
  /\b(suggested|recommended) (that )?i (reach out|contact|get in touch|email|write|speak)|\byour name came up\b|\b(gave|passed|forwarded|sent) me your (name|email|details|contact|number|address)\b|\breferred me to you\b|\bpointed me (to|towards|in your direction)\b/,
];
const SELF_OR_GROUP_MATCHER = oneMatcher(SELF_OR_GROUP);

const BULK_GATE = new WordGate(/brow|rece|pref|subs|noti|goog|zoom|team|webe|conn|prof|know|auto|repl|regi|rsvp|save|tick|invi|acce|decl|tent|mayb/, BULK_MAIL);
const SELF_OR_GROUP_GATE = new WordGate(/intr|name|welc|join|mana|cont|cust|csm|rep\b|repr|your|taki|boot|sugg|reco|refe|poin|i'm\b|\bam\b|clie/, SELF_OR_GROUP);

export function isBulkMail(norm: string, gates?: number): boolean {
  return BULK_GATE.passes(norm, gates) && BULK_MAIL_MATCHER.test(norm);
}

export function isSelfOrGroupAnnouncement(norm: string, gates?: number): boolean {
  return SELF_OR_GROUP_GATE.passes(norm, gates) && SELF_OR_GROUP_MATCHER.test(norm);
}

/** Addresses that stand for a list rather than a person. */
export function isListAddress(email: string): boolean {
  return /^(all|everyone|team|staff|company|announce\w*|news\w*|hello|info|office|eng|engineering|sales|marketing|support|hr|people|community|members|list|group|noreply|no-reply|undisclosed)[-._@+]/.test(email);
}
