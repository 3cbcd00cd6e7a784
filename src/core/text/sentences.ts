// Splits text into paragraphs and sentences, keeping each sentence's original wording for evidence.
import { isBeyondLatin1, narrowed, oneBytePerChar } from './one-byte';

/** Longest stretch of text one sentence may hold; beyond it the text is cut, so no pattern ever sees an unbounded input. */
export const MAX_SENTENCE_LENGTH = 600;

export interface Sentence {
  /** The sentence as written, whitespace collapsed. */
  text: string;
  /** Lower-case, typographic quotes and dashes folded, words separated by single spaces: what phrase patterns match. */
  norm: string;
  paragraph: number;
  /** Position of the sentence within its paragraph, from 0. */
  indexInParagraph: number;
  /** Inside quotation marks: an example or reported speech rather than the writer's own words. */
  quoted: boolean;
}

// Each alternative may only start at the first character of its run (the lookbehinds), which keeps the scan linear.
const LIST_ITEM = /^(?:[-*•]|\d{1,2}[.)])\s/;
const LABELLED_LINE = /^[A-Za-zÀ-ɏ'’]{2,30}(?:\s[A-Z][A-Za-zÀ-ɏ'’-]*)?(?:\s*:|\s[-–—])\s/;
const SENTENCE_END = /(?<![.!?])[.!?]+["')\]]*\s+(?=[^a-z0-9])|(?<![.!?])[.!?]+["')\]]*$|(?<!\s)\s+[-–—]\s+(?=[A-Z])/g;

/** Folds case, typography and blanks so patterns can be written once in plain ASCII, with a space between words. */
export function normalize(text: string): string {
  const lower = text.toLowerCase();
  // Typographic quotes and dashes are all outside printable ASCII; most sentences have none.
  const folded = /[^ -~\s]/.test(lower) ? lower.replace(TYPOGRAPHY, (char) => TYPOGRAPHY_FOLDS[char] ?? char) : lower;
  // Sentences arrive with their blanks collapsed, but a folded no-break space or a lone tab can still leave a gap
  // that is not one plain space.
  const spaced = /[^\S ]| {2}/.test(folded) ? folded.replace(/\s+/g, ' ').trim() : folded;
  // A replace with a callback goes through the engine's slow path even when nothing matches; most sentences hold no shorthand.
  return TEXTING_ANYWHERE.test(spaced) ? spaced.replace(TEXTING, (word) => TEXTING_WORDS[word] ?? word) : spaced;
}

const TYPOGRAPHY = /[\u2018\u2019\u02bc\u0060\u00b4\u201c\u201d\u00ab\u00bb\u2010-\u2015\u00a0\u202f\u2007]/g;
const TYPOGRAPHY_FOLDS: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u02bc': "'", '\u0060': "'", '\u00b4': "'",
  '\u201c': '"', '\u201d': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-',
  '\u00a0': ' ', '\u202f': ' ', '\u2007': ' ',
};

