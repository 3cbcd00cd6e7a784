// Recognises the double opt-in: an introducer asking first, the answer, and consent stated in so many words.
import { WordGate } from '../text/word-gates';
import { oneMatcher, upTo } from '../text/patterns';

const MEETING_OBJECT = `(?:(?:me\\s+)?(?:putting|connecting|introducing|looping)\\s+(?:you|u)\\b|(?:an?\\s+)?(?:e-?|quick\\s+|email\\s+)?(?:sync|catch-?up|intro call|intro(?:duction)?s?|meet(?:ing)?|connect(?:ing|ion)?|chat(?:ting)?|talk(?:ing)?|speak(?:ing)?|call|coffee|being (?:introduced|connected|put in touch)|hear(?:ing)? (?:from|more)|grab(?:bing)?|hop(?:ping)? on|jump(?:ing)? on|get(?:ting)? (?:together|on a call|connected|introduced)|taking (?:a|the) (?:call|meeting)|hav(?:e|ing) (?:a|an) (?:call|chat|coffee|conversation)))`;

/** An introducer asking the owner first: "would you be open to an intro to Tomás?", "ok if I connect you?". */
const CONSENT_ASK_PATTERNS: readonly RegExp[] = [
  new RegExp(`\\b(?:would|are|r|will|might)\\s+(?:you|u)\\s+(?:\\S+\\s+)?(?:be\\s+)?(?:open|up|interested|willing|keen|game|available|amenable|happy|glad|ok|okay)\\s+(?:to|for|in)\\s+${upTo(3)}${MEETING_OBJECT}`),
  /\b(?:would|are|r)\s+(?:you|u)\s+(?:be\s+)?(?:open|up|keen|game|interested|down)\s*(?:to it|for it|for that|for this|to this|to that)?\s*[?]/,
  /\b(?:open|up|keen|interested)\s+(?:to|for|in)\s+(?:an?\s+)?(?:e-?)?intro(?:duction)?\b/,
  new RegExp(`\\b(?:ok|okay|alright|all right|fine|cool)\\s+(?:with you\\s+)?(?:if\\s+i|for\\s+me\\s+to|to)\\s+${upTo(1)}(?:intro|introduce|connect|put|loop|cc|share|pass|send|make)`),
  new RegExp(`\\b(?:mind|object)\\s+if\\s+i\\s+${upTo(1)}(?:intro|introduce|connect|put|loop|cc|share|pass|send|make|link)`),
  // "May I introduce you to..." is the old-fashioned intro itself, not an ask.
  new RegExp(`\\b(?:can|could|shall|should)\\s+i\\s+${upTo(1)}(?:intro|introduce|connect|put you|loop you|make (?:an?|the) intro|link you)`),
  new RegExp(`\\b(?:would|do)\\s+you\\s+(?:like|want)\\s+(?:me\\s+to\\s+${upTo(1)}(?:intro|introduce|connect|put|loop|make)|(?:an?\\s+)?(?:e-?)?intro(?:duction)?\\b|to\\s+(?:meet|connect|chat|talk|speak))`),
  new RegExp(`\\b(?:happy|glad|delighted|pleased)\\s+to\\s+(?:make|do|set up|arrange)?\\s*(?:an?\\s+|the\\s+)?(?:intro(?:duce|duction)?|connect)\\s+${upTo(6)}\\bif\\s+(?:you|u)(?:'re|'d| are| would)?\\s+(?:be\\s+)?(?:open|interested|keen|up|game|like|want)`),
  new RegExp(`\\blet\\s+me\\s+know\\s+if\\s+(?:you|u)(?:'d| would| are|'re)?\\s+(?:be\\s+)?(?:like|want|open|interested|keen|up|happy)\\s+${upTo(3)}(?:intro|introduc|connect|meet|chat|talk|speak|call)`),
  new RegExp(`\\b(?:any|some)\\s+interest\\s+in\\s+${upTo(2)}(?:meeting|connecting|talking|chatting|an intro|speaking)`),
  /\b(?:checking|check(?:ing)?\s+in|asking)\s+(?:with\s+you\s+)?(?:first|before)\b/,
  /\bbefore\s+i\s+(?:connect|introduce|intro|make (?:the|an) intro|loop you in|share your|pass your)/,
  /\b(?:worth|up for)\s+(?:an?\s+)?(?:intro|introduction|quick call|chat)\s*[?]/,
  // "Up for a call with her?", "open to a coffee with him next week?"
  /\b(?:up for|open to|keen on|game for)\s+(?:an?\s+)?(?:quick\s+|short\s+|brief\s+)?(?:call|chat|coffee|meeting|conversation)\s+with\s+(?:her|him|them)\b[^.!?]{0,40}\?/,
  /\bis\s+it\s+(?:ok|okay|alright|fine)\s+(?:(?:for|with)\s+(?:you|u)\s+)?(?:if|to)\b/,
  // "May I introduce you?" with nothing after it asks; "may I introduce you to Dr Ade" is the intro itself.
  /\bmay\s+i\s+(?:introduce|connect|intro)\s+(?:you|u)(?:\s+(?:two|both))?\s*\?/,
  new RegExp(`\\b(?:whether|if)\\s+(?:you|u)\\s+(?:would|'d|might|are|'re|were)\\s+(?:be\\s+)?(?:open|interested|willing|keen|happy|up|game|available)\\s+(?:to|for|in)\\s+${upTo(2)}${MEETING_OBJECT}`),
  /^(?:\S+\s+){0,3}?(?:do\s+you\s+)?want\s+(?:me\s+to\s+(?:\S+\s+)?(?:intro|introduce|connect|put|loop|link)|an?\s+(?:e-?)?intro(?:duction)?|to\s+(?:meet|talk|chat|connect|speak))\b/,
  /\bworth\s+(?:a|an)\s+(?:quick\s+)?(?:chat|call|intro|conversation|coffee|meeting)\s*\?/,
  /\bif\s+(?:you\s+)?(?:want|would like|'d like|are interested in|fancy)\s+(?:an?\s+)?(?:e-?)?intro(?:duction)?\b/,
  /\b(?:may|can|could)\s+i\s+(?:have\s+)?your\s+(?:permission|ok|blessing|go-ahead)\b/,
  /\b(?:ok|okay|fine|happy|comfortable|alright)\s+with\s+(?:me\s+)?(?:connecting|introducing|intro-?ing|putting|looping|sharing|passing)\b|\b(?:ok|okay|fine|happy|comfortable|alright)\s+with\s+an?\s+(?:e-?)?intro(?:duction)?\b/,
  // Elliptical asks after a forwarded note: "see below, open to it?", "if yes, I'll put you two in touch".
  /\b(?:open to (?:it|this|that)|up for (?:it|this|that))\s*\?|\b(?:keen|interested)\s*\?\s*$|\bif\s+(?:yes|so)\s*,?\s+(?:i'll|i will|i can|happy to)\s+(?:\S+\s+)?(?:put|connect|introduce|intro|loop|link)\b/,
  /\bfancy\s+(?:a\s+)?(?:quick\s+)?(?:chat|coffee|call|meeting|beer|pint|catch-?up|natter)\s+with\b/,
  /\bwould\s+(?:this|that|it)\s+be\s+(?:useful|helpful|of (?:any )?interest|interesting|worth it)\b/,
  /\bare\s+you\s+(?:open|up|keen|interested|game)\s+(?:to|for|in)\s+(?:this|that|it|an?\s+intro|meeting|a\s+chat|a\s+call|connecting)\b/,
  /\bdo\s+you\s+want\s+to\s+(?:talk|chat|meet|connect|speak|take\s+(?:a|the)\s+(?:call|meeting))\b/,
  /\b(?:happy|glad)\s+to\s+(?:connect|intro|introduce)\s+(?:you\s+)?(?:two\s+|both\s+)?if\s+(?:so|you)\b/,
  /\bif\s+you\s+(?:agree|accept|consent|approve|are ok|'re ok|are okay|are happy|'re happy)\b.{0,60}\b(?:intro|introduc|connect|put you|make)/,
  /\b(?:tell|let)\s+me\s+(?:know\s+)?if\s+(?:it is|it's|that is|that's|this is)\s+(?:ok|okay|fine|alright|all right)\b/,
];
const CONSENT_ASK_MATCHER = oneMatcher(CONSENT_ASK_PATTERNS);

/** Words that leave the choice with the owner; they back up a consent ask. */
const NO_PRESSURE = /\b(?:no pressure|no obligation|totally fine|perfectly fine|completely fine|no worries (?:at all|either way|if not)|either way|feel free to (?:say no|decline|pass)|happy to (?:say|tell) (?:him|her|them) no|just say (?:so|no)|if not,? no (?:worries|problem)|no is (?:a )?fine|understand if (?:not|you'?re too busy))\b/;

/** Consent stated in the intro itself, addressed to the owner or to everyone introduced. */
const CONSENT_STATED_PATTERNS: readonly RegExp[] = [
  /\bper\s+your\s+(?:ok|okay|go-ahead|yes|permission|request)\b/,
  /\bthanks?\b(?:\s+\S+){0,3}?\s+(?:for|about)\s+(?:all\s+|both\s+|you\s+both\s+)?(?:saying\s+yes|agreeing|being\s+(?:open|up|willing|game|keen|happy)|the\s+(?:quick\s+|speedy\s+|fast\s+)?(?:ok|okay|go-ahead|green light|yes|thumbs[\s-]?up|nod)|saying\s+(?:you'?d|you would|you were|you're)\s+(?:be\s+)?(?:up for|happy|glad|open|keen|game|interested)|your\s+(?:quick\s+)?(?:ok|okay|yes|go-ahead)|letting\s+me\s+(?:connect|introduce|intro|make|pass|share|give)|saying\s+(?:i\s+(?:could|can|may)|it'?s\s+(?:ok|okay|fine))|opting\s+in|giving\s+(?:me\s+)?the\s+(?:ok|go-ahead|green light)|being\s+up\s+for)/,
  /\bthank\s+you\b(?:\s+\S+){0,3}?\s+for\s+(?:saying\s+yes|agreeing|being\s+(?:open|up|willing|game|keen|happy)|the\s+(?:ok|okay|go-ahead|green light)|your\s+(?:ok|okay|yes|go-ahead)|letting\s+me)/,
  /\b(?:you|both|you both|both of you|you two|each of you|everyone)\s+(?:\S+\s+){0,2}?(?:agreed|accepted|opted in|replied (?:yes|ok|okay|sure)|wrote back yes|gave (?:me )?the (?:ok|go-ahead|green light|nod|thumbs[\s-]?up|all[\s-]clear)|okayed|ok'?d|were keen|are keen|were up for|are up for|said (?:yes|ok|okay|sure)|signed off)\b(?!\s+(?:no|not)\b)/,
  /\b(?:said|mentioned|told me)\b.{0,30}\b(?:you're|you are|you were|you'd be|your)\s+(?:down|up for it|in|keen|game|happy to|glad to|open to)\b/,
  /\b(?:since|now that|glad|great|happy|thrilled|pleased)\s+(?:that\s+)?(?:you(?:'re| are| were)?|both of you|you both)\s+(?:\S+\s+){0,2}?(?:up for|open to|keen|happy to|interested|game|agreed|said yes|on board)\b/,
  /\byou\s+(?:told|asked)\s+me\s+(?:\S+\s+){0,3}?to\s+(?:send|introduce|connect|pass|point|put)\b|\byou\s+(?:said|wrote)\s+to\s+(?:send|introduce|connect|pass|put|forward)\b|\bsend\s+(?:any|more|them|anyone|people|folks)\b.{0,40}\byour\s+way\b/,
  // The owner asked for it: "you asked last week if I knew anyone at Quillstone".
  /\byou\s+asked\s+(?:me\s+)?(?:\S+\s+){0,3}?(?:if|whether)\s+i\s+(?:knew|know|could|had)\b/,
  // "you said is ok for you to meet him", "you said “absolutely”", "further to your kind agreement on the telephone"
  /\byou\s+(?:both\s+|two\s+|all\s+)?said\s+(?:that\s+)?(?:it'?s|it\s+is|it\s+was|is|was)\s+(?:ok|okay|fine|alright|all right)\b|\byou\s+(?:both\s+|two\s+|all\s+)?said\s+["'“‘]?(?:yes|absolutely|sure|of course|definitely|yep|gladly)\b/,
  /\b(?:further\s+to|following|after)\s+(?:your|our)\s+(?:kind\s+|quick\s+)?(?:agreement|go-ahead|ok|okay|yes|consent|permission)\b/,
  /\byou\s+(?:both\s+|two\s+|all\s+)?(?:mentioned|said|told me)\s+(?:\S+\s+){0,4}?(?:that\s+)?(?:you(?:'d| would| were| are|'re))\s+(?:be\s+)?(?:happy|glad|keen|open|love|like|interested|up for)\s+(?:for me\s+)?(?:to\s+)?(?:meet|talk|chat|connect|speak|help|hear|an intro|being introduced|for an intro|introduce|intro|get in (?:contact|touch)|be in touch|put you)/,
  /\bwith\s+(?:your|both (?:of )?your|both)\s+(?:permission|blessing|ok|okay|go-ahead|consent)\b/,
  // "you said you'd hear him out", "per our chat at the retreat you're game"
  /\byou\s+said\s+you(?:'d| would)\s+(?:be\s+(?:happy|glad|open)\s+to\s+)?(?:hear (?:him|her|them) out|take (?:the|a|his|her|their) (?:call|meeting)|meet (?:him|her|them)|talk to (?:him|her|them))\b|\b(?:per|after|following)\s+(?:our|your)\s+(?:chat|call|conversation|talk)\b.{0,60}\byou(?:'re| are| were)\s+(?:game|keen|up for it|happy to|open to it)\b/,
  /\b(?:after|having)\s+check(?:ed|ing)\s+with\s+(?:you|both)\b/,
  /\bas\s+you\s+(?:kindly\s+)?(?:asked|requested|wanted|offered|suggested)\b/,
  /\byou\s+asked\s+(?:me\s+)?(?:for\s+an?\s+intro|to\s+be\s+(?:introduced|connected)|about\s+(?:meeting|connecting))/,
  /\b(?:both|each)\s+(?:of\s+you\s+)?(?:opted\s+in|said\s+yes|agreed)\b/,
  /\b(?:double[\s-]opt[\s-]?in)\s+(?:done|complete|confirmed|✓)/,
];
const CONSENT_STATED_MATCHER = oneMatcher(CONSENT_STATED_PATTERNS);
const CONSENT_STATED_GATE = new WordGate(/per|thank|agree|accep|opted|gave|ok|keen|up|said|signe|menti|told|since|now|glad|great|happy|thril|pleas|asked|send|bless|check|reque|wante|doubl|go-ah|yes\b|conse|wrote|repli|offer|sugge|game|open/, CONSENT_STATED_PATTERNS);

const YES_REPLY = /^(?:\S+\s+){0,5}?(?:yes|yes!|yes,|yep|too right|for sure|you bet|i'm keen|keen|heck yes|hell yes|deal|send (?:him|her|them) over|put us in touch|that would be (?:brilliant|great|wonderful|lovely|fantastic|amazing|perfect|helpful)|that'd be (?:brilliant|great|wonderful|lovely|fantastic|amazing|perfect)|yeah|yup|sure|of course|absolutely|definitely|certainly|happy to|glad to|would love|i'd love|i would love|love to|sounds (?:good|great|interesting|fun|fine)|go (?:ahead|for it)|please (?:do|go ahead|connect|introduce|make)|by all means|count me in|i'm in|i am in|why not|ok|okay|works for me|more than happy|i'd be happy|i would be happy|i'd be glad|i can do|can do|please,? (?:do|go)|feel free|that would be great|that'd be great|great,? (?:please|go)|👍)/;
const NO_REPLY = /\b(?:no,|no\.|no thanks|no thank you|not (?:right )?now|park (?:it|this|that)|put (?:it|this|that) on hold|hold off|maybe later|another time|not at (?:the|this) (?:moment|time)|i'?ll (?:have to )?pass|(?:have|going) to (?:pass|decline)|pass on this|not (?:a (?:good )?fit|interested|the right time|for me)|(?:can't|cannot|won't) (?:take|do|make)|(?:must|have to|need to) (?:decline|say no)|would rather not|i'?d rather not|too (?:busy|stretched|swamped)|no bandwidth|not taking|unfortunately|decline)\b/;

const ASKS_FOR_AN_INTRO = /\b(?:introduc\w*|intro-?ing|intro|connect\w*|put\w*)\s+(?:me|us)\b|\bintro(?:duction)?\s+(?:for|to)\s+(?:me|us)\b|\byou\b.{0,30}\b(?:mak(?:e|ing)|do(?:ing)?)\s+(?:an?|the)\s+(?:quick\s+)?(?:e-?)?intro(?:duction)?\b/;

const CONSENT_ASK_GATE = new WordGate(/\?|inter|for|want|open|up\b|willi|keen|game|avail|amena|happy|glad|ok\b|okay|alrig|right|fine|cool|check|askin|fancy|intro|conne|put|loop|make|meet|chat|talk|speak|link|permi|bless|go-ah|mind|objec|\blet\b|usefu|helpf|worth/, CONSENT_ASK_PATTERNS);

/** "Game?", "Any interest?", "Thoughts?": a short question that asks consent only after an offer to meet someone. */
export function isShortConsentQuestion(norm: string): boolean {
  return /^(?:so,?\s+)?(?:game|keen|interested|any interest|thoughts|up for it|worth it|yes or no|in or out|fancy it)\s*\??\s*$/.test(norm);
}

export function isConsentAsk(norm: string, gates?: number): boolean {
  if (!CONSENT_ASK_GATE.passes(norm, gates) || !CONSENT_ASK_MATCHER.test(norm)) return false;
  // "Would you be open to introducing me?" asks for an intro; it does not offer one.
  return !ASKS_FOR_AN_INTRO.test(norm);
}

export function leavesChoice(norm: string): boolean {
  return NO_PRESSURE.test(norm);
}

/** "As agreed", "per our call": consent only when the same sentence is about the intro. */
const GENERIC_AGREEMENT = /\bas\s+(?:we\s+|you\s+(?:all\s+|both\s+)?|both\s+of\s+you\s+|you\s+two\s+)?(?:agreed|discussed|arranged|planned|spoke about|talked about|mentioned|requested|asked|voted|decided)\b|\bper\s+(?:our|your)\s+(?:conversation|chat|call|discussion|email|note|exchange|agreement)\b/;
const ABOUT_THE_INTRO = /\b(?:intro|connect|meet|touch|link|loop|cc|copy|copying|adding|here's|here is|you two|you both|both of you|each other)/;

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
