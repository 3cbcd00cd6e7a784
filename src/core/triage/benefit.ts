// Recognises a concrete benefit offered to the person whose time is asked (rule 2); the asker's own gain does not count.
import { gateMask, WordGate } from '../text/word-gates';
import { BoundedMemo } from '../bounded-memo';
import { oneMatcher, oneOf, upTo, expandPhrase, phrase } from '../text/patterns';

/** How a sentence refers to the person who would benefit, or to the one who would give: a pattern source. */
export type BeneficiaryRef = string;

export const YOU: BeneficiaryRef = `(you|your|yours|yourself|you'd|you'll|you're|you've|u|ur)`;

// Names differ in every thread, the phrases around them do not. Before the personal patterns read a sentence, the
// people's first names are swapped for these two words, so each pattern is compiled once rather than once a thread:
// a thread's worth of large compiled patterns each time was enough to take V8 past the executable-memory mark beyond
// which it compiles regular expressions without optimising them.
const NAMED = 'zqnamedz';
const OTHER = 'zqotherz';
const PRONOUNS = ['she', 'her', 'hers', 'he', 'him', 'his', 'they', 'them', 'their', 'herself', 'himself'];

/** The beneficiary as a third person: a pronoun or their first name. */
export const THIRD_PERSON: BeneficiaryRef = oneOf([...PRONOUNS, NAMED, `${NAMED}'s`]);
/** The beneficiary by first name only: in mail to the owner, "she" is somebody else. */
export const BY_NAME: BeneficiaryRef = `(${NAMED})`;
/** "You" or the beneficiary's first name: in mail to the owner, both mean the owner. */
export const YOU_OR_NAMED: BeneficiaryRef = `(${YOU}|${NAMED}|${NAMED}'s)`;

/** The names a thread gives the beneficiary and the other side, swapped for the words the patterns use. */
export interface NamedPeople {
  beneficiary?: readonly string[];
  other?: readonly string[];
}

