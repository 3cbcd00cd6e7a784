// Splits a message body into lines with their quote depth ("> > text" is depth 2) and the text after the markers.

export interface QuoteLine {
  depth: number;
  /** The line without its quote markers (and the one space after each) or trailing white space. */
  text: string;
}

const SPACE = 32;
const TAB = 9;
const GREATER_THAN = 62;

/**
 * Reads every line's quote depth in one pass; CRLF and lone CR count as line ends. Lines quoted deeper
 * than `maxDepth` are dropped without being copied: a long thread quotes its whole history again in
 * every reply, and the deep copies only repeat messages the thread already holds.
 */
export function toQuoteLines(body: string, maxDepth = Infinity): QuoteLine[] {
  const text = body.includes('\r') ? body.replace(/\r\n?/g, '\n') : body;
  const lines: QuoteLine[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = readQuoteLine(text, start, end, maxDepth);
    if (line) lines.push(line);
    start = end + 1;
  }
  return lines;
}

/** Whether a line holds nothing but white space, without copying it. */
export function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    if (line.charCodeAt(i) > SPACE) return false;
  }
  return true;
}

// Gmail writes ">>>", others "> > >" or "  >": the depth is the number of ">" in the leading run of
// markers and blanks, and the text starts after the last marker and the one space that follows it.
function readQuoteLine(text: string, start: number, end: number, maxDepth: number): QuoteLine | null {
  let depth = 0;
  let afterMarkers = start;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === GREATER_THAN) {
      depth++;
      afterMarkers = i + 1;
    } else if (code !== SPACE && code !== TAB) {
      break;
    }
  }
  if (depth > maxDepth) return null;
  if (depth === 0) return { depth, text: trimEnd(text.slice(start, end)) };
  const from = text.charCodeAt(afterMarkers) === SPACE && afterMarkers < end ? afterMarkers + 1 : afterMarkers;
  return { depth, text: trimEnd(text.slice(from, end)) };
}

function trimEnd(text: string): string {
  return text.length > 0 && text.charCodeAt(text.length - 1) <= SPACE ? text.trimEnd() : text;
}
