// Recognises the double opt-in: an introducer asking first, the answer, and consent stated in so many words.
import { WordGate } from '../text/word-gates';
import { oneMatcher, phrase } from '../text/patterns';

const MEETING_OBJECT = `((me )?(putting|connecting|introducing|looping) (you|u|{3obj})\\b|letting {3obj}\\b|(an? )?(e-?|quick |email )?(sync|catch-?up|intro call|intro(duction)?s?|meet(ing)?|connect(ing|ion)?|chat(ting)?|talk(ing)?|speak(ing)?|call|coffee|being (introduced|connected|put in touch)|hear(ing)? (from|more)|grab(bing)?|hop(ping)? on|jump(ing)? on|get(ting)? (together|on a call|connected|introduced)|taking (a|the) (call|meeting)|hav(e|ing) (a|an) (call|chat|coffee|conversation)|having ~3on (the|your)))`;

/** An introducer asking the owner first: "would you be open to an intro to Tomás?", "ok if I connect you?". */
const CONSENT_ASK_PATTERNS: readonly RegExp[] = [
  phrase(`\\b(would|are|r|will|might) (you|u) ~(be )?(open|up|interested|willing|keen|game|available|amenable|happy|glad|ok|okay) (to|for|in) ~3${MEETING_OBJECT}`),
  /\b(would|are|r) (you|u) (be )?(open|up|keen|game|interested|down) ?(to it|for it|for that|for this|to this|to that)? ?[?]/,
  /\b(open|up|keen|interested) (to|for|in) (an? )?(e-?)?intro(duction)?\b/,
  phrase(`\\b(?<!(said|was) )(ok|okay|alright|all right|fine|cool) (with you )?(if i|for me to|to) ~1(intro|introduce|introduced|connect|connected|put|loop|looped|cc|share|shared|pass|passed|send|sent|make|made|gave|give|set up)\\b`),
  // "would you mind if I gave her your email?": the past tense of a polite ask.
  phrase(`\\b(mind|object) if i ~1(intro|introduce|introduced|connect|connected|put|loop|looped|cc|cc'd|share|shared|pass|passed|send|sent|make|made|link|linked|give|gave)\\b`),
  // The owner's own details or time on offer: "happy for me to send my friend Zoë your way?", "can I give your name to…"
  phrase(/\b(?<!was )(happy|ok|okay|alright|fine|willing|content|comfortable) for me to (send|pass|point|give|share|put) ~3(your way|your (name|email|number|details|contact))|\b(willing|happy|ok|okay|alright|content|comfortable) for me to (put|connect|introduce|intro|loop|link) {obj}\b|\b(can|could|may|shall) i (give|pass|share|send) ~3your (name|email|number|details|contact)\b|\bwant me to (give|pass|send|share|forward) ~2your (name|email|number|details|contact|mobile|socials)\b/),
  // "May I introduce you to..." is the old-fashioned intro itself, not an ask.
  phrase(`\\b(can|could|shall|should) i ~1(intro|introduce|connect|put you|loop you|make (an?|the) intro|link you)`),
  phrase(`\\b(would|do) you (like|want) (me to ~1(intro|introduce|connect|put|loop|make)|(an? )?(e-?)?intro(duction)?\\b|to (meet|connect|chat|talk|speak))`),
  phrase(`\\b(happy|glad|delighted|pleased) to (make|do|set up|arrange)? ?(an? |the )?(intro(duce|duction)?|connect) ~6\\bif (you|u)('re|'d| are| would)? (be )?(open|interested|keen|up|game|like|want)`),
  phrase(`\\blet me know if (you|u)('d| would| are|'re)? (be )?(like|want|open|interested|keen|up|happy) ~4(intro|introduc|connect|meet|chat|talk|speak|call)`),
  phrase(`\\b(any|some) interest in ~2(meeting|connecting|talking|chatting|an intro|speaking)`),
  /\b(?<!\b(not|without) )(checking|check(ing)? in|asking) (with you )?(first|before)\b|\b(check|checking|make sure) (that |whether |if )?(you|u)(( would|'d) (welcome|like|want)\b|(( would|'d) be|'re| are| were) (happy|ok|okay|open|glad|up for|keen|willing|interested)\b)/,
  phrase(/\bbefore i (connect|introduce|intro|make (the|an) intro|loop you in|(share|pass) {poss}|(give|pass|send) ~{poss} (details|email|number|name))/),
  /\b(worth|up for) (an? )?(intro|introduction|quick call|chat) ?[?]/,
  // "Up for a call with her?", "open to a coffee with him next week?", "up for a 20-minute demo with him?"
  phrase(/\b(up for|open to|keen on|game for) (an? )?~(call|chat|coffee|meeting|conversation|demo|lunch|drink|zoom|walkthrough) with {3obj}\b[^.!?]{0,40}\?/),
  /\bis it (ok|okay|alright|fine) ((for|with) (you|u) )?(if|to)\b/,
  // "May I introduce you?" and "may I introduce her to you by email?" ask; "May I introduce you to Dr Ade." is the intro.
  phrase(/\bmay i (introduce|connect|intro) (you|u)\b[^.!?]{0,40}\?|\bmay i (introduce|connect|intro|put) {3obj} [^.!?]{0,40}\?|\bwould you mind ~(chatting|talking|speaking|meeting) ~3(with|to)\b/),
  phrase(`\\b(whether|if) (you|u)( would|'d| might| are|'re| were) (be )?(open|interested|willing|keen|happy|up|game|available) (to|for|in) ~2${MEETING_OBJECT}`),
  phrase(/^~3(do you )?want (me to ~(intro|introduce|connect|put|loop|link)|an? (e-?)?intro(duction)?|to (meet|talk|chat|connect|speak))\b/),
  /\bworth (a|an) (quick )?(chat|call|intro|conversation|coffee|meeting) ?\?/,
  /\bif (you )?(want|would like|'d like|are interested in|fancy) (an? )?(e-?)?intro(duction)?\b/,
  /\b(may|can|could) i (have )?your (permission|ok|blessing|go-ahead)\b/,
  /\b(ok|okay|fine|happy|comfortable|alright) with (me )?(connecting|introducing|intro-?ing|putting|looping|sharing|passing)\b|\b(ok|okay|fine|happy|comfortable|alright) with an? (e-?)?intro(duction)?\b/,
  // Elliptical asks after a forwarded note: "see below, open to it?", "if yes, I'll put you two in touch".
  phrase(/\b(open to (it|this|that)|up for (it|this|that)) ?\?|\b(keen|interested) ?\? ?$|\bif (yes|so) ?,? (i'll|i will|i can|happy to) ~(put|connect|introduce|intro|loop|link)\b/),
  /\bfancy (a )?(quick )?(chat|coffee|call|meeting|beer|pint|catch-?up|natter) with\b/,
  // "Would you have a look at her manuscript if I send her your way?"
  phrase(/\bif i (send|pass|point) {3obj} (your way|to you)\b/),
  // "If you are OK, I will send one email to both of you together."
  phrase(/\bif (you('re| are)|u r) (ok|okay|happy|fine|game)\b,? (then )?i('ll| will| can) ~2(send|introduce|intro|connect|put|email|write|loop)\b/),
  // The intro offered on the owner's word: "if it sounds like your kind of thing, tell me and I'll put you two together".
  phrase(/\b(tell me|let me know|say (so|the word)),? (and|&) i('ll| will| can) ~(put|connect|intro\w*|loop|link) (you|u)\b/),
  /\bwould (this|that|it) be (useful|helpful|of (any )?interest|interesting|worth it)\b/,
  /\bare you (open|up|keen|interested|game) (to|for|in) (this|that|it|an? intro|meeting|a chat|a call|connecting)\b/,
  /\bdo you want to (talk|chat|meet|connect|speak|take (a|the) (call|meeting))\b/,
  /\b(happy|glad) to (connect|intro|introduce) (you )?(two |both )?if (so|you)\b/,
  // "Happy to introduce you, but if for any reason you aren't into it, just tell me"
  /\b(happy|glad) to (connect|intro|introduce) you\b.{0,30}\b(if|unless) (for any reason )?you('re| are)? (not|aren't|don't|do not|would rather|'d rather)\b/,
  /\bif you('re| are)? (agree|accept|consent|approve|ok|okay|happy|interested|keen|up for it|open to it)\b.{0,60}\b(intro|introduc|connect|put you|make)/,
  /\b(tell|let) me (know )?if (it is|it's|that is|that's|this is) (ok|okay|fine|alright|all right)\b/,
  // The owner's time with a third person: "would you have 20 minutes to speak with her?"; "any objection to me introducing you?"
  phrase(/\b(would|do|could) you have ~(time|a (few|couple of) minutes|\d+ (minutes|mins)) (to|for) (speak|talk|chat|meet|connect|a chat) (with|to) {3obj}\b|\b(any )?objections? to (me )?(introducing|connecting|putting|sharing|passing)\b/),
];
const CONSENT_ASK_MATCHER = oneMatcher(CONSENT_ASK_PATTERNS);

/** Words that leave the choice with the owner; they back up a consent ask. */
const NO_PRESSURE = /\b(no pressure|no obligation|totally fine|perfectly fine|completely fine|no worries (at all|either way|if not)|either way|feel free to (say no|decline|pass)|happy to (say|tell) (him|her|them) no|just say (so|no)|if not,? no (worries|problem)|no is (a )?fine|understand if (not|you'?re too busy))\b/;

/** Consent stated in the intro itself, addressed to the owner or to everyone introduced. */
const CONSENT_STATED_PATTERNS: readonly RegExp[] = [
  /\bper your (ok|okay|go-ahead|yes|permission|request)\b/,
  /\bthanks?\b( \S+){0,3}? (for|about) (all |both |you both )?(saying yes|agreeing|being (open|up|willing|game|keen|happy)|the (quick |speedy |fast )?(ok|okay|go-ahead|green light|yes|thumbs[ -]?up|nod)|saying (you'?d|you would|you were|you're) (be )?(up for|happy|glad|open|keen|game|interested)|your (quick )?(ok|okay|yes|go-ahead)|letting me (connect|introduce|intro|make|pass|share|give)|saying (i (could|can|may)|it'?s (ok|okay|fine))|(telling me|letting me know) (that )?you('ve got| had| have) (room|space|capacity|bandwidth)|opting in|giving (me )?the (ok|go-ahead|green light)|being up for)/,
  /\bthank you\b( \S+){0,3}? for (saying yes|agreeing|being (open|up|willing|game|keen|happy)|the (ok|okay|go-ahead|green light)|your (ok|okay|yes|go-ahead)|letting me)/,
  phrase(/\b(you|both|you both|both of you|you two|each of you|everyone) ~2(agreed|accepted|opted in|replied (yes|ok|okay|sure)|wrote back yes|gave (me )?the (ok|go-ahead|green light|nod|thumbs[ -]?up|all[ -]clear)|okayed|ok'?d|were keen|are keen|were up for|are up for|said (yes|ok|okay|sure)|signed off|expressed (an |some )?interest)\b(?! (no|not)\b)/),
  /\b(said|mentioned|told me)\b.{0,30}\b(you're|you are|you were|you'd be|your) (down|up for it|in|keen|game|happy to|glad to|open to)\b/,
  phrase(/\b(since|now that|glad|great|happy|thrilled|pleased) (that )?(you('re| are| were|'ve)?|both of you|you both) ~2(up for|open to|keen|happy to|interested|game|agreed|said yes|on board)\b/),
  phrase(/\byou (told|asked) me ~3to (send|introduce|connect|pass|point|put)\b|\byou (said|wrote) to (send|introduce|connect|pass|put|forward)\b|\bsend (any|more|them|anyone|people|folks)\b.{0,40}\byour way\b/),
  // The owner asked for it: "you asked last week if I knew anyone at Quillstone".
  phrase(/\byou asked (me |us )?~5((if|whether) (i|we|any of us|anyone here) (knew|know|could|had)|who (i|i'd|i would|we|to|could|can|might) )/),
  // "you said is ok for you to meet him", "you said “absolutely”", "further to your kind agreement on the telephone"
  /\byou (both |two |all )?said (that )?(it'?s|it is|it was|is|was) (ok|okay|fine|alright|all right)\b|\byou (both |two |all )?said ["'“‘]?(yes|absolutely|sure|of course|definitely|yep|gladly)\b/,
  /\b(further to|following|after) (your|our) (kind |quick )?(agreement|go-ahead|ok|okay|yes|consent|permission)\b/,
  phrase(/\byou (both |two |all )?(mentioned|said|told me) ~4(that )?(you('d| would| were| are|'re)) (be )?(happy|glad|keen|open|love|like|interested|up for|welcome) (very much |so much )?(for me )?(to |of )?(meet|find|talk|chat|connect|speak|help|hear|an intro|an introduction|a name|being introduced|for an intro|introduce|intro|get in (contact|touch)|be in touch|put you|be (put in touch|put in contact|introduced|connected))/),
  /\bwith (your|both (of )?your|both) (permission|blessing|ok|okay|go-ahead|consent)s?\b|\bwith (both|both of|each of) (your|you(r)?) (oks|ok's|okays|blessings)\b/,
  // "you said you'd hear him out", "per our chat at the retreat you're game"
  /\byou said you('d| would) (be (happy|glad|open) to )?(hear (him|her|them) out|take (the|a|his|her|their) (call|meeting)|meet (him|her|them)|talk to (him|her|them))\b|\b(per|after|following) (our|your) (chat|call|conversation|talk)\b.{0,60}\byou('re| are| were) (game|keen|up for it|happy to|open to it)\b/,
  /\b(after|having) check(ed|ing) with (you|both)\b/,
  /\bas you (kindly )?(asked|requested|wanted|offered|suggested)\b/,
  /\byou asked (me )?(for (an? intro|a name|a recommendation|a referral)|to be (introduced|connected)|about (meeting|connecting))/,
  /\b(your|both your|your (kind|quick)) (yes|yeses|ok|oks|okays|go-aheads)\b(?! (vote|votes|or no)\b)/,
  /\b(both|each) (of you )?(opted in|said yes|agreed)\b/,
  /\b(double[ -]opt[ -]?in) (done|complete|confirmed|✓)/,
];
const CONSENT_STATED_MATCHER = oneMatcher(CONSENT_STATED_PATTERNS);
const CONSENT_STATED_GATE = new WordGate(/per|expr|yese|than|agre|acce|opte|gave|ok|keen|up|said|sign|ment|told|sinc|now|glad|grea|happ|thri|plea|aske|send|bles|chec|requ|want|doub|go-ah|yes\b|cons|wrot|repl|offe|sugg|game|open/, CONSENT_STATED_PATTERNS);

const YES_REPLY = phrase(/^~5(yes|yes!|yes,|yep|too right|for sure|you bet|i'm keen|keen|heck yes|hell yes|deal|send {3obj} over|put us in touch|that would be (brilliant|great|wonderful|lovely|fantastic|amazing|perfect|helpful)|that'd be (brilliant|great|wonderful|lovely|fantastic|amazing|perfect)|yeah|yup|sure|of course|absolutely|definitely|certainly|happy to|glad to|would love|i'd love|i would love|love to|sounds (good|great|interesting|fun|fine)|go (ahead|for it)|please (do|go ahead|connect|introduce|make)|by all means|count me in|i'm in|i am in|why not|ok|okay|works for me|more than happy|i'd be happy|i would be happy|i'd be glad|i can do|can do|please,? (do|go)|feel free|that would be great|that'd be great|great,? (please|go)|👍)/);
const NO_REPLY = /\b(no,|no\.|no thanks|no thank you|not (right )?now|park (it|this|that)|put (it|this|that) on hold|hold off|maybe later|another time|not at (the|this) (moment|time)|i'?ll (have to )?pass|(have|going) to (pass|decline)|pass on this|not (a (good )?fit|interested|the right time|for me)|(can't|cannot|won't) (take|do|make)|(must|have to|need to) (decline|say no)|would rather not|i'?d rather not|too (busy|stretched|swamped)|no bandwidth|not taking|unfortunately|decline)\b/;

const ASKS_FOR_AN_INTRO = phrase(/\b(ask|check with) {3obj} (whether|if)\b|\b(introduc\w*|intro-?ing|intro|connect\w*|put\w*) (me|us)\b|\bintro(duction)? (for|to) (me|us)\b|\byou\b(?! (like|want) me\b).{0,30}\b(mak(e|ing)|do(ing)?) (an?|the) (quick )?(e-?)?intro(duction)?\b/);

const CONSENT_ASK_GATE = new WordGate(/send|pass|poin|name|emai|numb|deta|cont|\?|inte|for|want|open|up\b|will|keen|game|avai|amen|happ|glad|ok\b|okay|righ|fine|cool|chec|aski|fanc|intr|conn|put|loop|make|meet|chat|talk|spea|link|perm|bles|go-ah|mind|obje|\blet\b|usef|help|wort/, CONSENT_ASK_PATTERNS);

/** "Game?", "Any interest?", "Thoughts?": a short question that asks consent only after an offer to meet someone. */
export function isShortConsentQuestion(norm: string): boolean {
  return /^(so,? )?(game|keen|interested|any interest|thoughts|up for it|worth it|yes or no|in or out|fancy it) ?\?? ?$/.test(norm);
}

export function isConsentAsk(norm: string, gates?: number): boolean {
  if (!CONSENT_ASK_GATE.passes(norm, gates) || !CONSENT_ASK_MATCHER.test(norm)) return false;
  // "Would you be open to introducing me?" asks for an intro; it does not offer one.
  return !ASKS_FOR_AN_INTRO.test(norm);
}

// The question mark is looked for within a bounded stretch, so a long run of repeats costs linear time.
const OWNER_CHOOSES = /\b(would|could|are|will) you (be )?(willing|open|happy|able|up for|keen|ok|okay|mind)\b[^?]{0,200}\?/;

/**
 * Any question that leaves the choice to the owner, "would you be willing to take her for a day?": looser than a
 * consent ask, so it only lets an earlier yes count as the opt-in for the intro that follows.
 */
export function asksOwnerToChoose(norm: string): boolean {
  return OWNER_CHOOSES.test(norm);
}

export function leavesChoice(norm: string): boolean {
  return NO_PRESSURE.test(norm);
}

/** "As agreed", "per our call": consent only when the same sentence is about the intro. */
const GENERIC_AGREEMENT = /\bas (we |you (all |both )?|both of you |you two )?(agreed|discussed|arranged|planned|spoke about|talked about|requested|asked|voted|decided)|\bas (we|you|you both|both of you|you two) mentioned\b|\bper (our|your) (conversation|chat|call|discussion|email|note|exchange|agreement)\b/;
const ABOUT_THE_INTRO = /\b(intro|connect|meet|touch|link|loop|cc|copy|copying|adding|here's|here is|you two|you both|both of you|each other)/;

const AS_PROMISED = /\bas promised\b/;

/** "As promised, connecting you two": the introducer kept a promise, so the intro was wanted; weaker than a yes in the thread. */
export function recallsPromisedIntro(norm: string): boolean {
  return AS_PROMISED.test(norm) && ABOUT_THE_INTRO.test(norm);
}

export function statesConsent(norm: string, gates?: number): boolean {
  if (GENERIC_AGREEMENT.test(norm) && ABOUT_THE_INTRO.test(norm)) return true;
  return CONSENT_STATED_GATE.passes(norm, gates) && CONSENT_STATED_MATCHER.test(norm);
}

/** Reads a reply to a consent ask: 'yes', 'no' or null when it says neither. */
export function readAnswer(norms: readonly string[]): 'yes' | 'no' | null {
  const opening = norms.slice(0, 3);
  if (opening.some((norm) => NO_REPLY.test(norm))) return 'no';
  if (opening.some((norm) => YES_REPLY.test(norm))) return 'yes';
  return null;
}