/** Swaps a thread's names in a sentence for the words the personal patterns use; made once a thread, for `benefitPatterns`. */
export function nameSwapper({ beneficiary = [], other = [] }: NamedPeople): (norm: string) => string {
  const plain = (name: string) => /^[a-zÀ-ɏ'-]{2,30}$/.test(name);
  const named = beneficiary.filter(plain);
  const others = other.filter((name) => plain(name) && !named.includes(name));
  if (named.length + others.length === 0) return (norm) => norm;
  return swappers.get(`${named.join(' ')}\u0000${others.join(' ')}`);
}

// Keyed by the beneficiary's names, then the other side's, each list joined by spaces.
const swappers = new BoundedMemo<(norm: string) => string>(200, (key) => {
  const [named, others] = key.split('\u0000').map((list) => (list ? list.split(' ') : []));
  const names = new RegExp(`(?<![a-zÀ-ɏ])(${[...named, ...others].join('|')})(?![a-zÀ-ɏ])`, 'g');
  const anyName = new RegExp(names.source);
  // Most sentences name nobody, and a replace with a callback is slow even when nothing matches.
  return (norm) => (anyName.test(norm) ? norm.replace(names, (name) => (named.includes(name) ? NAMED : OTHER)) : norm);
});

const GOODS =
  '(customers?|clients?|buyers?|leads|users|distribution|deal ?flow|revenue|sales|business|traffic|' +
  'exposure|visibility|audience|readers|listeners|subscribers|press|coverage|funding|capital|investment|' +
  'grants?|data|dataset|data set|access|introductions|intros|referrals?|a job|a role|an offer|' +
  'a speaking slot|a keynote|a contract|contracts|work|projects?|a discount|discounts|savings|equity|' +
  'survey|surveys|results|findings|reports?|benchmarks?|a stipend|an honorarium|compensation|payment|' +
  'credits?|licen[cs]es?|seats|a free|free|hires|candidates|talent|feedback from real|early access|a copy|' +
  'a report|the report|the results|the findings|the survey|the dataset|the data|beta access|case study|' +
  'a pilot|paid pilot|co-marketing|a partnership|partnerships|shelf space|a booth|tickets?)';
const PAID = phrase(/\bpays? (in )?cash\b|\b{poss} (usual|normal|standard|full) (rate|fee|price)s?\b|\b\d+ ?% ((more|higher|better) (pay|salary|money)|(up|more|higher) (on|than) what ~2(she|he|they|you)('s|'re| is| are)? (on|earning|paid|making))\b|\bpaid (\S+ ){1,2}?(gigs?|work|jobs?|roles?|projects?|contracts?|sessions?|days?|engagements?|slots?|internships?|placements?|fellowships?|residency)\b|\b(approved|allocated|agreed|signed-off) budget\b|\bremunerat\w*|\bplus travel\b|\bexpenses (paid|covered)\b|\b(it's|it is|is|are|they're|will be) ~paid\b|\b(has|have|'s got|got) (the )?(cash|money|budget)\b|\b(four|five|six|seven)[- ]figures?\b|\b(paid (pilot|commission|role|gig|work|engagement|project|contract|position|opportunity|speaking|keynote|talk|consult\w*|advis\w*|internship|trial|placement|study|research|interview|session|days?|job|spot|slot|partnership|survey)|(be|get|getting|being) ((him|her|them|you) )?paid|paid at ~2rates?|(full-time|permanent) (job |role |position )?offer|pay {obj}|compensat\w*|honorari\w*|stipend|bounty|revenue share|equity|retainer|(speaking|consulting|advisory|finder'?s) fee|day rate)\b|\b(pay|paid|budget|budgeting|budgeted|fee|worth|honorarium|grant|prize|stipend|rate|salary|up to|offering|compensation|contract) ~3([$€£]|\b(usd|eur|gbp|chf|cad|aud) ?) ?\d|([$€£]|\b(usd|eur|gbp|chf|cad|aud) ?) ?\d[\d,.]* ?(k|m)? ?(\/|per|an?) ?(hour|day|month|year|session|night|class|workshop)/);
const OFFER = phrase(/\b((in|as) (a )?(return|exchange)|\d+ ?% (off|discount)|happy to (share|give|offer|provide|pay|cover|compensate|introduce {obj} to|host|feature|promote|credit|donate|contribute|lend|loan|help (you|your|her|his|them|their))|(would|will|can|could) (gladly |happily )?(pay|compensate|cover (the|your|her|his|their)|sponsor|fund|invest)|(free|complimentary) ~2(year|month|months|pilot|access|survey|inspection|installation|check|scan|licen[cs]e|seat|tier|trial|copy|tickets?|pass|consult\w*|audit|assessment|estimate|review|plan|upgrade|setup|onboarding)|offer(ing|ed)? (to )?(share|give|send|provide|pay|cover|help|walk|host|lend|loan)|(is|are|was) (offering|willing to (share|pay|give|provide|fund|invest))|quid pro quo|for free|free to (the|your|her|his|their)\b|free of charge|at no (cost|charge)|at cost|pro bono|no charge|(offering|offers?|offered) ~2(an? )?(free|complimentary|discounted|paid)|revenue[ -]?shar\w*|split (the )?revenue|rev[ -]share|(has|have|got|with) (a |the )?budget\b(?! (meeting|review|call|cut|cuts|deadline|spreadsheet|template|process)\b)|budget (is there|is set|is approved|is available|exists)|(wants?|needs?|asking for|asked for) (a|an) (quote|estimate|proposal)|budget (set aside|allocated|approved)|for (them|her|him|you) ?:|free for \d+ (days|weeks|months)|(\d+|one|two|three|four|six|twelve) (days?|weeks?|months?) (completely )?free|(your|the|their|her|his) first ~3free|\d[\d,]* free\b|(pilot|trial|service|access|licen[cs]e|it|that|this|setup|integration|audit|session|consultation|ticket|entry|place|spot|membership) (is|'s|will be|would be) (completely |totally |entirely )?free\b|(run|write|do|publish) (a )?(feature|story|profile|piece|article|interview|episode) (on|about|with) (how |what |why )?(you|your|her|his|their)|(writing|doing|working on|putting together) (a )?(feature|story|piece|article|profile|segment|episode|report)\b.{0,80}\b(include|feature|cover|quote|profile|interview)|waive[sd]? (the |his |her |their |your |any )?~fees?|fees? waived|without (a |any )?(fee|charge|payment)|(an|the|first) exclusive (on|of|look|interview|story|preview|access)|offer ~4an exclusive|(offered|offers|offering|volunteered) to (run|do|play|teach|lead|coach|tutor|build|design|write|fix|donate|sponsor|organi[sz]e) |(exclusive|distribution|supply|licensing|reseller) (deal|agreement|partnership|contract))\b/);
const PARTY_GIVES = phrase(/\b(?<!\bwhich \S+ |\b(asked|asking|asks|know|knew|wondered|wondering|find out) (me |us )?who )(is|are|'s|'re|was|were|currently|actively) ~(hiring|recruiting|buying|investing|funding|sponsoring|commissioning|booking|licensing|sourcing|acquiring|onboarding|raising a fund|deploying)\b|\bput (some )?(money|cash) in\b|'d (like|love) to (hire|buy|commission|book|order|purchase|fund|sponsor|pay|license|bring on|retain|engage)\b|\b('d|would|will) (place|put in) (an? |the )?~order\b|\b(wants?|would (like|love)|is looking|are looking|looking|plans?|planning|hopes?|hoping|intends?|intending|is keen|are keen|is eager|are eager|needs?|is trying) to (hire|buy|invest|fund|sponsor|donate|partner|license|commission|book|feature|interview|pay|purchase|acquire|onboard|bring on|engage|retain|work with|collaborate|outsource|back|stock|carry|distribute|publish|cover|quote|license|order|place an order|lead)\b/);
// The trades and suppliers someone may be after, or may need and not have found yet: each one is work for the beneficiary.
const TRADES = '(studio|agency|partner|vendor|supplier|brand|firm|caterer|translator|photographer|videographer|illustrator|editor|writer|copywriter|tutor|trainer|plumber|electrician|builder|roofer|printer|florist|musician|drummer|bassist|singer|venue|consultant|contractor|freelancer|designer|developer|installer|provider|lawyer|solicitor|accountant|architect|planner|recruiter|agent|broker|engineer|vet|physio|therapist)';
const SEEKS_SUPPLIER = phrase(String.raw`\b((want|need|seek)s? (an?|one) ~${TRADES} (to|with|for|who)\b|(looking|searching|hunting|shopping|shopping around|on the hunt|in the market) for (an? |some )?~5(partner|vendor|supplier|advisor|adviser|board member|consultant|contractor|freelancer|designer|developer|engineer|speaker|keynote|guest|expert|author|hire|candidate|agency|firm|customer|pilot|investor|manufacturers?|makers?|co-?founder|cto|ceo|vp|head of|lead|manager|director|provider|expertise|someone (like you|with your)|installers?|suppliers?|studios?|producers?|stockists?|people who|app|tool|platform|software|solution|product|service|system)\b)`);
// "you mentioned you're hiring", "you were saying you can't find a studio": the owner's own need, met by the other side.
const NEED_MATCH = ` (\\S+ ){0,3}?(mentioned|said|told me|were saying|complained|were moaning|wrote|posted|is|are|'re|were|has been|have been|'s been|'ve been|are still|were still)\\b.{0,80}?\\b(?<!\\b(i|we|i'll|we'll|i'd|we'd|i'm|we're|i am|we are) )(looking|hiring|searching|hunting|trying to (find|hire|raise|sell|reach|fill)|in the market|short-?staffed|short on|need(ed|ing|s)?|struggl\\w*|raising|fundraising|keen to find|hoping to find|on the hunt|can'?t find|couldn'?t find|missing|lacking|want(ed)? to (find|hire|meet|raise))`;
const CHEAPER = /\bhalf (price|what|the price)|\bmates'? rates?\b|\bcost price\b|\bdiscounted\b|\bat a discount\b|\b\d+ ?% (of|below|under|off) (wholesale|retail|list|market|the)\b/;
const OPPORTUNITY = phrase(String.raw`\b(travel|flights?|stay|hotel|accommodation|expenses)\b.{0,30}\bcovered\b|\bco-?authorship\b|\bfunds? \d+ ?% of\b|\b(fully )?funded (research )?(time|days|post|position|placement|fellowship|phd|studentship)\b|\bcover(s|ing)? (your |her |his )?(travel|flights?|hotel|expenses)\b|\b(keynote|speaking|speaker|panel|guest) (slot|spot|seat|invitation)\b|\bfree (publicity|exposure|press|coverage|promotion|advertising)\b|\b(complain\w*|frustrated|unhappy|fed up)\b.{0,60}\b(supplier|vendor|provider|agency|contractor|agent)\b|\b(hasn't|has not|haven't|have not) (yet )?(picked|chosen|found|hired|got) (an? )?~${TRADES}\b|\bagreed to (pick up|cover|take on|handle|help|do)\b|\b(opened|opening|hiring for|recruiting for) (an? |two |three |\d+ )?~3(roles?|positions?|openings?)\b|\b(has|have|got) (the |a |an )?~4(req|role|position|opening|vacancy) open\b|\bplus (equity|shares|bonus|options|stock)\b|\bhave you on\b|\bas a guest\b|\b(guest|feature|interview|speak|spot|slot|episode|promot|shout)\w*\b.{0,100}\b\d[\d,.]*k? ~(subscribers|listeners|readers|followers|attendees|delegates|viewers|downloads)\b|\b\d[\d,.]*k? ~(subscribers|listeners|readers|followers|attendees|delegates|viewers|downloads)\b.{0,100}\b(guest|feature|interview|speak|spot|slot|episode|promot|shout)|[$\u20ac\u00a3] ?\d[\d,.]* ?(k|m)? ?[-–] ?\d`);
const RESULT = /\b(cut|cuts|reduced?|saved?|increased?|improved?|boosted?|lowered?|doubled?|halved?|grew|grown)\b.{0,60}\bby (about |around |roughly |over )?\d+ ?%/;
// Asked for a supplier ("whether I knew a good architect"): the beneficiary may be one. Asked for buyers ("other
// practices struggling with no-shows", "who was hiring"), the asker is after customers, which is no gain to them.
const ASKED_FOR_SUPPLIERS = phrase(String.raw`\basked (me )?(if|whether) i (knew|know|could recommend|had)\b(?! (anyone|someone|somebody|people) (at|in|from|over at)\b| ~3(struggling|having trouble|dealing with|fed up)\b| (anyone|someone|somebody|other \S+|any \S+) (who|that) (needs?|wants?|could use|might use|is looking|are looking)\b)|\basked (me )?(for|to find|to recommend) (an? |some )?~${TRADES}s?\b|\b(about to|going to|planning to|plan to) (tender|buy|purchase|hire|procure|commission|contract|outsource|invest|fund)\b|\blead(ing)? (a|the|your|their|his|her) ~round\b|\bwrite (a|the) (cheque|check)\b`);
// Demand for what the beneficiary has: an order for their goods, money for their round, a deal in their thesis.
const DEMAND = phrase(String.raw`\b(buy|order|stock|get a price|supply)\b.{0,60}\b\d[\d,.]* ~(a|per|each|every) (week|month|fortnight)\b|\b\d[\d,.]* ~(a|per|each|every) (week|month|fortnight)\b.{0,60}\b(buy|order|get a price|supply)\b|\b(he|she|they)('s| is| are)? (definitely |really |urgently |badly )?(needs?|wants?|looking for) (a|an) (good |decent |local )?${TRADES}\b|([$€£] ?|\b(usd|eur|gbp) ?)\d[\d,.]*k? ~(set|put) aside\b|\b(put|set) ([$€£] ?|(usd|eur|gbp) ?)\d[\d,.]*k? aside\b|\b(has|have|'s got|got|approved|allocated) (a |an |the )?~budget (for|of)\b|\b(set|put) aside (a |an |the |some )?~budget\b|\b(wants?|needs?|looking|plans?|planning|has|have) to (choose|pick|find|hire|select|appoint|engage) (an? |the )?~${TRADES}\b|\b(signed|approved) (po|purchase order|order|contract)\b|\b(po|purchase order|order|contract) (worth|(is |already )?(signed|approved))\b|\brefer ~3(patients|clients|customers|students|cases|companies|startups|founders)\b|\breferring (him|her|them|my (patient|client)) to you\b|\d+ new (patients|clients|customers|students) (a|per|every) (week|month)\b|\b(wants?|needs?|would like|is after|orders?|ordering) (about |around |roughly |some |up to )?\d[\d,.]*k? ~3(of|in|from) (your|ur)\b|\b(put|putting|invest|investing|deploy|deploying) (around |about |up to )?[$\u20ac\u00a3] ?\d[\d,.]* ?(k|m|million)? (into|in)\b|\b(right|squarely|firmly|well|smack) (in|within|inside) (your|ur) ~2(thesis|focus|wheelhouse|sweet spot|mandate|remit)\b|\b(fits?|matches) ~(your|ur) ~2(thesis|mandate|investment focus)\b|\b(serious|qualified|motivated|cash) buyer\b|\b(good|great|strong|perfect|ideal|natural|interesting|exciting) ~2(one|deal|company|fit|addition|opportunity) for (your|ur) ~(pipeline|portfolio|fund|deal ?flow)\b`);
// "I'll share your email with him" gives the owner's details away; "buy her a coffee" buys time, not value.
const GIVES_AWAY_OWNERS_DETAILS = phrase(/\b(share|pass|give|send|forward) (on )?(your|ur) ~(email|mail|number|contact|details|info|address|cv|resume|name)\b/);
const BUYS_TIME = phrase(/\b(buy|buying|pay for|paying for) ({obj} )?(a |the )?(quick )?(coffees?|lunch|drinks?|beers?|pints?|teas?|breakfast|dinner|round)\b/);
const TAKER_ONLY = phrase(/\b(looking for|seeking|wants?|needs?|would love|hoping for) ~2(advice|guidance|mentor\w*|feedback|a job|a role|work|an internship|internships|help|tips|insights?|perspective|thoughts|input|a reference|a referral|coffee|a chat|an intro)\b/);

// "give him a ring", "save you a step": the verbs of a benefit with nothing of value after them.
const NOT_A_GIFT = '(a|the|one) (quick )?(step|trip|click|hassle|email|reply|ring|call|buzz|shout|bell|nudge|tour|demo|walkthrough|overview)\\b';
const GIVES_ONLY_ADVICE_OR_A_CALL = phrase(`\\b(pick|brain|advice|learn)\\b|\\bgive (you|him|her|them) ${NOT_A_GIFT}`);

/** The side that would give: the other party when the owner is asked, the asker ("I", "we") when a target is. */
export const ASKER: BeneficiaryRef = `(i|we|i'd|we'd|i'll|we'll|i'm|we're|our team|my team|our company|my company)`;
/** The givers when the owner's time is asked: the people introduced, in the third person, or the writer. */
export const OTHER_SIDE_OR_ASKER: BeneficiaryRef = `(${oneOf([...PRONOUNS, OTHER, `${OTHER}'s`])}|${ASKER})`;

const GIVE_VERBS =
  '(share|give|send|provide|lend|loan|help|fund|hire|pay|sponsor|cover|offer|advise|review|host|feature|' +
  'quote|cite|license|supply|buy|invest|refer|open doors|credit|promote|showcase|donate|grant|waive|' +
  'set you up|fast-track)';

export interface BenefitPatterns {
  gives: RegExp;
  receives: RegExp;
  /** Goods for the beneficiary, a fit, a need of theirs met, a role of theirs filled: any one is a benefit. */
  statesGain: RegExp;
  /** "his fund has backed three grid-software companies": in a fundraising ask, a deal in the investor's own field. */
  investsInTheField: RegExp;
  /** The sentence as the patterns read it, the thread's names swapped for the words they use. */
  named(norm: string): string;
}

// A handful of (beneficiary, giver) pairs, each compiled once. They are looked up by the two references themselves,
// constants whose hashes the engine keeps, rather than by a long key joined and hashed afresh on every call.
const compiled = new Map<BeneficiaryRef, Map<BeneficiaryRef, Omit<BenefitPatterns, 'named'>>>();

const NOBODY_NAMED = nameSwapper({});

/** The benefit patterns for one beneficiary and giver, reading names as `named` swaps them; pass them to `statesBenefit`. */
export function benefitPatterns(ref: BeneficiaryRef, giver: BeneficiaryRef = ASKER, named: (norm: string) => string = NOBODY_NAMED): BenefitPatterns {
  let byGiver = compiled.get(ref);
  if (!byGiver) compiled.set(ref, (byGiver = new Map()));
  let patterns = byGiver.get(giver);
  if (!patterns) byGiver.set(giver, (patterns = compileBenefitPatterns(ref, giver)));
  // Spelled out, so every set has one shape: copies made by spreading took the readers of `gives` and `named` megamorphic.
  return { gives: patterns.gives, receives: patterns.receives, statesGain: patterns.statesGain, investsInTheField: patterns.investsInTheField, named };
}

function compileBenefitPatterns(ref: BeneficiaryRef, giver: BeneficiaryRef): Omit<BenefitPatterns, 'named'> {
  return {
    gives: new RegExp(expandPhrase(`\\b${giver} ${upTo(3)}${GIVE_VERBS} (${ref}\\b|(\\S+ ){0,6}?(${GOODS}|with ${ref})\\b)`)),
    receives: new RegExp(expandPhrase(
      `\\b(help|save|saves|saving|give|gives|offer|offers|pay|hire|fund|funds|invest in|send|share with|refer|feature|quote|interview|sponsor|cut|reduce|lower|double|grow|boost|increase|solve|fix|unblock|supply|lend|loan|bring) ${ref}\\b(?! (pick|through (our|their|the) (platform|product|demo)|something|anything|${NOT_A_GIFT}))`)),
    statesGain: oneMatcher([
      phrase(`\\b${GOODS} ~4(for|to) ${ref}\\b|\\b${ref} ~(could|would|will|can|might|'d|'ll) ~(get|gain|receive|win|land|earn|access|save)\\b(?! (along|on)\\b)`),
      phrase(`\\b(great|good|strong|perfect|natural|ideal|real|valuable|useful|obvious|big) ~(fit|customer|client|partner|hire|candidate|investor|advisor|channel|lead|match|opportunity|resource|source|buyer|acquirer|distributor|collaborator) ~2(for|to) ${ref}\\b`),
      phrase(`\\b${ref}${NEED_MATCH}`),
      phrase(`\\b(are|were) ${ref} (still )?(looking|hiring|searching|in the market|raising)\\b`),
      phrase(`\\b(for|fill|filling) ${ref} (open |new )?~(role|position|opening|vacancy|job|req|seat|search|hire)\\b`),
      // "Devraj runs the platform team and has the senior data engineer opening I mentioned"
      phrase(`\\b${ref}\\b.{0,60}?\\b(?<!\\b(in case|if|whether) \\S+ )(has|have|'s got|got) (the|an?|two|three|\\d+) ~4(opening|openings|vacancy|vacancies)\\b`),
      // A candidate for the beneficiary's own opening: "who fits the staff engineer role you posted last month".
      phrase(`\\b(role|position|opening|job|vacancy|req) ${ref} (just |recently )?(posted|advertised|listed|put up|are hiring for|have open|opened)\\b|\\b(posted|advertised) (the|a|an|their) ~3(role|position|opening|vacancy)\\b`),
      // "you're short of foster homes", "she's desperate for a drummer"
      phrase(`\\b${ref}('s|'re| is| are| were)? (still |always |really |desperately )?(short of|short on|desperate for|in need of|crying out for|struggling to find)\\b`),
      // A candidate for the beneficiary's own opening: "applying for the analytics role on Sunita's team".
      phrase(`\\b(applying|applied|apply) for ~5(role|position|opening|job|vacancy) (on|in|with) ${ref}\\b|\\b(role|position|opening|vacancy) on ${ref}('s)? ~team\\b`),
      phrase(`\\b${ref} ~(fits|matches|qualifies|would qualify|is eligible|is a fit)\\b|\\b(very |really |extremely )?(useful|valuable|helpful) (for|to) ${ref} (?!to\\b)[a-z]|\\bexactly (the|what) ~5${ref}\\b|\\b(just |exactly )?what ${ref} ((have|'ve|had|'d) )?(been )?(after|looking for|hoping for|searching for|wanting|needing)\\b|\\b(close|good|great|strong|perfect) (fit|match) for ${ref}\\b|\\b${ref} open ~4(role|position|opening)\\b`),
    ]),
    investsInTheField: new RegExp(expandPhrase(
      `\\b${ref} ${upTo(3)}((has|have|had|'s|'ve) )?(already |also )?(backed|funded|invest(s|ed) in|(is|are) investing in|made (\\S+ )?investments? in|led ${upTo(2)}(investments?|rounds?|deals?) in)\\b|\\b${ref} ${upTo(3)}(wrote|writes|has written|published) (the|a) (\\S+ )?thesis\\b|\\b${ref} ${upTo(3)}(post|thesis|essay|article|piece|memo|talk)\\b.{0,80}?\\b(describes|is about|matches|sums up) (\\S+ )?what we\\b|\\b(given|with|considering) ${upTo(4)}(thesis|investment focus)\\b`)),
  };
}

const OFFER_OR_PAY = oneMatcher([OFFER, PAID]);
const OFFER_ONLY = oneMatcher([OFFER]);
const CONCRETE_GAIN = oneMatcher([RESULT, ASKED_FOR_SUPPLIERS, CHEAPER, OPPORTUNITY, DEMAND]);
const PARTY_WANTS_WHAT_BENEFICIARY_HAS = oneMatcher([PARTY_GIVES, SEEKS_SUPPLIER]);

// The other side paying the beneficiary (buying, investing, a paid pilot, "at your standard rate"): talk of quotes,
// walkthroughs and their own pricing is then theirs.
const PAYS_THE_BENEFICIARY = phrase(/\b(wants?|would like|looking|plans?|planning|needs?|keen|ready|about) to (buy|purchase|order|invest|license|pay for)\b|\b(paid|paying) (pilot|engagement|contract|project)\b|\bterm sheet\b|\blead (a|the|your) ~round\b|\bbudget (signed|approved|set aside|allocated)\b|\b(happy|willing|glad|ready) to pay\b|\bat {poss} (standard|usual|normal|full) ~(rates?|fees?)\b/);

/** Whether the sentence shows the other side paying the beneficiary: then they are a buyer or an investor, not a seller. */
export function paysTheBeneficiary(norm: string): boolean {
  return PAYS_THE_BENEFICIARY.test(norm);
}

// Each group of benefit patterns has a gate of its own: one gate for all of them lets through nearly half of all
// sentences, each of these a fifth to a third. The words are cut to stems of four letters to keep the bundle small;
// the coverage test still proves each gate lets through every phrasing. The personal patterns are built here with
// a stand-in for the people.
const ANYONE = '(\\S+)';
function personalPatterns({ gives, receives, statesGain }: Omit<BenefitPatterns, 'named'>): RegExp[] {
  return [gives, receives, statesGain];
}
const OFFER_GATE = new WordGate(/%|figu|usua|norm|stan|full|with|volu|\bfee|sala|retu|exch|\boff\b|disc|happ|pay\b|comp|cove|spon|fund|inve|offe|will|quid|char|cost|bono|reve|shar|budg|quot|esti|prop|\bfor\b|free|feat|stor|prof|piec|arti|inte|epis|writ|doin|work|toge|waiv|excl|dist|supp|lice|rese|remu|trav|paid|cash|mone|hono|stip|boun|equi|reta|spea|cons|advi|find|rate|\$|€|£|\busd|\beur|\bgbp|\bchf|\bcad|\baud/, [OFFER_OR_PAY]);
const GAIN_GATE = new WordGate(/bran|engi|week|mont|fort|soli|desi|elec|vide|drum|bass|sing|roof|vet\b|phys|ther|mone|cash|asid|budg|\busd|\beur|\bgbp|cate|transl|illu|edit|tuto|aine|plum|tric|flor|musi|venu|aske|dona|spot|slot|epis|shou|sign|appr|wort|refe|pati|clie|cust|stud|auth|tend|\bbuy\b|purc|hire|proc|comm|cont|inve|fund|writ|half|mate|pric|disc|%|cove|keyn|spea|pane|gues|publ|expo|pres|prom|adve|agen|lawy|deve|supp|vend|acco|brok|arch|buil|phot|plan|firm|agre|open|equi|shar|bonu|opti|stoc|have|\$|€|£|your|\bur\b|thes|mand|buye|hiri|recr|buyi|spon|lice|sour|acqu|onbo|depl|book|feat|inte|\bpay\b|brin|enga|reta|work|coll|back|carr|dist|quot|orde|lead|part|cons|free|inst|prov|look|shop|hunt|mark/, [CONCRETE_GAIN, PARTY_WANTS_WHAT_BENEFICIARY_HAS]);
const PERSONAL_GAIN_GATE = new WordGate(/desp|cryi|shar|afte|hopi|want|give|send|prov|lend|loan|help|fund|hire|pay\b|spon|cove|offe|advi|revi|host|feat|quot|cite|supp|buy\b|inve|refe|door|cred|prom|show|dona|gran|waiv|set\b|fast-|savi|inte|\bcut\b|redu|lowe|doub|grow|boos|incr|solv|\bfix\b|unbl|brin|cust|clie|buye|user|dist|deal|reve|sale|busi|traf|expo|visi|audi|read|list|subs|pres|capi|data|intr|spea|keyn|cont|work|proj|disc|equi|surv|resu|repo|benc|stip|hono|comp|paym|lice|free|cand|tale|feed|copy|stud|pilo|part|shel|boot|tick|get\b|gain|rece|win\b|land|earn|acce|save|fit\b|chan|lead|matc|oppo|sour|acqu|coll|look|hiri|sear|tryi|mark|shor|need|stru|rais|hunt|find|miss|lack|meet|role|posi|open|vaca|job\b|req\b|seat|fits|qual|elig|usef|valu|exac/, personalPatterns(compileBenefitPatterns(ANYONE, ANYONE)));

/** True when the sentence states something concrete the beneficiary would get from the giver (both set in `p`). */
export function statesBenefit(norm: string, p: BenefitPatterns, concreteOnly = false, gates: number = gateMask(norm)): boolean {
  // In a sentence that sells, a fee or a retainer is the seller's price: only an offer (a discount, a free month) counts.
  if (OFFER_GATE.passes(norm, gates) && (concreteOnly ? OFFER_ONLY : OFFER_OR_PAY).test(norm)) return !isOnlyAboutMe(norm);
  return promisesGain(norm, p, concreteOnly, gates) && !BUYS_TIME.test(norm);
}

function promisesGain(norm: string, p: BenefitPatterns, concreteOnly: boolean, gates: number): boolean {
  const gain = GAIN_GATE.passes(norm, gates);
  // In a sales pitch, "could help your team" is the pitch itself; only offers, sums and results count.
  if (concreteOnly) return gain && RESULT.test(norm);
  if (PERSONAL_GAIN_GATE.passes(norm, gates)) {
    const named = p.named(norm);
    if (p.gives.test(named) && !TAKER_ONLY.test(norm) && !GIVES_AWAY_OWNERS_DETAILS.test(norm) && !GIVES_ONLY_ADVICE_OR_A_CALL.test(norm)) return true;
    if (p.receives.test(named) && !TAKER_ONLY.test(norm)) return true;
    if (p.statesGain.test(named)) return true;
  }
  return gain && (CONCRETE_GAIN.test(norm) || (PARTY_WANTS_WHAT_BENEFICIARY_HAS.test(norm) && !TAKER_ONLY.test(norm)));
}

/**
 * In a fundraising ask, the beneficiary's own record in the field ("she has made several investments in the
 * blockchain space") says why the deal matters to them, and the round's traction ("$18k MRR, growing 14% a month",
 * "$900k committed") what it is worth; outside one they are flattery before an ask for advice, or a boast.
 */
export function statesInvestorFit(norm: string, p: BenefitPatterns): boolean {
  return p.investsInTheField.test(p.named(norm)) || TRACTION.test(norm);
}

// A round with revenue, growth or money already in it is a deal an investor may want; one without is a favour asked.
const TRACTION = phrase(/\d[\d,.]* ?[km]? (arr|mrr)\b|\bgrowing ~\d+ ?% (a|per|every) (week|month|year)\b|\d[\d,.]* ?[km]? (of it |is )?(already )?committed\b/);

/** "I'd pay for your time" reads as an offer; "we'd pay for our pilot" said to a seller does not matter here. */
function isOnlyAboutMe(norm: string): boolean {
  return WRITER_GOT.test(norm) && !/\b(you|your|her|his|their)\b/.test(norm);
}

const WRITER_GOT = phrase(/\b(i|we) ~(got|received|won|were paid|was paid)\b/);
