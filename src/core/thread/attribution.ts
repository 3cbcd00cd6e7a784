// Recognises the line a mail client writes above a quote ("On <date> <Name> <addr> wrote:") and reads its author.
import type { Person } from './thread';

export interface Attribution {
  from: Person | null;
  /** The date as the attribution writes it, '' when it gives none. */
  date: string;
}

// Longer lines are prose, and the bound keeps every test below cheap on huge lines.
const MAX_LENGTH = 500;
const OPENER = /^(?:On|Le|Am|El|Em|Il|Op|Den|W dniu)\s/;
const VERB = /(?:^|\s)(?:wrote|a\s+écrit|schrieb|escribió|escreveu|ha\s+scritto|schreef|skrev|napisał)(?=[\s:]|$)/i;
const TIME = /\d{1,2}:\d{2}(?::\d{2})?(?:[\s\u202f\u00a0]*(?:[AaPp]\.?[Mm]\.?|Uhr)(?![A-Za-z]))?/g;
const ANGLE_ADDRESS = /<\s*([^<>\s]+@[^<>\s]+?)\s*>/g;

/** Whether a line opens an attribution that may continue on the next line (Gmail wraps long ones). */
export function opensAttribution(line: string): boolean {
  return line.length <= MAX_LENGTH && OPENER.test(line.trim()) && !line.trim().endsWith(':');
}

/** Reads an attribution line; null when the line is not one. */
export function parseAttribution(line: string): Attribution | null {
  const text = line.trim();
  if (text.length > MAX_LENGTH || !text.endsWith(':') || !/[\d@]/.test(text)) return null;
  const verb = VERB.exec(text);
  if (!verb) return null;

  let address: RegExpExecArray | null = null;
  ANGLE_ADDRESS.lastIndex = 0;
  for (let match = ANGLE_ADDRESS.exec(text); match; match = ANGLE_ADDRESS.exec(text)) address = match;
  const verbStart = verb.index + verb[0].length - verb[0].trimStart().length;
  const nameEnd = address ? address.index : verbStart;
  let before = text.slice(0, nameEnd).replace(OPENER, '');
  let date = '';

  if (address && verbStart < address.index) {
    // "Am 4. März 2024 um 10:12 Uhr schrieb Dana <dana@x>:" - the name follows the verb.
    date = text.slice(0, verbStart).replace(OPENER, '');
    before = text.slice(verbStart + verb[0].trimStart().length, address.index);
  } else {
    const split = lastTimeEnd(before);
    const cut = split >= 0 ? split : before.lastIndexOf(',') + 1;
    date = before.slice(0, cut);
    before = before.slice(cut);
    if (!date && address) date = dateAfterVerb(text.slice(verbStart));
  }
  const name = cleanName(before);
  const email = address ? address[1].toLowerCase() : '';
  return { from: name || email ? { name, email } : null, date: trimPunctuation(date) };
}

function lastTimeEnd(text: string): number {
  let end = -1;
  TIME.lastIndex = 0;
  for (let match = TIME.exec(text); match; match = TIME.exec(text)) end = match.index + match[0].length;
  return end;
}

function dateAfterVerb(rest: string): string {
  // "Dana <dana@x> schrieb am 12.03.2024 um 10:00:" carries its date after the verb.
  return rest.replace(VERB, '').replace(/^\s*(?:am|on|le|el)\s+/i, '');
}

function cleanName(text: string): string {
  const name = trimPunctuation(text).replace(/^"|"$/g, '').trim();
  // What is left holding digits is a date the patterns did not cut off, not a name.
  return /\d/.test(name) ? '' : name;
}

// A loop, because a regex anchored at the end rescans every run of spaces on its way there.
function trimPunctuation(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isTrimmed(text[start])) start++;
  while (end > start && isTrimmed(text[end - 1])) end--;
  return text.slice(start, end);
}

function isTrimmed(char: string): boolean {
  return char === ',' || char === ':' || char.trim() === '';
}
