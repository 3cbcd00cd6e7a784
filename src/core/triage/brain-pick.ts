// Recognises an ask for free advice ("pick your brain", "coffee to hear how you did it"), which rule 2 says is not a benefit.
import { WordGate } from '../text/word-gates';
import { oneMatcher } from '../text/patterns';
const STRONG = [
  /\bpick\w*\s+(?:\S+\s+)?(?:brains?|minds?)\b/,
  /\bbrain\s*-?\s*pick/,
  /\blearn\s+(?:a\s+(?:bit|lot|little)\s+|more\s+)?from\s+(?:you|your|her|his|him|their|them|someone)\b/,
  /\binformational\s+(?:interview|chat|call|meeting)\b/,
  /\bcareer\s+(?:advice|guidance|chat|tips|questions)\b/,
  /\b(?:mentor|mentoring|mentorship)\b/,
  /\bany\s+(?:tips|advice|pointers|suggestions|thoughts|ideas)\s+for\s+(?:her|him|them|me|us)\b/,
  /\bbrainstorm\w*\b/,
  /\brun\s+(?:it|this|an idea|his idea|her idea|their idea|the idea|something)\s+(?:past|by)\s+(?:you|her|him|them)\b|\brun\s+(?:\S+\s+){0,2}?ideas?\s+(?:past|by)\b|\bbounce\s+(?:ideas?|it|this|something)\s+off\b|\b(?:two|2)\s+cents\b/,
  /\b(?:guide|advise|mentor|coach)\s+(?:him|her|them)\b/,
  /\b(?:learn|teach\s+(?:me|us|him|her|them)|show\s+(?:me|us|him|her|them))\s+the\s+ropes\b/,
  /\bhear\s+(?:more\s+)?(?:about\s+)?(?:your|her|his|their|my)\s+(?:\S+\s+)?(?:journey|story|stories|path|career|experience|background)\b/,
  /\bshadow\s+(?:you|her|him|them)\b/,
  // "walk him through how you set up your clinic"
  /\b(?:walk|talk|take)\s+(?:him|her|them|me|us)\s+through\s+(?:how|what|the way)\s+(?:you|she|he|they)\b/,
  /\b(?:seek|seeking|ask for|asking for|get|getting)\s+(?:\S+\s+)?guidance\b/,
  /\btap\s+(?:into\s+)?(?:your|her|his|their)\s+(?:\S+\s+)?(?:expertise|experience|knowledge|wisdom|brain|network)\b/,
  /\b(?:get|hear|have|ask for|seek|want|love|like)\s+(?:\S+\s+)?(?:your|her|his|their)\s+(?:\S+\s+)?(?:advice|guidance|two cents|wisdom|words of wisdom)\b/,
  /\bask\s+(?:you|her|him|them)\s+(?:a\s+(?:few|couple(?:\s+of)?)|some)\s+(?:\S+\s+)?questions\b/,
  /\b(?:how|what)\s+(?:you|she|he|they)\s+(?:\S+\s+)?(?:got started|got (?:your|her|his|their) start|broke into|made the (?:jump|switch|move|leap|transition)|got (?:into|to where)|went from|did it|built|scaled|grew|handled|approached|landed|navigated|got your first|got her first|got his first|moved (?:from|into|to)|switched|transitioned|changed careers|pivoted)/,
  /\b(?:break(?:ing)?|get(?:ting)?|move|moving|transition(?:ing)?|switch(?:ing)?|pivot(?:ing)?)\s+into\s+(?:\S+\s+){0,3}?(?:product|tech|design|vc|venture|ml|data|consulting|the industry|the field|engineering|marketing|finance|sales|management)\b/,
];
const STRONG_MATCHER = oneMatcher(STRONG);
/** Weaker cues: a coffee or a quick call whose purpose is to hear or learn, or "your thoughts". */
const SOFT = [
  /\b(?:coffee|lunch|quick call|short call|quick chat|zoom|15 minutes|20 minutes|30 minutes|half an hour|few minutes)\b.{0,60}\b(?:hear|learn|ask|understand|advice|talk about|chat about|thoughts|perspective|insights?|questions|experience|how (?:you|she|he|they))\b/,
  /\b(?:get|hear|have|love|like|want)\s+(?:\S+\s+)?(?:your|her|his|their)\s+(?:\S+\s+)?(?:thoughts|perspective|insights?|input|take|view|opinion|feedback)\b/,
  /\b(?:hear|learn)\s+(?:more\s+)?(?:about\s+)?(?:how|what|why)\s+(?:you|she|he|they)\b/,
  /\b(?:questions?\s+about|advice\s+on|guidance\s+on|tips\s+on)\b/,
  /\bask\s+(?:you|her|him|them)\s+(?:a\s+(?:few|couple)\s+(?:of\s+)?things\s+)?about\b/,
  /\b(?:field|answer)\s+(?:your|his|her|their|some|a few|any)\s+questions\b|\b(?:a )?few questions\b/,
  /\b(?:love|like|want|keen|hoping)\s+to\s+(?:hear|learn)\s+(?:a\s+(?:bit|little)\s+)?(?:more\s+)?about\b/,
  /\bget\s+(?:\S+\s+)?feedback\s+from\b|\bfeedback\s+from\s+(?:an?\s+)?(?:expert|someone|you)\b/,
  // "share a bit of perspective on how you approached it", "as a sounding board", "ask her how she got her loan"
  /\bshare\s+(?:a\s+(?:bit|little)\s+of\s+)?(?:your\s+|her\s+|his\s+|their\s+)?(?:perspective|thoughts|insights?|experience|wisdom|advice)\s+(?:on|about|with)\b/,
  /\bsounding\s+board\b/,
  /\bask\s+(?:you|her|him|them)\s+(?:\S+\s+){0,3}?how\s+(?:you|she|he|they)\b/,
];
const SOFT_MATCHER = oneMatcher(SOFT);

export type BrainPickStrength = 'strong' | 'soft' | null;

const BRAIN_PICK_GATE = new WordGate(/cents|shado|run|bounc|pick|brain|learn|ropes|guida|guide|advis|coach|infor|mento|tap|quest|into|tips|point|sugge|ideas|coffe|lunch|call|chat|zoom|minut|hour|hear|insig|input|take|view|opini|feedb|made|got\b|went|did\b|built|scale|grew|handl|appro|lande|navig|moved|switc|trans|caree|pivot|\bask\b|persp|thoug|exper|wisdo|advic|sound|walk|talk/, [...STRONG, ...SOFT]);

export function brainPickStrength(norm: string, gates?: number): BrainPickStrength {
  if (!BRAIN_PICK_GATE.passes(norm, gates)) return null;
  if (STRONG_MATCHER.test(norm)) return 'strong';
  if (SOFT_MATCHER.test(norm)) return 'soft';
  return null;
}
