// Recognises a sentence in which the writer introduces people to each other ("Kenji, meet Lucía", "connecting you two").
import { WordGate } from '../text/word-gates';
import { oneMatcher, phrase } from '../text/patterns';

const PRODUCT_NOUNS =
  '(product|products|platform|app|tool|tools|solution|solutions|service|services|company|startup|team|new|' +
  'latest|offering|software|feature|features|brand|collection|line|program|programme|course|podcast|' +
  'newsletter|community|club|event|api|agency|firm)';
const YOU_GROUP =
  "(you two|you both|both of you|the two of you|y'all|you all|you guys|you folks|the pair of you|you)";

/**
 * Performative introductions, matched on normalised text. Each pattern requires a third person
 * or a pair ("you two") as the object, and excludes sellers introducing themselves or a product.
 */
const INTRO_ACT_PATTERNS: readonly RegExp[] = [
  // "introduce you (two) to / and", "introducing you to", "let me introduce you to"
  phrase(`\\bintroduc(e|ing) ${YOU_GROUP} (to|and|with)\\b(?! (our|my (company|product|team)|the (platform|product))\\b)`),
  /\bintroduc(e|ing) (the two of you|you both|you two)\b/,
  // "I'd like to introduce Anna", "introducing Anna (cc'd)", "allow me to introduce Dr. Lee"
  /\b(like|love|want|wanted|happy|pleased|delighted|glad|excited|allow me|let me|i'm|i am|am) (to )?introduc(e|ing) (?!(myself|ourselves|our|you to our|you to my (company|product)|my (company|product|team|startup)|a (new|few)|the (new|team|program|course|platform))\b)/,
  // "connecting you two", "wanted to connect you with Kyle", "putting you in touch"
  phrase(`\\b(connect(ing)?|link(ing)?|put(ting)?|get(ting)?|hook(ing)?|pair(ing)?|match(ing)?|chuck(ing)?|throw(ing)?|bring(ing)?) ${YOU_GROUP} (up )?(with|to|in touch|together|and)\\b`),
  /\bconnecting (you two|you both|the two of you|both of you)\b/,
  // "allow me to establish contact between you and my doctoral candidate", "putting you in contact with"
  /\b(establish|make|create|facilitate|arrange) (a |the )?(contact|connection|link) between (you|the two of you|both of you)\b|\bput(ting)? you (two |both )?in contact with\b/,
  phrase(/^~4connecting you\b(?! (to|with) (our|my)\b)/),
  phrase(`\\b(i'm|i am|wanted to|want to|let me|like to|love to|quick(ly)?|just) ~2(connect(ing)?|introduc(e|ing)|intro|loop(ing)? in|link(ing)? up) ~1(you|the two|both)\\b(?! (to|with) (our|my (company|product)))`),
  // "looping in Ana", "cc'ing Ana so you two can connect", "adding Ana here"
  /\b(looping|loop|looped|cc'?ing|cc-ing|copying|copied|adding|bringing|brought) in (?!(my assistant|our team|the team|support)\b)\S+/,
  phrase(`\\b(cc'?ing|cc-ing|copying|cc'd|ccd|cc:|adding|looped in|copied) ~8(so (you|the two|both)|to connect|for an? intro|(you|the two of you) (two|both)? ?(can|could|should) (connect|meet|talk|chat))`),
  // "you two should meet / talk / connect"
  phrase(`\\b(you two|you both|both of you|the two of you) (just |really |definitely |totally |absolutely )?(should|must|need to|have to|ought to|will want to|would (really )?(enjoy|benefit from|get along)) ~2(meet|talk|connect|chat|speak|know each other|get together|compare notes|grab)`),
  /\bthought you (two|both|should) (should )?(meet|connect|talk|know each other)\b/,
  // Letters of introduction: "I am writing to introduce him to you", "this note will introduce to you my friend"
  /\bintroduc(e|ing) (him|her|them) to (you|each other)\b/,
  // "I'd like you to know Marcus Delacroix-Whyte, who runs Kestrel Roasting."
  /\b(i'd|i would) like you to (meet|know) (?!that\b|about\b|what\b|how\b)/,
  // "This will introduce to you Miss Rose Johnson", "the bearer of this note, Mr. Duncan, ..."
  phrase(/\b(this (note|letter|email|e-mail|message|will|is to)|(i am|i'm) writing to|writing to|(permit|allow) me to) ~(introduce|present to you|bring to your attention)\b|\bbearer of this (note|letter|card)\b/),
  phrase(/\b(you're|you are) both\b.{0,60}\bshould ~(meet|chat|talk|connect|know each other)\b/),
  // A referral letter: "I am referring him to you for further examination", "whose case I would like to refer to you"
  /\b(i am|i'm|i would like to|i'd like to|we are|we would like to) refer(ring)? ((him|her|them|my \S+|(mr|mrs|ms|dr)\.? \S+) to you\b|(\S+ ){1,12}?to you (for|with)\b)|\bcase i (would|'d) like to refer to you\b/,
];
const INTRO_ACT_MATCHER = oneMatcher(INTRO_ACT_PATTERNS);

/** Weaker signs of an introduction; they count only with the message's shape (several people addressed, an intro subject). */
const WEAK_INTRO_ACT_PATTERNS: readonly RegExp[] = [
  // "making this connection", "here is the formal introduction", "as promised, the intro", "quick intro"
  /\b(making|make|doing|here's|here is|this is|as promised,?|formal|proper|quick|warm|virtual|e-?mail|double opt-in) (now |here )?(an? |the |my |this )?(formal |proper |quick |warm |promised )?(e-?|email |virtual )?(intro(duction)?|connection)\b(?! (to )?(myself|ourselves|our|my company|course|class|session|video)\b)/,
  // Introducing by telling: "I've told Rosa about your honey", "she'll drop you a line"
  // Not when denied: "I haven't mentioned your name to her".
  phrase(/\b(?<!(\bnot|n't|\bnever) )(told|telling|mentioned|passed|passing|gave|given|giving|sent|sending) (?!me\b|us\b)~3(about (you|your)\b|your (name|details|email|number|contact|mobile|phone|cell))/),
  /^(you two|you both|y'all|both of you)\b/,
  /\b(so here (you are|we are|we go|it is)|here goes)\b/,
  phrase(/\b(you and \S+|you two|you both|both of you) ~(would|will|should|could) (really )?(get on|get along|hit it off|click|like each other|enjoy each other)\b|\bhit it off\b|\byou('d| would) (really |definitely )?(get on|get along|click)\b/),
  phrase(/\b{3subj}('ll| will|'s going to| is going to) ~(reach out|be in touch|get in touch|drop you a (line|note)|contact you|email you|call you|ping you|message you|write to you|text you|ring you|whatsapp you)|\b(may|might|will) be (giving you a (call|ring)|calling you|emailing you)\b|\b(i )?recommended you\b/),
  // "X, this is Y (cc'd)"
  phrase(/^~2this is (\S+ ?(\(cc'?d\)|, (my|our|a|an|the) )|(my|our) ~(neighbou?r|friend|colleague|cousin|brother|sister|son|daughter|mentee|student|partner|co-?founder|client|buddy)\b)/),
  /\b(don't|do not) know each other\b|\bneither of you knows? (each other|the other)\b|\b(not to|had to|have to|must|gotta) connect you\b/,
  /^(copying|cc'?ing|cc-ing|looping in|adding) (?!my assistant|our team|the team|support)\S+|\b(cc'?ing|cc-ing|i('ve| have) (cc'?d|copied)) (?!my assistant|our team|the team|support)\S+/,
  phrase(/\b(you|you two|you both|both of you|the two of you|y'all|you guys|they) ~should (definitely |really )?(meet|chat|talk|connect|get together|get to know each other|know each other|compare notes)\b(?! (us|me|with us|with me)\b)/),
  phrase(/\b(both of you|you both|you two|each of you) ~2(asked|said|agreed|wanted|welcome)/),
  // Handing someone over: "I'm passing him along to you", "handing Ravi over to you", "sending her your way".
  phrase(/\b(pass|hand|send)(ing)? (?!(it|this|that|these)\b)\S+ (along|over|on) to {obj}\b|\bsend(ing)? {3obj} your way\b/),
  // "I have a feeling you'll vibe"
  /\b(you'll|you will|you'd|you would|you're going to) (totally |really |definitely |so )?(vibe|click|get on|get along|hit it off)\b/,
  // "my nephew Owen (cc'd) just finished his degree"
  /\( ?(now |also )?(cc'?d|cc'?ed|cc|copied|on cc|in cc|on copy|in copy|copied in)( here| on this( email| thread)?)? ?\)/,
  // "I take the liberty of copying her in", "you're both at the pool on Tuesdays, so thought you could share lifts"
  phrase(/\b(copying|cc'?ing|looping|adding) {3obj} (in|into|on)\b/),
  /\b(you're|you are) both\b.{0,80}\b(thought|figured|reckon|reckoned|maybe) you (two |both )?(could|should|might|can)\b/,
  // The owner put forward to the other side: "I said you do property stuff", "I told her nobody knows more about it than you".
  phrase(/\bi (said|told {3obj}|mentioned|suggested)( that)? (you|you'd|you're|you've|nobody)\b/),
  // Details handed on instead of a copy: "she'd be glad to hear from you", "drop her a line", "reach out to him directly".
  phrase(/\b{3subj}('d| would|'ll| will|'s| is|'re| are)? (be )?(glad|happy|keen|delighted|pleased) to hear from you\b|\b(drop|give|send|shoot) {3obj} a (line|note|ring|call|quick email|message)\b|\b(reach out to|get in touch with|contact|email|call|ring) {3obj} (directly|yourself|direct)\b/),
  // "I am marking him in cc", "have kept her on cc": someone copied in so the owner can take it up with them.
  /\b(marking|marked|keeping|kept|putting|put|adding|added) (him|her|them|\S+) (in|on|into) (the cc|cc)\b/,
];
const WEAK_INTRO_ACT_MATCHER = oneMatcher(WEAK_INTRO_ACT_PATTERNS);

/** Hand-offs that close an intro ("I'll let you two take it from here"). Alone they only support an intro. */
const HAND_OFF_PATTERNS: readonly RegExp[] = [
  phrase(`\\b(i'll|i will|i'm going to|i am going to|will|let me|i) (now )?(let|leave) ~5(take it|connect|go|sort|arrange|find|set|coordinate|schedule|carry on|to it|from here|talk|chat)`),
  /\bover to you( two| both| guys| all)?\b/,
  /\bgo forth and (connect|conquer|chat|meet)\b/,
  /\btake it from here\b/,
  /\bleave (the (details|rest|scheduling|logistics)|it|things) (to|with) you( two| both)?\b/,
  /\b(step|bow|get) (aside|out of the way|out of (your|the) way)\b/,
  /\bi'?ll (drop off|exit|hop off|leave the thread|move to bcc)\b/,
  /\b(enjoy|have fun) (connecting|meeting|the conversation)\b/,
  // "sort it out between you", "I'll let you two work out the rest between yourselves"
  /\b(sort|work|figure|hash) (it |things |the rest |the details |a time |a date )?out between (you|yourselves)\b/,
];
const HAND_OFF_MATCHER = oneMatcher(HAND_OFF_PATTERNS);

/** Past or thankful mentions of an introduction: a thank-you is not an introduction. */
const NOT_AN_INTRO_ACT: readonly RegExp[] = [
  /\bthanks?\b.{0,40}\b(intro|introduc|connect|putting)/,
  /\b(thank you|grateful|appreciate)\b.{0,60}\b(intro|introduc|connect)/,
  /\bintroduced (me|us)\b/,
  /\bintroduced\b.{0,40}\b(last|previous|earlier|ago)\b|\b(last|previous|earlier) (week|month|year|time)\b.{0,20}\bintroduced\b/,
  /\bintroduce (yourself|yourselves)\b/,
  /\bintroduc\w* you to (the|our|my) (whole |entire )?(team|crew|staff|folks|group|people|product|platform)\b/,
  phrase(/\bintroduc\w* you to (the |an? )?~(concept|idea|world|basics|topic|field|principles?|notion|art|opportunity|role|position|job|opening|offer)\b/),
  // Promises that wait on the owner's word: "just say and I'll put you in touch".
  /\bjust say\b|\bsay the word\b|\b(i'll|i will|i can|i'd) (happily |gladly )?(put you|connect you|introduce you|intro you|loop you|link you)\b(?! (two|both)? ?now\b)/,
  phrase(/\bintroduc\w* you to \S+,? (the|a|an|our) ~3(platform|product|tool|app|software|solution|service|system|suite)\b|\bintroduc\w* (her|him|them|your team) to (our|my) /),
  /\b(before|when|whenever|after|if) you (make|send|do)\b|\b(always|never) (ask|make|send)\b/,
  /\b(could|would|can|will|might) you\b.{0,40}\b(introduce|intro|connect|put) me\b/,
  /\b(introduce|intro|connect) me\b/,
  /\bwould you (be )?(open|up|interested|willing|happy|keen|like)\b/,
  /\b(ok|okay|alright|all right|fine|mind) if i\b|\bobjections? to\b/,
  /\bif you('re| are)? (open|interested|up for|keen|game)\b/,
  /\b(happy|glad) to (make|do) (an?|the) intro(duction)? if\b|\b(i'd|i would) be (happy|glad|delighted) to (introduce|connect|intro) (you|them|him|her)\b/,
  /\bshall i\b|\bmay i (introduce|connect|intro)\b[^.!?]*\?/,
  // Promises and conditions: "I'll connect you if she's up for it", "let me know and I'll intro you".
  /\bif\b.{0,80}\b(i'll|i will|i can|i'd|happy to|glad to)\b|\b(i'll|i will|i can|i'd|happy to|glad to)\b.{0,80}\bif\b|\blet me know\b|\bonce (she|he|they|you)\b/,
  /\b(could|would|can|will|might|do) you\b.{0,60}\bintro/,
  /\b(our|the|my) (new|latest) (product|app|platform|tool|feature|service|offering|release|version|collection)\b/,
  /\bdo you want\b/,
  // Reported asks and habits: "their VP asked whether I could put you in touch", "I always check before making an intro".
  /\b(asked|asks|asking|wondered|wondering) (me )?(whether|if) (i|we) (could|would|can|might)\b/,
  /\bbefore (making|doing|sending|i make|i do|i send) (an? |any )?intro/,
  // A product launch ("excited to introduce Smart Waitlist, now live") and a promise to ask first.
  /\b(now live|now available|just launched|is live|available today)\b/,
  /\b(ask|check with) ((him|her|them) )?(first )?(whether|if)\b/,
  // Copied for the record, not to meet anyone: "adding Ola (finance) to this thread for visibility".
  /\bfor (visibility|awareness|transparency|(your|their|his|her) (records|files|reference|information))\b/,
  // An assistant brought in to find a time: "my assistant Maya (cc'd) will coordinate some dates".
  /\b(my|our|his|her|their) (executive )?(assistant|ea|pa|scheduler|chief of staff|office manager)\b/,
];
const NOT_AN_INTRO_ACT_MATCHER = oneMatcher(NOT_AN_INTRO_ACT);

// "Kenji, meet Lucía", "I'd like you to meet my colleague", "please meet Dr. Ade": checked on the original
// text, because only capitals tell a person ("meet Sarah") from a plan ("meet on Friday").
const MEET_SOMEONE = new RegExp(
  `(?:^|[,;:.!(\u2014\u2013-]\\s*|\\b(?:[Pp]lease|to|should|must|gotta|[Yy]ou|both|two)\\s+)[Mm]eet,?\\s+` +
    `(?:(?:Dr|Prof|Mr|Mrs|Ms)\\.?\\s+)?(?:[A-ZÀ-Þ][A-Za-zÀ-ɏ'’-]+|(?:my|our|a|an)\\s+(?:\\S+\\s+){0,2}?(?:friend|colleague|co-?worker|co-?founder|founder|partner|mentee|student|classmate|client|neighbou?r|cousin|nephew|niece|son|daughter|brother|sister|teammate|buddy|contact))`,
);
const NOT_A_PERSON_AFTER_MEET = new RegExp(
  `\\bmeet,? (the\\b|(our|my) (new )?${PRODUCT_NOUNS}\\b|us\\b|me\\b)|google meet|meet\\.google|\\bmeet (link|room|call|code|id)\\b`,
);

// Typed in lower case: "kenji meet lucas" (or "here's nadia") counts when the word after "meet" names someone on the thread.
const LOWER_CASE_MEET = /(?:(?:^|^\S+ |[,;.!-] ?|\b(?:please|to|should|you) )meet|\bhere(?:'s| is)(?= \S+(?:[.,!]| \(|$))) ([a-zÀ-ɏ'-]+)/;

const PRESENTED = /\b(?:this|here) is (?:my|our) ((?:\S+ ){1,2}[^\s,.!?;:]+)/;

export interface SentenceText {
  text: string;
  norm: string;
  /** The sentence's `gateMask`, when already worked out. */
  gates?: number;
}

/** 2 for a clear introduction, 1 for a weak sign of one, 0 for none. */
const INTRO_ACT_GATE = new WordGate(/pres|know|refe|brough|neit|said|sugg|betw|hear|drop|shoo|dire|your|call|mail|reco|chuc|thro|intr|conn|link|loop|'ll|will|this|here|shou|eet|\bput|\bget|hook|pair|matc|told|ment|gave|sent|\btwo\b|y'all|both|get\b|\boff\b|clic|each|\bcc|tell|pass|hand|\bgiv|send|\bcop|\badd|brin|goin|\(|vibe/, [PRESENTED, LOWER_CASE_MEET, MEET_SOMEONE, ...INTRO_ACT_PATTERNS, ...WEAK_INTRO_ACT_PATTERNS]);
const HAND_OFF_GATE = new WordGate(/let|fort|leav|over|take|asid|out|drop|exit|hop|bcc|enjo|fun/, HAND_OFF_PATTERNS);

// "June, Sandeep. Sandeep, June." (or "omar, tasha.", "marcus - ines."): the terse intro is two names on the thread
// and nothing else. A name is set off by a comma, a colon or a dash.
const NAME_PAIR = /^([a-zÀ-ɏ'’]+(?:-[a-zÀ-ɏ'’]+)*)(?:,|\s*:|\s+[-–—])\s+([a-zÀ-ɏ'’-]+)\s*[.!](?:\s+\2(?:,|\s*:|\s+[-–—])\s+\1\s*[.!])?$/i;
// "Zoë, this is Nkechi, who said yes before I'd finished asking." / "Zoë - this is Nkechi" / "ok hear me out. nate this
// is jade": phone-typed mail drops the comma, and a full stop before a lower-case word does not end the sentence.
const THIS_IS = /(?:^|[.!?]\s+)([a-zÀ-ɏ'’]+(?:-[a-zÀ-ɏ'’]+)*)(?:,|\s*:|\s+[-–—])?\s+this\s+is\s+([a-zÀ-ɏ'’-]+)\b/i;

export function introActStrength(sentence: SentenceText, isKnownName: (word: string) => boolean = () => false): 0 | 1 | 2 {
  const { norm } = sentence;
  if (namesTwoPeopleToEachOther(sentence.text, isKnownName)) return 2;
  if (!INTRO_ACT_GATE.passes(norm, sentence.gates)) return 0;
  const strength = positiveStrength(sentence, isKnownName);
  // The exclusions are checked only for sentences that look like an intro, which is few of them.
  return strength > 0 && NOT_AN_INTRO_ACT_MATCHER.test(norm) ? 0 : strength;
}

function positiveStrength(sentence: SentenceText, isKnownName: (word: string) => boolean): 0 | 1 | 2 {
  const { norm } = sentence;
  // "this is my nephew tyler", "here is our new neighbour Ana": someone on the thread presented by who they are to the writer.
  const presented = norm.match(PRESENTED);
  if (presented && presented[1].split(/[\s,.!?;:]+/).slice(1).some(isKnownName)) return 2;
  const lowerMeet = norm.match(LOWER_CASE_MEET);
  if (lowerMeet && isKnownName(lowerMeet[1])) return 2;
  const meet = sentence.text.match(MEET_SOMEONE);
  if (meet && !NOT_A_PERSON_AFTER_MEET.test(norm)) {
    // "Meet Autopilot: your board" names a product; a person is followed by a comma, a bracket or a full stop.
    // Two capitalised words and a colon ("Meet Smart Waitlist:") are a product too, unless the first names someone here.
    const after = sentence.text.slice((meet.index ?? 0) + meet[0].length);
    const named = meet[0].match(/(\S+)$/)?.[1].toLowerCase() ?? '';
    return /^\s*:/.test(after) || (/^\s+[A-Z]\S*\s*:/.test(after) && !isKnownName(named)) ? 0 : 2;
  }
  if (INTRO_ACT_MATCHER.test(norm)) return 2;
  return WEAK_INTRO_ACT_MATCHER.test(norm) ? 1 : 0;
}

function namesTwoPeopleToEachOther(text: string, isKnownName: (word: string) => boolean): boolean {
  const pair = (text.length <= 60 ? text.match(NAME_PAIR) : null) ?? text.match(THIS_IS);
  if (!pair) return false;
  const [first, second] = [pair[1], pair[2]];
  return first.toLowerCase() !== second.toLowerCase() && isKnownName(first) && isKnownName(second);
}

export function isHandOff(norm: string, gates?: number): boolean {
  return HAND_OFF_GATE.passes(norm, gates) && HAND_OFF_MATCHER.test(norm);
}