// Mobile shorthand, so "any chance u could intro me" reads like "any chance you could intro me".
const TEXTING_WORDS: Record<string, string> = {
  u: 'you', ur: 'your', r: 'are', pls: 'please', plz: 'please', thx: 'thanks', ty: 'thank you', im: "i'm",
  youre: "you're", dont: "don't", cant: "can't", wont: "won't", id: "i'd", ill: "i'll", ive: "i've", lmk: 'let me know',
};
const TEXTING = /\b(?:u|ur|r|pls|plz|thx|ty|im|youre|dont|cant|wont|id|ill|ive|lmk)\b(?!['@.-]\w)/g;
const TEXTING_ANYWHERE = new RegExp(TEXTING.source);

const QUOTE_MARK = /["\u201c\u201d\u201e\u00ab\u00bb]/;

/** Splits one message's own text into sentences, paragraph by paragraph, in one pass over its lines. */
export function splitSentences(whole: string): Sentence[] {
  // Folding curly quotes and dashes can leave a sentence of a two-byte text with only one-byte characters.
  const folds = isBeyondLatin1(whole);
  const text = folds ? whole : oneBytePerChar(whole);
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let indexInParagraph = 0;
  let openQuote = false;
  let chunk: string[] = [];
  let previous = '';

  const emit = (piece: string) => {
    const clean = /\s\s|\t/.test(piece) ? piece.replace(/\s+/g, ' ').trim() : piece.trim();
    if (!clean) return;
    const bounded = clean.length > MAX_SENTENCE_LENGTH ? clean.slice(0, MAX_SENTENCE_LENGTH) : clean;
    const marks = countQuoteMarks(bounded);
    const quoted = openQuote || marks.opensWithOne;
    // An odd number of straight quotes, or an opening curly one left unclosed, carries the quote on.
    openQuote = openQuote ? marks.straight % 2 === 0 && marks.closes === 0 : marks.straight % 2 === 1 || marks.opens > marks.closes;
    const norm = normalize(bounded);
    sentences.push({ text: bounded, norm: folds ? narrowed(norm) : norm, paragraph, indexInParagraph, quoted });
    indexInParagraph++;
  };
  const flush = () => {
    if (chunk.length === 0) return;
    for (const piece of splitChunk(chunk.length === 1 ? chunk[0] : chunk.join(' '))) emit(piece);
    chunk = [];
  };

  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).trim();
    start = end + 1;
    if (!line) {
      // A blank line ends the paragraph: the quote state and the addressee do not carry over it.
      if (chunk.length > 0 || indexInParagraph > 0) {
        flush();
        paragraph++;
        indexInParagraph = 0;
        openQuote = false;
        previous = '';
      }
      continue;
    }
    // Hard-wrapped prose is joined back up; a line starts afresh after one that ended a clause (greetings,
    // sign-offs, "Hi Dana,") or was short, and list items and lines led by a name or label ("daniela - lisa runs
    // the club", "PS: ...") always do.
    if (chunk.length > 0 && (isListItem(line) || LABELLED_LINE.test(line) || endsClause(previous) || previous.length < 25)) flush();
    chunk.push(line);
    previous = line;
  }
  flush();
  return sentences;
}

function endsClause(line: string): boolean {
  const last = line.charCodeAt(line.length - 1);
  // . ! ? : ; , )
  return last === 46 || last === 33 || last === 63 || last === 58 || last === 59 || last === 44 || last === 41;
}

function isListItem(line: string): boolean {
  return LIST_ITEM.test(line);
}

const NO_QUOTE_MARKS = { straight: 0, opens: 0, closes: 0, opensWithOne: false };

function countQuoteMarks(text: string): { straight: number; opens: number; closes: number; opensWithOne: boolean } {
  // Most sentences hold no quotation mark, and one pattern test finds that faster than reading every character.
  if (!QUOTE_MARK.test(text)) return NO_QUOTE_MARKS;
  let straight = 0;
  let opens = 0;
  let closes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22) straight++;
    else if (code === 0x201c || code === 0x00ab || code === 0x201e) opens++;
    else if (code === 0x201d || code === 0x00bb) closes++;
  }
  const first = text.charCodeAt(0);
  return { straight, opens, closes, opensWithOne: first === 0x22 || first === 0x201c || first === 0x00ab || first === 0x201e };
}

function splitChunk(chunk: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(chunk); match; match = SENTENCE_END.exec(chunk)) {
    const end = match.index + match[0].length;
    if (match[0].length === 0) {
      SENTENCE_END.lastIndex++;
      continue;
    }
    // Only a full stop can end an abbreviation.
    if (chunk.charCodeAt(match.index) !== 0x2e || !endsWithAbbreviation(chunk.slice(start, match.index + 1))) {
      pieces.push(chunk.slice(start, end));
      start = end;
    }
  }
  if (start < chunk.length) pieces.push(chunk.slice(start));
  return pieces;
}

const ABBREVIATIONS = /\b(?:mr|mrs|ms|dr|prof|st|inc|ltd|co|corp|vs|etc|e\.g|i\.e|approx|no|jr|sr|u\.s|a\.m|p\.m)\.$/i;

function endsWithAbbreviation(text: string): boolean {
  return ABBREVIATIONS.test(text.slice(-8)) || /\b[A-Z]\.$/.test(text.slice(-3));
}
