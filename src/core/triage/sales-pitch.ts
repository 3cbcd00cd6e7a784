// Recognises a meeting whose purpose is to sell a product or service to the person whose time is asked.
import { WordGate } from '../text/word-gates';
import { oneMatcher } from '../text/patterns';
const SELLER_OWNED = `(?:our|their|his|her|its|the|this|my)`;
const OFFERING = `(?:module|modules|platform|product|products|tool|tools|solution|solutions|software|saas|app|api|service|services|offering|offerings|system|technology|tech|suite|stack|agency|firm|consultancy|practice|program|programme|device|devices|hardware|sdk|plugin|integration|crm|dashboard)`;

const SALES_PATTERNS: readonly RegExp[] = [
  /\bdemo(?:s|ed|ing)?\b(?!\s+day)/,
  /\bas a service\b|\bbefore you sign\b|\bfree\s+(?:\S+\s+){0,2}?(?:pilot|trial)\b|\b\d+\s?%\s+(?:founding[- ]customer\s+)?discount\b/,
  new RegExp(`\\b(?:offer|sell|pitch|present|show|demo)\\s+(?:\\S+\\s+){0,2}?(?:our|their|his|her)\\s+(?:\\S+\\s+){0,4}?${OFFERING}\\b`),
  new RegExp(`\\btell\\s+(?:you|her|him|them)\\s+(?:\\S+\\s+)?about\\s+${SELLER_OWNED}\\s+(?:\\S+\\s+)?${OFFERING}\\b`),
  new RegExp(`\\b(?:walk|take)\\s+(?:you|her|him|them|your team|their team)\\s+through\\s+(?:${SELLER_OWNED}|\\S+'s)\\s+(?:\\S+\\s+){0,3}?${OFFERING}\\b`),
  /\b(?:walk|take)\s+(?:you|her|him|them|your team)\s+through\s+(?:it|what (?:we|they|he|she)(?:'ve| have)? built)/,
  /\bshow\s+(?:you|her|him|them|(?:your|my|our|their)\s+(?:\S+\s+)?team)\s+(?:what|how)\s+(?:\S+\s+){0,2}?(?:we|they|he|she|it)\s*(?:'ve|'re|have|are|can|could|is)?\s*(?:built|building|do|does|can do|offer|works|working on|making|doing)/,
  // "show your team our platform", "show my data team his analytics suite"
  new RegExp(`\\bshow\\s+(?:you|her|him|them|(?:your|my|our|their)\\s+(?:\\S+\\s+)?team)\\s+${SELLER_OWNED}\\s+(?:\\S+\\s+)?${OFFERING}\\b`),
  new RegExp(`\\b${SELLER_OWNED}\\s+(?:\\S+\\s+){0,2}?${OFFERING}\\s+(?:\\S+\\s+){0,2}?(?:could|can|would|might|will|may)\\s+(?:\\S+\\s+)?(?:help|save|support|streamline|improve|reduce|cut|automate|transform|boost|power|fit|work for)`),
  /\b(?:sell|selling|pitch|pitching|sales pitch)\s+(?!for\b)(?:\S+\s+)?(?:to\s+)?(?:you|your|her|him|them|their)\b|\b(?:present|presenting)\s+(?:\S+\s+)?to\s+(?:you|your|her|him|them|their)\b/,
  /\bpitch(?:ing)?\s+(?:our|my|the|a|an)\s+|\bsell\s+(?:to|into)\s+/,
  /\bshow\s+(?:you|her|him|them|(?:your|my|our|their)\s+(?:\S+\s+)?team)\s+what\s+\S+\s+(?:can|could)\s+do\b/,
  /\btell\s+(?:you|her|him|them)\s+(?:\S+\s+)?about\s+(?:how|what)\s+(?:they|we|she|he)\s+(?:could|can|might)\s+help\b/,
  /\bfirst\s+(?:year|month|months|quarter)\s+free\b|\bfree\s+for\s+the\s+first\b|\b(?:\d+|one|two|three|four|six|twelve)\s+(?:days?|weeks?|months?)\s+(?:completely\s+)?free\b/,
  /\b(?:his|her|their)\s+(?:\S+\s+)?(?:fees?|rates|services|packages)\b|\b(?<!\b(?:on|about)\s)(?:his|her|their)\s+(?:\S+\s+)?pricing\b/,
  /\b(?:get|be|getting|put|putting)\s+(?:(?:our|my|the|their|his|her)\s+(?:\S+\s+){0,3})?in\s+front\s+of\s+(?:you|her|him|them|the|your|their)\b/,
  // "our engagement software might be worth a look"
  new RegExp(`\\b${OFFERING}\\b.{0,60}\\bworth\\s+(?:a\\s+(?:quick\\s+|closer\\s+)?(?:look|try|demo|test)|(?:looking at|trying|exploring|checking out))\\b`),
  /\b(?:onboarded|approved|listed|registered|set up)\s+as\s+(?:an?\s+)?(?:vendor|supplier|partner)\b/,
  /\bthat(?:'s|\s+is)\s+exactly\s+what\s+(?:we|i|our\s+\S+)\s+(?:do|offer|sell|provide|build|make)\b/,
  /\bpartnership\s+to\s+(?:bring|sell|get|put|launch|place|distribute)\b|\b(?:agency|firm|consultancy|studio|company)\s+(?:\S+\s+){0,3}?represents?\b/,
  /\bsee\s+if\s+(?:we|they|he|she|our|their|his|her)\s+(?:\S+\s+){0,2}?(?:can|could|might|would)\s+(?:\S+\s+)?(?:help|support|work with|be a fit|fit|add value|save)/,
  /\bfree\s+for\s+\d+\s+(?:days|weeks|months)\b|\b(?:annual|monthly|yearly)\s+(?:licen[cs]e|subscription|plan)\b|\bif you (?:don't|do not) buy\b/,
  /\b(?:free trial|pricing (?:for|details|sheet|page|plans?)|price quote|quote for|rfp|head of procurement|procurement (?:director|lead|manager|head|officer)|purchase order|onboarding call|sales call|discovery call|product tour)\b/,
  /\b(?:reduce|cut|lower|slash|trim)\s+(?:your|her|his|their)\s+(?:\S+\s+)?(?:costs?|spend|bill|churn|fees|overhead)\b/,
  new RegExp(`\\b(?:pilot|trial|try|test)\\s+(?:out\\s+)?(?:${SELLER_OWNED}|\\S+'s)\\s+(?:\\S+\\s+)?${OFFERING}\\b`),
  /\bshow\s+(?:it|this|them|our\s+\S+)\s+to\b/,
  /\b(?:agency|consultancy|studio|firm|shop)\s+(?:\S+\s+){0,3}?(?:services|retainer|engagement)\b/,
  /\b(?:offers?|provides?|sells?|builds?|built|makes?)\s+(?:\S+\s+){0,3}?(?:services|software|solutions|tools?|platform)\s+(?:for|to)\s+(?:\S+\s+)?(?:teams|companies|businesses|firms|banks|brands|retailers|startups|issuers|hospitals|schools|you|your)\b/,
  // "a club package at 39 quid per athlete": a price list is a sale.
  /\b(?:package|plan|subscription|bundle|tier|licen[cs]e)s?\s+(?:\S+\s+){0,2}?(?:at|for|from|costs?|is)\s+(?:just\s+|only\s+)?(?:[$€£]\s?\d|\d[\d,.]*\s*(?:quid|bucks|dollars|euros|pounds|usd|eur|gbp)\b)/,
  // "a real opportunity for their restaurants to consolidate onto one platform": the seller's product as the gain.
  /\boffer\s+(?:you|her|him|them)\s+(?:\S+\s+){0,3}?(?:pricing|price|prices)\b/,
  /\b(?:opportunity|chance)\s+for\s+(?:\S+\s+){1,4}?to\s+(?:consolidate|switch|move|migrate|upgrade|standardi[sz]e)\s+(?:on|onto|to|over)\b/,
  // "they want to win your business"
  /\b(?:win|earn|land)\s+(?:your|her|his|their)\s+(?:business|account|custom)\b/,
  // The asker's own hunt for clients: "we're keen to find a few more long-term clients in Portland".
  /\b(?:we|we're|we are|i|i'm|i am)\s+(?:\S+\s+){0,3}?(?:find|win|land|sign|add|get)\s+(?:(?:a few|a couple(?: of)?|some|more|new)\s+)*(?:\S+\s+)?(?:clients|customers|accounts)\b/,
];
const SALES_MATCHER = oneMatcher(SALES_PATTERNS);

/** The owner or target selling, not being sold to: "a pilot of your product", "they'd buy from you". */
const BEING_SOLD_BY_BENEFICIARY = /\b(?:show|give|send)\s+(?:me|us)\s+(?:a\s+|the\s+|your\s+)?(?:quick\s+)?demo\b|\byour\s+demo\b|\b(?:your|you)\s+(?:\S+\s+)?(?:platform|product|tool|solution|software|app|api|service|optimi[sz]er|models?)\b.{0,40}\b(?:pilot|buy|license|pay|try|adopt)|\b(?:pilot|buy|license|pay for|try|adopt)\s+(?:\S+\s+)?(?:your|you)\b(?!\s+(?:an?\s+)?(?:quick\s+)?(?:coffee|lunch|drink|beer|pint|tea|breakfast|dinner)\b)/;

/** Raising money: a founder showing an investor the product is asking for money, not selling. */
const FUNDRAISING = /\b(?:raising|fundrais\w*|seed round|series [a-d]|pre-seed|investors?|deck|valuation|cheque|check size|lead (?:the|a|our) round)\b/;

/** Whether a message is about raising money, which turns its demos and walkthroughs into a fundraising ask. */
export function isAboutFundraising(text: string): boolean {
  return FUNDRAISING.test(text);
}

const SALES_GATE = new WordGate(/onboa|liste|regis|set|annua|month|yearl|buy|demo|servi|sign|disco|free|walk|take|show|platf|produ|tool|solut|softw|saas|app|api|offer|syste|tech|suite|stack|agenc|firm|consu|pract|progr|devic|hardw|sdk|plugi|integ|crm|dashb|modul|sell|pitch|prese|front|see|quote|rfp|procu|purch|sales|reduc|cut|lower|slash|trim|studi|shop|tell|exact|partn|fee|rates|prici|packa|clien|custo|accou|\bwin\b|earn|land|plan|subsc|bundl|tier|licen|oppor|chanc/, SALES_PATTERNS);

export function isSalesPitch(norm: string, fundraising = false, gates?: number): boolean {
  if (fundraising || !SALES_GATE.passes(norm, gates) || BEING_SOLD_BY_BENEFICIARY.test(norm) || FUNDRAISING.test(norm)) return false;
  return SALES_MATCHER.test(norm);
}
