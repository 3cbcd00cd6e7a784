// Turns an HTML mail body into the plain text a mail client would show, with blockquotes as "> " quotes.
import { decodeEntities } from './html-entities';

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'center', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'section', 'table', 'tbody', 'tfoot',
  'thead', 'tr', 'ul',
]);
const PARAGRAPH_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre']);
const CELL_TAGS = new Set(['td', 'th']);
// Their content is never shown, so it is skipped up to the closing tag.
const HIDDEN_TAGS = new Set(['script', 'style', 'head', 'title', 'template', 'noscript']);

interface Line {
  depth: number;
  text: string;
}

/** Converts HTML to text in one pass: blocks and `<br>` break lines, `<blockquote>` nests "> " quotes, entities are decoded. */
export function htmlToText(html: string): string {
  const lower = html.toLowerCase();
  const lines: Line[] = [];
  // `current` grows by concatenation; reading it back would flatten it each time, so its state is kept aside.
  let current = '';
  let currentEndsInSpace = true;
  let depth = 0;
  let preDepth = 0;

  const append = (text: string) => {
    if (text === '') return;
    current += text;
    currentEndsInSpace = text.endsWith(' ');
  };
  const breakLine = (force: boolean) => {
    const text = current.trimEnd();
    if (text || force) lines.push({ depth, text });
    current = '';
    currentEndsInSpace = true;
  };
  const blankLine = () => {
    breakLine(false);
    if (lines.length > 0 && lines[lines.length - 1].text !== '') lines.push({ depth, text: '' });
  };
  const addText = (raw: string) => {
    const text = decodeEntities(raw).replace(/\u00a0/g, ' ');
    if (preDepth > 0) {
      text.split(/\r?\n/).forEach((part, index) => {
        if (index > 0) breakLine(true);
        append(part);
      });
    } else {
      const collapsed = text.replace(/\s+/g, ' ');
      append(currentEndsInSpace ? collapsed.replace(/^ /, '') : collapsed);
    }
  };

  let i = 0;
  while (i < html.length) {
    const open = html.indexOf('<', i);
    if (open < 0) {
      addText(html.slice(i));
      break;
    }
    if (open > i) addText(html.slice(i, open));
    if (lower.startsWith('<!--', open)) {
      const end = lower.indexOf('-->', open + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    const tag = readTag(lower, open);
    if (!tag) {
      // A "<" that opens no tag is text, as browsers show it.
      addText('<');
      i = open + 1;
      continue;
    }
    i = tag.end;
    const { name, closing } = tag;
    if (HIDDEN_TAGS.has(name) && !closing) {
      const end = lower.indexOf(`</${name}`, i);
      const close = end < 0 ? -1 : lower.indexOf('>', end);
      i = close < 0 ? html.length : close + 1;
    } else if (name === 'br') {
      breakLine(true);
    } else if (name === 'blockquote') {
      breakLine(false);
      depth = Math.max(0, depth + (closing ? -1 : 1));
    } else if (PARAGRAPH_TAGS.has(name)) {
      blankLine();
      if (name === 'pre') preDepth = Math.max(0, preDepth + (closing ? -1 : 1));
    } else if (BLOCK_TAGS.has(name)) {
      breakLine(false);
      if (name === 'li' && !closing) append('- ');
    } else if (CELL_TAGS.has(name) && !closing && !currentEndsInSpace) {
      append(' ');
    }
  }
  breakLine(false);
  return render(lines);
}

/** Reads the tag that starts at `open`, skipping quoted attribute values; null when it is not a tag. */
function readTag(lower: string, open: number): { name: string; closing: boolean; end: number } | null {
  let i = open + 1;
  const closing = lower[i] === '/';
  if (closing) i++;
  const nameStart = i;
  while (i < lower.length && isTagNameChar(lower.charCodeAt(i))) i++;
  if (i === nameStart) return null;
  const name = lower.slice(nameStart, i);
  let quote = '';
  while (i < lower.length) {
    const ch = lower[i++];
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === '>') {
      return { name, closing, end: i };
    }
  }
  return { name, closing, end: lower.length };
}

function render(lines: Line[]): string {
  const out: string[] = [];
  for (const { depth, text } of lines) {
    const line = `${'> '.repeat(depth)}${text}`.trimEnd();
    const blank = text === '';
    // One blank line is enough between paragraphs.
    if (blank && (out.length === 0 || out[out.length - 1] === line)) continue;
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1].replace(/>/g, '').trim() === '') out.pop();
  return out.join('\n');
}

/** a-z 0-9 ! ? - : the characters of a tag name (and of "!--" and "!doctype"). */
function isTagNameChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x21 || code === 0x3f || code === 0x2d;
}
