// Recognises someone asking the owner to introduce them to a third person.
import { WordGate } from '../text/word-gates';
import { oneMatcher, upTo, phrase } from '../text/patterns';

// The object matters: "introduce me", "connect us", "introduce my co-founder to": not "introduce the new feature".
const INTRODUCE = `((introduce|introducing|intro|e-?introduce|connect|connecting) (me|us|myself|my \\S+|our \\S+|him|her|them)\\b|put (me|us) in contact|(introduce|intro|connect) (\\S+ ){0,3}?(to|with) (?!the (team|group|company)\\b)|put (me|us) in touch|make (an?|the|a quick) (intro(duction)?|connection|e-?intro)|loop (me|us) in|link (me|us) up|hook (me|us) up|get (me|us) (in front of|in touch|connected|introduced)|refer (me|us)\\b|submit (me|my \\S+)|put (it|me|us|my \\S+) in front of|pass(ing)? (my|our) (name|note|details|info|email|cv|resume)|pass (this|it|that|my note|our note) on(?! to (anyone|anybody|everyone|others|people|friends)\\b)|forward (my|our|this) (note|email|blurb|message)|vouch for|mention (me|us) (to|next|when)|put(ting)? (me|us) together)`;

const REQUEST_PATTERNS: readonly RegExp[] = [
  // "could you introduce me to", "would you mind connecting us", "can you put me in touch with"
  phrase(`\\b((could|would|can|will|might) (you|u|one of you|either of you|any of you)|(you|u) (could|would|can|might)) (?!(like|want) me\\b)~4${INTRODUCE}\\b(?! (you|yourself)\\b)`),
  // "is it possible to introduce me to Bruno?", "who is the right person to talk to about call routing?"
  phrase(`\\b(is it|would it be) possible (for you )?to ${INTRODUCE}|\\bwho('s| is| would be) the (right|best|appropriate) person to (talk|speak|reach out|contact|ask)\\b|\\b(?<!\\bnot the (right|best) person\\b.{0,40})point me (in (the right|their|his|her) direction|to (the right person|whoever))`),
  phrase(`\\b(would|do) you mind ~2(introducing|intro-?ing|connecting|putting|making|looping|linking|passing|forwarding|mentioning (me|us))`),
  phrase(/\b(could|would|can) (you|u) ~intro (me|us)\b/),
  // "I'd love an intro to", "would be grateful for an introduction", "looking for an intro"
  phrase(/\b(i'd|i would|we'd|we would|would|i'm|i am|we're|we are|really) ~(love|like|appreciate|welcome|value|be (grateful|thankful|thrilled|delighted|so grateful) for|be (looking|hoping) for|hoping for|looking for|keen on|keen for) (an?|any|the|your) ~(intro(duction)?s?|connection|e-?intro)\b/),
  phrase(`\\b(intro(duction)?|connection) (to|with) ~4(would be|would mean|if you('re| are)? (open|comfortable|willing|able)|if possible|possible)`),
  phrase(`\\b(any|is there (any|a)) chance (you|you'd|you would|of) ~4(intro|introduc|connect|put|loop|know)`),
  phrase(`\\b(would|could) (you|u) be (able|willing|open|comfortable|up for) (to )?~2${INTRODUCE}`),
  phrase(`\\b(happy|grateful|thankful) if you (could|would|can) ~3${INTRODUCE}`),
  phrase(`\\bdo you (happen to )?know (anyone|someone|somebody|any|a good|the right) ${upTo(10)}(who|that|at|in|on)\\b`),
  // "give it to your agent", "pass my CV to your boss"
  phrase(/\b(give|pass|send|show|forward|hand) (it|my ~\S+) (on |along |over )?to your ~(agent|editor|boss|publisher|manager|ceo|founder|producer|investor)s?\b/),
  // "ask Mr. Lindgren whether he'd take a call from me"
  phrase(/\b{3subj}('d| would|'ll| will| might) ~(take|have|accept|do) an? ~(call|meeting|coffee|chat|meet) (from|with) (me|us)\b/),
  // Time with the target got for the asker: "could you get me fifteen minutes on the phone with Marcus?"
  phrase(/\b(get|grab|find|wangle|score|set up|arrange) (me|us) (?!the\b)~2(minutes|time|call|meeting|chat|coffee|lunch|slot|audience|sit-down|word) ~4with (?!you\b)/),
  // Along to a meeting the owner has anyway: "any chance I could tag along next time you have lunch with Gwen?"
  /\b(tag|come) along (next time|when) you\b/,
  // A referral hunt: "think of two or three friends who could do with the same kind of conversation?", "if you know
  // anyone who is looking for some extra money, send me the names".
  /\bif you know (anyone|someone|somebody|people) (who|that)\b/,
  phrase(/\b(think of|know of|know) (two or three|a few|a couple( of)?|one or two) ~2(friends|people|colleagues|clients|contacts|neighbou?rs|others) who\b/),
  // Asked for a name to trust: "do you know anyone decent?", "could you recommend someone?"
  /\bdo you know (any|some)(one|body) (good|decent|reliable)\b|\b(can|could) you recommend (any|some)(one|body)\b/,
  /\b(ask|asking|request|requesting) (you )?(for )?(an? )?(warm )?(intro(duction)?|connection|e-?intro)\b/,
  phrase(`\\bif you (know|could|can|would|are|feel) ~4(intro|introduc|connect|put me|put us|vouch)`),
  /\b(help|helping) (me|us) (get )?(in touch|connect|reach|get (an? )?(intro|meeting)|get in front)/,
  /\bwarm intro(duction)?\b|\bput (in )?a (good )?word in\b|\bput in a (good )?word\b/,
  /\b(is there|do you have|would you have) (someone|anyone|somebody) (on|in|at|from) (your|the) \S+ (i|we) (could|can|might) (talk|speak|chat|reach out)\b|\bwho do you know (at|in|on|over at)\b|\bis there (anyone|someone|somebody) (in|from) your (network|circle|contacts|world)\b/,
  phrase(/\b(please|kindly|could you|would you|can you) (just )?(forward|pass( on)?|share) (the|my|this|our) ~(note|email|message|blurb|request|invitation)\b/),
  phrase(`\\b(hoping|wondering|wonder|hope|curious|see) (if |whether )?(you|u)( could| would| can| might|'d| may) ~3${INTRODUCE}`),
  /\b(looking|hoping|trying|keen|eager) to (get|be) (introduced|connected|an intro)\b/,
  // "do you know anyone there you could introduce me to?"
  phrase(/\b(anyone|someone|somebody) ~3you (could|can|might) (introduce|intro|connect|put) (me|us)\b/),
  // "would you be willing to ask her whether she's open to an intro?", "could you ask Mr Anand if I could do it at your practice?"
  phrase(/\b(could|would|can|will) you ~3(ask|check with) {3obj} (whether|if) {3subj}('s|'re|'d| is| are| would| might)? (be )?(open|willing|happy|keen|up for|interested|game)\b|\b(could|would|can|will) you ~2(ask|check with|have a word with) (\S+ ){1,3}?(if|whether) (i|we) (could|can|might|may)\b/),
  phrase(`\\b(make|making) an? intro(duction)?\\b~4\\bif i\\b`),
  /\b(i'd|i would|we'd|we would) (love|like|appreciate) (more |some |a few )?(intros|introductions|connections)\b/,
  /\b(open|willing|able|happy|up for|comfortable) (to )?(introducing|intro-?ing|connecting|putting|looping|making) (me|us|an? intro)/,
  // The owner already said yes to the ask: "thanks a ton for agreeing to forward an email to Elena".
  phrase(`\\bthanks? ~3(for|about) (agreeing|offering|being willing) to (forward|pass|send|introduce|intro|connect|put|loop|make)\\b`),
];
const REQUEST_MATCHER = oneMatcher(REQUEST_PATTERNS);

/** A note handed to the owner to forward to the target ("here's a blurb you could forward as is"): an ask on its own. */
const NOTE_TO_FORWARD = phrase(/\b(forwardable|blurb\b.{0,40}\bforward|(context|note|text|summary|write-?up|paragraph|email|message|copy) ~2(to|you can|you could|for you to) (forward|pass)\b)/);
/** Weaker signs of such a note ("below is", "feel free to forward"): they back up an intro request, alone they are any list. */
const FORWARDABLE = oneMatcher([
  NOTE_TO_FORWARD,
  /\b(blurb|(feel free|free) to forward|(a|short) (note|paragraph|email) (you can|to) forward|you can (just )?forward|below (is|you'll find)|here's (a|my|the) (short )?(note|blurb|write-?up|summary)|self-contained)\b/,
]);

const REQUEST_GATE = new WordGate(/refe|subm|give|send|show|hand|call|coff|chat|meet|get|grab|find|wang|scor|set|arra|thin|alon|poin|reco|ment|word|pers|poss|ask|chec|intr|conn|put|touc|some|anyo|know|loop|link|hook|fron|vouc|pass|mind|help|open|will|able|happ|for|shar|agre|offe/, REQUEST_PATTERNS);

export function isIntroRequest(norm: string, gates?: number): boolean {
  return REQUEST_GATE.passes(norm, gates) && REQUEST_MATCHER.test(norm);
}

export function offersForwardableNote(norm: string): boolean {
  return FORWARDABLE.test(norm);
}

export function handsOverNoteToForward(norm: string): boolean {
  return NOTE_TO_FORWARD.test(norm);
}
