// Finds email addresses written in prose by looking outward from each "@", so text without one costs a single scan.

const MAX_LOCAL = 64;
const MAX_LABEL = 63;
const MAX_DOTTED_LABELS = 8;

/**
 * Every address in `text`, as written, in order: a local part of up to 64 characters, "@", a label and one to
 * eight dotted labels of up to 63 characters each (the same shape as
 * `/[a-z0-9._%+-]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8}/gi`).
 */
export function findEmailAddresses(text: string): string[] {
  const found: string[] = [];
  let searchedTo = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > searchedTo && at - start < MAX_LOCAL && isLocalChar(text.charCodeAt(start - 1))) start--;
    if (start === at) continue;
    const end = domainEnd(text, at + 1);
    if (end < 0) continue;
    found.push(text.slice(start, end));
    searchedTo = end;
    at = end - 1;
  }
  return found;
}

/** Where the domain starting at `from` ends, or -1 when there is no label followed by at least one dotted label. */
function domainEnd(text: string, from: number): number {
  const first = labelEnd(text, from);
  // A first label longer than the limit cannot be followed by its dot.
  if (first === from || first - from > MAX_LABEL) return -1;
  let end = first;
  for (let labels = 0; labels < MAX_DOTTED_LABELS; labels++) {
    if (text.charCodeAt(end) !== 0x2e) break;
    const next = labelEnd(text, end + 1);
    if (next === end + 1) break;
    end = Math.min(next, end + 1 + MAX_LABEL);
    if (next > end) break;
  }
  return end === first ? -1 : end;
}

function labelEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && isLabelChar(text.charCodeAt(i))) i++;
  return i;
}

function isLabelChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x2d;
}

function isLocalChar(code: number): boolean {
  // . _ % + as well as the label characters
  return isLabelChar(code) || code === 0x2e || code === 0x5f || code === 0x25 || code === 0x2b;
}
