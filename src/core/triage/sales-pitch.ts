// Recognises a meeting whose purpose is to sell a product or service to the person whose time is asked.
import { oneMatcher, phrase } from '../text/patterns';
const SELLER_OWNED = `(our|their|his|her|its|the|this|my)`;
const OFFERING = `(modules?|platform|products?|tools?|solutions?|software|saas|app|api|services?|offerings?|system|technology|tech|suite|stack|agency|firm|consultancy|practice|program(me)?s?|plans|packages|devices?|hardware|sdk|plugin|integration|crm|dashboard)`;

/**
 * The sales family. Unlike the other families it has no word gate: every sentence reaches it, since a gate for its many
 * words cost 770 bytes of the bundle's 150 KB for a 5% faster triage, and the bytes buy more as rules.
 */
export const SALES_PATTERNS: readonly RegExp[] = [
  /\bdemo(s|ed|ing)?\b(?! (day|night))/,
  phrase(/\bas a service\b|\bbefore you sign\b|\bfree ~2(pilot|trial)\b|\b\d+ ?% (founding[- ]customer )?discount\b/),
  phrase(`\\b(offer|sell|pitch|present|show|demo) ~2(our|their|his|her) ~4${OFFERING}\\b`),
  phrase(`\\btell {obj} ~about ${SELLER_OWNED} ~2${OFFERING}\\b|\\b(i'm|i am|we're|we are) (now )?~3selling (the |our |a )?~3${OFFERING}\\b`),
  // "introduce her to our new compliance tool", not "to the programme chair"
  phrase(`\\bintroduc(e|ing) (you|her|him|them|your team) to ${SELLER_OWNED} ~2${OFFERING}\\b(?! [a-z])`),
  phrase(`\\b(walk|take|talk) (you|her|him|them|your team|their team) through (${SELLER_OWNED}|\\S+'s) ~3${OFFERING}\\b`),
  /\b(walk|take) (you|her|him|them|your team) through (it|what (we|they|he|she)('ve| have)? built)/,
  phrase(/\bshow (you|her|him|them|(your|my|our|their) ~team) (what|how) ~2(we|they|he|she|it) ?('ve|'re|have|are|can|could|is)? ?(built|building|do|does|can do|offer|works|working on|making|doing)/),
  // "show your team our platform", "show my data team his analytics suite"
  phrase(`\\bshow (you|her|him|them|(your|my|our|their) ~team) ${SELLER_OWNED} ~${OFFERING}\\b`),
  phrase(`\\b${SELLER_OWNED} ~2${OFFERING} ~2(could|can|would|might|will|may) ~3(help|sav(e|ing)|support|streamline|improve|reduce|cut|automate|transform|boost|power|fit|work for)`),
  phrase(/\b(sell|selling|pitch|pitching|sales pitch) (?!for\b)~(to )?(you|your|her|him|them|their)\b(?! (an? |my |the )?(excerpt|story|article|piece|idea|column|op-ed|essay|chapter)\b)|\b(present|presenting) ~to (you|your|her|him|them|their)\b(?! ((my|our|a) (old |dear |good )?(friend|colleague|cousin|nephew|niece|son|daughter|student|neighbou?r)|mr|mrs|ms|miss|dr|prof)\b)/),
  /\bpitch(ing)? (our|my|the|a|an) |\bsell (to|into) /,
  phrase(/\bshow (you|her|him|them|(your|my|our|their) ~team) what (?!i )~2\S+ (can|could) do\b/),
  // "talk through how they can support your hiring", "we help teams like yours"
  /\b(talk|walk) (you |her |him |them )?through how (we|they|he|she|it) (can|could|might|would) (help|support|work with)\b|\b(teams|companies|businesses|firms|founders|people|clients|brands) like (yours|you)\b/,
  phrase(/\btell {obj} ~about (how|what) (they|we|she|he) (could|can|might) help\b/),
  /\bfirst (year|month|months|quarter) free\b|\bfree for the first\b|\b(\d+|one|two|three|four|six|twelve) (days?|weeks?|months?) (completely )?free\b/,
  phrase(/\b{3poss} ~(fees?|rates|services|packages)\b|\b(?<!\b(on|about) ){3poss} ~pricing\b/),
  /\b(get|be|getting|put|putting) ((our|my|the|their|his|her) (\S+ ){0,3})?in front of (you|her|him|them|the|your|their)\b/,
  // "our engagement software might be worth a look"
  phrase(`\\b${OFFERING}\\b.{0,60}\\bworth (a (quick |closer )?(look|try|demo|test)|(looking at|trying|exploring|checking out))\\b`),
  /\b(onboarded|approved|listed|registered|set up) as (an? )?(vendor|supplier|partner)\b/,
  /\bthat('s| is) exactly what (we|i|our \S+) (do|offer|sell|provide|build|make)\b/,
  phrase(/\bpartnership to (bring|sell|get|put|launch|place|distribute)\b|\b(agency|firm|consultancy|studio|company) ~3represents?\b/),
  phrase(/\bsee if (we|they|he|she|our|their|his|her) ~2(can|could|might|would) ~(help|support|work with|be a fit|fit|add value|save)/),
  /\bfree for \d+ (days|weeks|months)\b|\b(annual|monthly|yearly) (licen[cs]e|subscription|plan)\b|\bif you (don't|do not) buy\b/,
  phrase(/\b(give|take) {obj} (a |the )?(quick )?(tour|walkthrough|walk-through|demo|overview) of\b|\b\d+ ?% off (the |our |their )?(list )?price\b/),
  /\b(free trial|pricing (for|details|sheet|page|plans?)|price quote|quote for|rfp|head of procurement|procurement (director|lead|manager|head|officer)|purchase order|onboarding call|sales call|discovery call|product tour)\b/,
  phrase(/\b(reduce|cut|lower|slash|trim) {poss} ~(costs?|spend|bill|churn|fees|overhead)\b/),
  phrase(`\\b(pilot|trial|try|test) (out )?(${SELLER_OWNED}|\\S+'s) ~${OFFERING}\\b`),
  /\bshow (it|this|them|our \S+) to\b/,
  phrase(/\b(agency|consultancy|studio|firm|shop) ~3(services|retainer|engagement)\b/),
  phrase(/\b(offers?|provides?|sells?|builds?|built|makes?) ~3(services|software|solutions|tools?|platform) (for|to) ~(teams|companies|businesses|firms|banks|brands|retailers|startups|issuers|hospitals|schools|you|your)\b/),
  // "a club package at 39 quid per athlete", "on a monthly retainer (from £3,000 a month)": a price list is a sale.
  phrase(/\b(from|starting (at|from)|starts at) [$€£] ?\d|\bworks? (with ~6)?on an? ~retainer\b/),
  phrase(/\b(package|plan|subscription|bundle|tier|licen[cs]e)s? ~3(at|for|from|costs?|is) (just |only )?([$€£] ?\d|\d[\d,.]* ?(quid|bucks|dollars|euros|pounds|usd|eur|gbp)\b)/),
  // "a real opportunity for their restaurants to consolidate onto one platform": the seller's product as the gain.
  phrase(/\boffer {obj} ~3(pricing|price|prices)\b/),
  /\b(opportunity|chance) for (\S+ ){1,4}?to (consolidate|switch|move|migrate|upgrade|standardi[sz]e) (on|onto|to|over)\b/,
  // "they want to win your business"
  phrase(/\b(win|earn|land) {poss} (business|account|custom)\b/),
  // The asker's own hunt for clients: "we're keen to find a few more long-term clients in Portland".
  phrase(/\b(we|we're|we are|i|i'm|i am) ~3(find|win|land|sign|add|get) ((a few|a couple( of)?|some|more|new) )*~(clients|customers|accounts)\b/),
  // A trade's own words. A walk through the seller's options, terms or what they would put in place instead.
  phrase(/\b(walk|talk|run|take) {obj} through (how ~3works|what (we|they|he|she)('d| would| could| can| will) (set up|offer|do|put in place|arrange|recommend)|(his|her|their|our) ~(options|terms|rates|proposal|process|policies|packages|plans|products|services|prices|pricing|range|offers?|deals)|what {subj} (could|can|might) borrow)\b/),
  // A seller's visit: "come out and do his presentation", "visit you one morning and explain the prices", "present his linen collection".
  phrase(/\bdo (his|her|their|our) ~(presentation|pitch|demo)\b|\bexplain (the |his |her |their |our )?(prices|pricing|rates|tariffs?|packages|plans)\b|\bpresent (his|her|their|our) ~2(collection|range|products|prices|catalogue|catalog|line|samples|services)\b/),
  // A free review as the way in: "I'd offer him the same complimentary plan review I did for you".
  phrase(/\b(offer|give|do) (him|her|them|you) (the same |a )?(free|complimentary|no-obligation) ~2(review|analysis|assessment|audit|consultation|survey|valuation|health ?check)\b/),
  // The seller's promise on the buyer's bills: "we could save St Oswald's money", and a deal that runs out.
  phrase(/\b(we|i|they|he|she) ~(could|can|would|will) ~(save|cut) ~(you|your|her|him|his|them|their|[a-z]+'s) ~2(money|costs?|bills?|a fortune)\b|\b(spring|summer|autumn|winter|christmas|new[- ]customer|launch|introductory|limited[- ]time) (promotion|offer|discount|deal|pricing)s?\b|\bfor (orders|bookings|sign-?ups) (placed |made )?(before|by)\b|\bsee (him|her|them|you) right (on|for) (the )?price\b/),
  // A recruiter's or agent's fee terms: "a contingency fee of 20% of first-year base", "our terms are 18% of first-year salary".
  phrase(/\b\d+ ?% of (the )?(first[- ]year|first year's|annual|starting|base) ~(salary|base|pay|comp|compensation|earnings)\b|\b(contingency|placement|finder's|finders|success|retained search) fee\b/),
  // "we could do for them what we did for Copperline", "we could really help her get more people through the door"
  phrase(/\bdo for (you|them|her|him|your \S+) what (we|they|he|she|i) did for\b|\b(could|can|would) (really )?help (you|her|him|them|your \S+) (get|win|find|bring in|drive|attract) more ~2(customers|people|clients|sales|leads|bookings|traffic|footfall|business|members|covers|sign-?ups)\b/),
  // Reviewing what the buyer has now, to replace it: "look over what you're carrying", "a fresh quote side by side with what he has".
  phrase(/\b(look over|review|go over|compare|check|beat) (what {subj}('re| are| is) (carrying|paying)|{poss} (current |existing )?(cover|coverage|policy|policies|premiums?|mortgage|loan|tariff|energy bills?|supplier|provider|broker))\b|\b(fresh|no-obligation|free|competitive) quotes?\b/),
  // Cheaper or quicker than whoever serves the buyer now: "quicker than the high st banks".
  /\b(cheaper|faster|quicker|better|lower) than (the |your |her |his |their )?(current |existing |usual |big |high st |high street )?(banks?|providers?|suppliers?|brokers?|insurers?|agenc(y|ies)|vendors?|lenders?)\b/,
  // Goods shown to a buyer: "15 minutes with your ward manager to show her the range".
  phrase(/\bshow (you|her|him|them|{poss} ~team) (the|our|his|her|their) (new |full |latest |whole )?(range|line|collection|catalogue|catalog|samples|line sheet|menu)\b/),
  // Someone on the thread who sells: "a mate of mine sells rostering software", "send over our wholesale line sheet"
  // (a rate card alone may be a buyer's: the rates they pay).
  phrase(/\b(he|she|they|his (firm|company)|her (firm|company)|their (firm|company)) (also |now |still |mostly )?sells?\b|\bsells ~3(software|insurance|cover|panels|systems|services|platforms?|products?|policies|mortgages|loans|subscriptions|licen[cs]es)\b|\b(our|my) (wholesale |trade )?(line sheet|price list|trade prices|wholesale prices)\b/),
  // A deal that ends on a date: "8% off for anyone on our road who signs before March 1".
  /\b\d+ ?% off for (anyone|everyone|people|customers|neighbou?rs|members)\b|\bwho (signs?|books?|orders?) (up )?(before|by)\b/,
  // A new customer's incentive: "first box is half off", "25% off year one", "pilot pricing", "a promotion for new clients".
  phrase(/\bfirst ~(is|are) (free|half off)\b|\b(half|\d+ ?%) off ~(first (year|month|order|box|clean|visit|session)|year one)\b|\bpilot pricing\b|\b(promo\w*|offer|deal|discount) for new ~(customers|clients|members)\b/),
  // The buyer's current cover reviewed, a price locked in, a place on a buyer's list, a rep hunting for more of the same:
  // "a free review of whatever you have now", "lock in the premiums", "getting on your preferred lender list".
  phrase(/\b(free|complimentary) ~(review|audit|assessment|analysis) of ((whatever|what|everything) {subj}|{poss})\b|\block in ~2(premiums?|rates?|prices?)\b|\b(preferred|approved) ~(lender|vendor|supplier|provider)s? list\b|\bon {poss} ~(lender|vendor|supplier|referral) list\b|\bwho('d| would| could| might) (want|need|do with) the same\b/),
  // Goods pressed on a friend: "u would love the products", "ur office is the perfect size", "do a tasting for the team".
  phrase(/\b(you|u)('d| would) love (the|our|my|these) (products|supplements|skincare)\b|\b(your|ur) (office|team|company|firm|practice|clinic|shop|store|business) (is|'s) the (perfect|ideal) size\b|\b(do|host) a tasting\b|\bexplains? the (whole )?opportunity\b|\b(side hustle|extra (income|money|cash)|starter kit)\b/),
  // A trade's own words: "my mate fits solar panels", "he does insurance for tradespeople", "knock a fair bit off what
  // you're paying", "farms round here are saving a bomb", "a free term, then 30% off".
  phrase(/\b(fits|refits|installs) ~(solar|panels|boilers|kitchens|bathrooms|windows|roofs)\b|\bdoes ~(insurance|mortgages|pensions)\b|\bknock ~3off (what|your|their)\b|\bsav(e|ing) ~2(loads|a bomb|a packet)\b|\bthen ([$€£] ?\d|\d+ ?% off)/),
  // The buyer's present setup and premises as the seller's opening: "save the school loads on their current setup",
  // "your barn roof would be perfect".
  // A free inspection on the way to a sale, hours sold by the block or the month, a network-marketing team:
  // "get up on yours for a free inspection", "billed by the block of hours", "a 20-hour monthly package",
  // "I've started sharing them as a little business", "a team of 300 wellness advocates".
  phrase(/\bfree ~(inspection|survey|estimate|quote|consultation|reviews?)\b|\bbilled (by|per) ~3(hours?|month)\b|\b(monthly|weekly|annual) ~package\b|\bas a ~(side )?(business|biz)\b|\bsells itself\b|\b(six|seven)[- ]figure (team|income)\b\b|\b(wellness advocates?|brand ambassadors?|independent distributors?)\b/),
  // A seller's terms and trade, whatever the goods: "$50 off their first job", "no trip fee", "a consultant with a
  // skincare company", "my upline", "hosts get a free set, no purchase needed", "chat about their baby line".
  phrase(/\boff {poss} first (service|job|visit|order|session|class|lesson|appointment|month|box|treatment|booking)\b|\b(trip|call-?out|travel|installation) fee\b|\bno purchase\b|\bon spec\b|\b(is|as) an? (consultant|rep|representative|distributor|advisor|adviser|ambassador|agent) (with|for) an? ~2(company|brand|firm|agency)\b|\b(upline|downline)\b|\bline of business\b|\bincome side\b|\bsomething on the side\b|\bhosts (get|receive|earn)\b|\bhost(ess)? (rewards?|gifts?|credit)\b|\bfree product\b|\breps (a (bunch|lot|few) of |several |some )?~4(producers|brands|lines|wineries|makers|labels)\b|\babout {3poss} ~2(line|range|products|collection|policies)\b|\b(about|over|at|review) ~3what {subj} (have|pay|are paying) now\b|\bwrite {obj} a (price|quote)\b/),
  // The goods themselves: cover and money products, a solar or party-plan seller's words, the buyer's own policies
  // reviewed, what a plan would cost, the seller's line shown.
  phrase(/\b(term[- ]life|whole[- ]life|annuit(y|ies)|buy-sell|key[- ]person|commercial (cover|coverage|insurance)|comp(ensation)? plan|pre-?qualified|zero[- ]down|savings review|online party)\b|\b(policies|cover|coverage|plans?) {subj} (already )?(hold|have|carry)\b|\bwhat ~4(would|will) cost\b|\b(showing|presenting) {3poss} ~4(line|range|collection|products)\b/),
  phrase(/\bon (your|their|her|his) current (setup|supplier|provider|system|contract|deal)\b|\b(your|ur) ~2(roof|office|kitchen|site|premises|building) would be perfect\b/),
];
const SALES_MATCHER = oneMatcher(SALES_PATTERNS);

/** The owner or target selling, not being sold to: "a pilot of your product", "they'd buy from you". */
const BEING_SOLD_BY_BENEFICIARY = phrase(/\b(show|give|send) (me|us) (a |the |your )?(quick )?demo\b|\byour demo\b|\b(your|you) ~(platform|product|tool|solution|software|app|api|service|optimi[sz]er|models?)\b.{0,40}\b(pilot|buy|license|pay|try|adopt)|\b(pilot|buy|license|pay for|try|adopt) ~(your|you)\b(?! (an? )?(quick )?(coffee|lunch|drink|beer|pint|tea|breakfast|dinner)\b)/);

/** Raising money: a founder showing an investor the product is asking for money, not selling. */
const FUNDRAISING = phrase(/\b(raising|fundrais\w*|(?<!\b(their|his|her) )seed round|(our|my) ~2series [a-d]|pre-seed|investors?|deck|valuation|cheque|check size|lead (the|a|our) round)\b/);

/** Whether a message is about raising money, which turns its demos and walkthroughs into a fundraising ask. */
export function isAboutFundraising(text: string): boolean {
  return FUNDRAISING.test(text);
}


export function isSalesPitch(norm: string, fundraising = false): boolean {
  if (fundraising || BEING_SOLD_BY_BENEFICIARY.test(norm) || FUNDRAISING.test(norm)) return false;
  return SALES_MATCHER.test(norm);
}
