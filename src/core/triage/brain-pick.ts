// Recognises an ask for free advice ("pick your brain", "coffee to hear how you did it"), which rule 2 says is not a benefit.
import { WordGate } from '../text/word-gates';
import { oneMatcher, phrase } from '../text/patterns';
const STRONG = [
  phrase(/\bpick\w* ~(brains?|minds?)\b/),
  /\bbrain ?-? ?pick|\bof your (brains?|expertise|wisdom)\b/,
  /\blearn (a (bit|lot|little) |more )?from (you|your|her|his|him|their|them|someone)\b/,
  /\binformational (interview|chat|call|meeting)\b/,
  /\bcareer (advice|guidance|chat|tips|questions)\b/,
  /\b(mentor|mentoring|mentorship)\b/,
  /\bany (tips|advice|pointers|suggestions|thoughts|ideas) for (her|him|them|me|us)\b/,
  /\bbrainstorm\w*\b/,
  phrase(/\brun (it|this|an idea|his idea|her idea|their idea|the idea|something) (past|by) {obj}\b|\brun ~3(ideas?|things|stuff|plans?|questions) (past|by)\b|\bbounce (ideas?|it|this|something) off\b|\b(two|2) cents\b/),
  /\b(guide|advise|mentor|coach) (him|her|them)\b/,
  /\b(learn|teach (me|us|him|her|them)|show (me|us|him|her|them)) the ropes\b/,
  phrase(/\b(hear|learn|chat|talk|ask( {obj})?) (more )?(about )?(your|her|his|their|my) ~(journey|story|stories|path|career|experience|background)\b/),
  // What the work is like from someone who does it, and why they chose it: "see what a hospitalist's day actually looks
  // like", "ask him why he chose hospital medicine".
  phrase(/\b(see|learn|know|understand|hear|find out|ask|sense of|feel for) ~(what|how) ~4(is|'s|looks|feels) (really |actually |truly )?like\b|\b(ask|hear|learn) ~2why {subj} (chose|picked|went into|got into|ended up|decided)\b/),
  // "ask her what she'd do in my shoes"
  /\bwhat (you|she|he|they)('d| would) do in (my|his|her|their) shoes\b/,
  phrase(/\bshadow {obj}\b/),
  // "sit down with you for an hour and ask you everything"
  phrase(/\bask {obj} (everything|anything|all sorts|(a (load|bunch|ton|lot)|lots) of questions)\b/),
  // "walk him through how you set up your clinic"
  /\b(walk|talk|take) (him|her|them|me|us) through (how|what|the way) (you|she|he|they)\b/,
  phrase(/\b(seek|seeking|ask for|asking for|get|getting) ~guidance\b/),
  phrase(/\btap (into )?{poss} ~(expertise|experience|knowledge|wisdom|brain|network)\b/),
  phrase(/\b(get|hear|have|ask for|seek|want|love|like) ~(your|her|his|their|[a-z]+'s|any|some) ~(advice|guidance|two cents|wisdom|words of wisdom)\b/),
  phrase(/\bask {obj} (a (few|couple( of)?)|some) ~questions\b/),
  phrase(/\b(how|what) {subj} ~(got started|got {poss} start|broke into|made the (jump|switch|move|leap|transition)|got (into|to where|where)|went from|did it|built|scaled|grew|handled|approached|landed|navigated|got your first|got her first|got his first|moved (from|into|to)|switched|transitioned|changed careers|pivoted|set up|priced)/),
  phrase(/\b(lie|lay) of the land\b|\ba feel for (the|this) ~(market|industry|sector|scene|field|landscape)\b/),
  phrase(/\b(break(ing)?|get(ting)?|move|moving|transition(ing)?|switch(ing)?|pivot(ing)?) into ~3(product|tech|design|vc|venture|ml|data|consulting|the industry|the field|engineering|marketing|finance|sales|management)\b/),
];
const STRONG_MATCHER = oneMatcher(STRONG);
/** Weaker cues: a coffee or a quick call whose purpose is to hear or learn, or "your thoughts". */
const SOFT = [
  /\b(coffee|lunch|quick call|short call|quick chat|zoom|(10|15|20|30) (minutes|mins)|half an hour|few minutes)\b.{0,60}\b(hear|learn|ask|understand|advice|talk about|chat about|thoughts|perspective|insights?|questions|experience|how (you|she|he|they))\b/,
  phrase(/\b(get|hear|have|love|like|want) ~(your|her|his|their|[a-z]+'s) ~(thoughts|perspective|insights?|input|take|view|opinion|feedback)\b/),
  /\b(hear|learn) (more )?(about )?(how|what|why) (you|she|he|they)\b/,
  /\b(questions? about|advice on|guidance on|tips on)\b/,
  phrase(/\bask {obj} (a (few|couple) (of )?things )?about\b/),
  /\b(field|answer) (your|his|her|their|some|a few|any) questions\b|\b(a )?few questions\b/,
  /\b(love|like|want|keen|hoping) to (hear|learn) (a (bit|little) )?(more )?about\b/,
  phrase(/\bget ~feedback from\b|\bfeedback from (an? )?(expert|someone|you)\b/),
  // "share a bit of perspective on how you approached it", "as a sounding board", "ask her how she got her loan"
  /\bshare (a (bit|little) of )?(your |her |his |their )?(perspective|thoughts|insights?|experience|wisdom|advice) (on|about|with)\b/,
  /\bsounding board\b/,
  phrase(/\bask {obj} ~3how {subj}\b/),
];
const SOFT_MATCHER = oneMatcher(SOFT);

export type BrainPickStrength = 'strong' | 'soft' | null;

const BRAIN_PICK_GATE = new WordGate(/like|why|mins|talk|shoe|pric|set|land|feel|cent|shad|run|boun|pick|brai|lear|rope|guid|advi|coac|info|ment|tap|ques|into|tips|poin|sugg|idea|coff|lunc|call|chat|zoom|minu|hour|hear|insi|inpu|take|view|opin|feed|made|got\b|went|did\b|buil|scal|grew|hand|appr|navi|move|swit|tran|care|pivo|\bask|pers|thou|expe|wisd|soun|thro/, [...STRONG, ...SOFT]);

/** "I will gladly answer any questions about his case": the writer offers answers, nobody asks for them. */
const WRITER_ANSWERS = /\b(i|we)('ll| will| can|(('d| would) be|'m| am|'re| are) (happy|glad) to)? (gladly |happily )?answer\b/;

export function brainPickStrength(norm: string, gates?: number): BrainPickStrength {
  if (!BRAIN_PICK_GATE.passes(norm, gates) || WRITER_ANSWERS.test(norm)) return null;
  if (STRONG_MATCHER.test(norm)) return 'strong';
  if (SOFT_MATCHER.test(norm)) return 'soft';
  return null;
}
