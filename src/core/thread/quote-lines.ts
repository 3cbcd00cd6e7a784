// Splits a message body into lines with their quote depth ("> > text" is depth 2) and the text after the markers.

export interface QuoteLine {
  depth: number;
  /** The line without its quote markers (and the one space after each) or trailing white space. */
  text: string;
}

const SPACE = 32;
const TAB = 9;
const GREATER_THAN = 62;

/** Reads every line's quote depth in one pass; CRLF and lone CR count as line ends. */
export function toQuoteLines(body: string): QuoteLine[] {
  const text = body.includes('\r') ? body.replace(/\r\n?/g, '\n') : body;
  return text.split('\n').map(readQuoteLine);
}

/** Whether a line holds nothing but white space, without copying it. */
export function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    if (line.charCodeAt(i) > SPACE) return false;
  }
  return true;
}

// Matches spaced markers ("> > >", "  >"); every repetition must end in ">", so it cannot backtrack.
const SPACED_MARKERS = /^(?:[ \t]*>)*/;

function readQuoteLine(line: string): QuoteLine {
  // Gmail's ">>>" is the common case: the depth is the run of markers.
  let end = 0;
  while (line.charCodeAt(end) === GREATER_THAN) end++;
  let depth = end;
  const next = line.charCodeAt(end);
  if (next === SPACE || next === TAB) {
    const markers = (SPACED_MARKERS.exec(line) as RegExpExecArray)[0];
    if (markers.length > end) {
      end = markers.length;
      depth = 0;
      for (let i = 0; i < end; i++) if (markers.charCodeAt(i) === GREATER_THAN) depth++;
    }
  }
  if (depth === 0) return { depth, text: trimEnd(line) };
  return { depth, text: trimEnd(line.slice(line.charCodeAt(end) === SPACE ? end + 1 : end)) };
}

function trimEnd(text: string): string {
  return text.length > 0 && text.charCodeAt(text.length - 1) <= SPACE ? text.trimEnd() : text;
}
