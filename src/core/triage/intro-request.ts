// Recognises someone asking the owner to introduce them to a third person.
import { WordGate } from '../text/word-gates';
import { oneMatcher, upTo } from '../text/patterns';

// The object matters: "introduce me", "connect us", "introduce my co-founder to": not "introduce the new feature".
const INTRODUCE = `(?:(?:introduce|intro|e-?introduce|connect)\\s+(?:me|us|myself|my\\s+\\S+|our\\s+\\S+|him|her|them)\\b|put\\s+(?:me|us)\\s+in\\s+contact|(?:introduce|intro|connect)\\s+(?:\\S+\\s+){0,3}?(?:to|with)\\s+(?!the\\s+(?:team|group|company)\\b)|put\\s+(?:me|us)\\s+in\\s+touch|make\\s+(?:an?|the|a\\s+quick)\\s+(?:intro(?:duction)?|connection|e-?intro)|loop\\s+(?:me|us)\\s+in|link\\s+(?:me|us)\\s+up|hook\\s+(?:me|us)\\s+up|get\\s+(?:me|us)\\s+(?:in\\s+front\\s+of|in\\s+touch|connected|introduced)|pass\\s+(?:my|our)\\s+(?:name|note|details|info|email)|forward\\s+(?:my|our|this)\\s+(?:note|email|blurb|message)|vouch\\s+for)`;

const REQUEST_PATTERNS: readonly RegExp[] = [
  // "could you introduce me to", "would you mind connecting us", "can you put me in touch with"
  new RegExp(`\\b(?:could|would|can|will|might)\\s+(?:you|u|one of you|either of you|any of you)\\s+${upTo(4)}${INTRODUCE}\\b(?!\\s+(?:you|yourself)\\b)`),
  new RegExp(`\\b(?:would|do)\\s+you\\s+mind\\s+${upTo(2)}(?:introducing|intro-?ing|connecting|putting|making|looping|linking|passing|forwarding)`),
  /\b(?:could|would|can)\s+(?:you|u)\s+(?:\S+\s+)?intro\s+(?:me|us)\b/,
  // "I'd love an intro to", "would be grateful for an introduction", "looking for an intro"
  /\b(?:i'd|i would|we'd|we would|would|i'm|i am|we're|we are|really)\s+(?:\S+\s+)?(?:love|like|appreciate|welcome|value|be (?:grateful|thankful|thrilled|delighted|so grateful) for|be (?:looking|hoping) for|hoping for|looking for|keen on|keen for)\s+(?:an?|any|the|your)\s+(?:\S+\s+)?(?:intro(?:duction)?s?|connection|e-?intro)\b/,
  new RegExp(`\\b(?:intro(?:duction)?|connection)\\s+(?:to|with)\\s+${upTo(4)}(?:would be|would mean|if you(?:'re| are)? (?:open|comfortable|willing|able)|if possible|possible)`),
  new RegExp(`\\b(?:any|is there (?:any|a))\\s+chance\\s+(?:you|of)\\s+${upTo(4)}(?:intro|introduc|connect|put|loop|know)`),
  new RegExp(`\\b(?:would|could)\\s+(?:you|u)\\s+be\\s+(?:able|willing|open|comfortable|up for)\\s+(?:to\\s+)?${upTo(2)}${INTRODUCE}`),
  new RegExp(`\\b(?:happy|grateful|thankful)\\s+if\\s+you\\s+(?:could|would|can)\\s+${upTo(3)}${INTRODUCE}`),
  new RegExp(`\\bdo\\s+you\\s+(?:happen\\s+to\\s+)?know\\s+(?:anyone|someone|somebody|any|a\\s+good|the\\s+right)\\s+${upTo(10)}(?:who|that|at|in|on)\\b`),
  /\b(?:ask|asking|request|requesting)\s+(?:you\s+)?(?:for\s+)?(?:an?\s+)?(?:warm\s+)?(?:intro(?:duction)?|connection|e-?intro)\b/,
  new RegExp(`\\bif\\s+you\\s+(?:know|could|can|would|are|feel)\\s+${upTo(4)}(?:intro|introduc|connect|put me|put us|vouch)`),
  /\b(?:help|helping)\s+(?:me|us)\s+(?:get\s+)?(?:in\s+touch|connect|reach|get\s+(?:an?\s+)?(?:intro|meeting)|get\s+in\s+front)/,
  /\bwarm\s+intro(?:duction)?\b/,
  /\b(?:is there|do you have|would you have)\s+(?:someone|anyone|somebody)\s+(?:on|in|at|from)\s+(?:your|the)\s+\S+\s+(?:i|we)\s+(?:could|can|might)\s+(?:talk|speak|chat|reach out)\b|\bwho\s+do\s+you\s+know\s+(?:at|in|on|over at)\b/,
  /\b(?:please|kindly|could you|would you|can you)\s+(?:just\s+)?(?:forward|pass(?:\s+on)?|share)\s+(?:the|my|this|our)\s+(?:\S+\s+)?(?:note|email|message|blurb|request|invitation)\b/,
  new RegExp(`\\b(?:hoping|wondering|wonder|hope|curious|see)\\s+(?:if\\s+|whether\\s+)?(?:you|u)\\s+(?:could|would|can|might|'d|may)\\s+${upTo(3)}${INTRODUCE}`),
  /\b(?:looking|hoping|trying|keen|eager)\s+to\s+(?:get|be)\s+(?:introduced|connected|an intro)\b/,
  new RegExp(`\\b(?:make|making)\\s+an?\\s+intro(?:duction)?\\b${upTo(4)}\\bif\\s+i\\b`),
  /\b(?:i'd|i would|we'd|we would)\s+(?:love|like|appreciate)\s+(?:more\s+|some\s+|a\s+few\s+)?(?:intros|introductions|connections)\b/,
  /\b(?:open|willing|able|happy|up for|comfortable)\s+(?:to\s+)?(?:introducing|intro-?ing|connecting|putting|looping|making)\s+(?:me|us|an? intro)/,
  // The owner already said yes to the ask: "thanks a ton for agreeing to forward an email to Elena".
  new RegExp(`\\bthanks?\\s+${upTo(3)}(?:for|about)\\s+(?:agreeing|offering|being willing)\\s+to\\s+(?:forward|pass|send|introduce|intro|connect|put|loop|make)\\b`),
];
const REQUEST_MATCHER = oneMatcher(REQUEST_PATTERNS);

