// Splits a message body into lines with their quote depth ("> > text" is depth 2) and the text after the markers.

export interface QuoteLine {
  depth: number;
  /** The line without its quote markers (and the one space after each). */
  text: string;
}

/** Reads every line's quote depth in one pass; CRLF and lone CR count as line ends. */
export function toQuoteLines(body: string): QuoteLine[] {
  return body.split(/\r\n|\r|\n/).map(readQuoteLine);
}

function readQuoteLine(line: string): QuoteLine {
  let depth = 0;
  let textStart = 0;
  let i = 0;
  for (;;) {
    let j = i;
    while (j < line.length && (line[j] === ' ' || line[j] === '\t')) j++;
    if (line[j] !== '>') break;
    depth++;
    i = line[j + 1] === ' ' ? j + 2 : j + 1;
    textStart = i;
  }
  return { depth, text: (depth ? line.slice(textStart) : line).trimEnd() };
}
