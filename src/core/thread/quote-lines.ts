// Splits a message body into lines with their quote depth ("> > text" is depth 2) and the text after the markers.

export interface QuoteLine {
  depth: number;
  /** The line without its quote markers (and the one space after each) or trailing white space. */
  text: string;
}

const SPACE = 32;
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

// Matches the markers only; every repetition must end in ">", so it cannot backtrack.
const MARKERS = /^(?:[ \t]*>)*/;

function readQuoteLine(line: string): QuoteLine {
  if (line.charCodeAt(0) !== GREATER_THAN && !/^[ \t]+>/.test(line)) return { depth: 0, text: trimEnd(line) };
  const markers = (MARKERS.exec(line) as RegExpExecArray)[0];
  // Gmail writes nested quotes as ">>>", where the depth is the length; "> > >" needs counting.
  let depth = markers.length;
  if (/[ \t]/.test(markers)) {
    depth = 0;
    for (let i = 0; i < markers.length; i++) if (markers.charCodeAt(i) === GREATER_THAN) depth++;
  }
  const textStart = line.charCodeAt(markers.length) === SPACE ? markers.length + 1 : markers.length;
  return { depth, text: trimEnd(line.slice(textStart)) };
}

function trimEnd(text: string): string {
  return text.length > 0 && text.charCodeAt(text.length - 1) <= SPACE ? text.trimEnd() : text;
}