/** A note handed to the owner to forward to the target ("here's a blurb you could forward as is"): an ask on its own. */
const NOTE_TO_FORWARD = /\b(?:forwardable|blurb\b.{0,40}\bforward|(?:context|note|text|summary|write-?up|paragraph|email|message|copy)\s+(?:\S+\s+){0,2}?(?:to|you can|you could|for you to)\s+(?:forward|pass)\b)/;
/** Weaker signs of such a note ("below is", "feel free to forward"): they back up an intro request, alone they are any list. */
const FORWARDABLE = oneMatcher([
  NOTE_TO_FORWARD,
  /\b(?:blurb|(?:feel free|free) to forward|(?:a|short) (?:note|paragraph|email) (?:you can|to) forward|you can (?:just )?forward|below (?:is|you'll find)|here's (?:a|my|the) (?:short )?(?:note|blurb|write-?up|summary)|self-contained)\b/,
]);

const REQUEST_GATE = new WordGate(/intro|conne|put|touch|someo|anyon|someb|know|loop|link|hook|front|vouch|pass|mind|help|open|willi|able|happy|for|share|agree|offer/, REQUEST_PATTERNS);

export function isIntroRequest(norm: string, gates?: number): boolean {
  return REQUEST_GATE.passes(norm, gates) && REQUEST_MATCHER.test(norm);
}

export function offersForwardableNote(norm: string): boolean {
  return FORWARDABLE.test(norm);
}

export function handsOverNoteToForward(norm: string): boolean {
  return NOTE_TO_FORWARD.test(norm);
}
