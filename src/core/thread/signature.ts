// Recognises where a signature starts: the "-- " delimiter or a mobile client's "Sent from my iPhone" footer.

const DELIMITER = /^--\s*$/;
const MOBILE_FOOTER = /^\s*(?:sent from my \S|sent from (?:outlook|mail for windows|yahoo mail)|get outlook for \S)/i;

/** The "-- " line (many clients drop its trailing space); the signature is what follows it. */
export function isSignatureDelimiter(line: string): boolean {
  return line.length <= 4 && DELIMITER.test(line);
}

/** A mobile client's footer line, which is itself the signature. */
export function isMobileFooter(line: string): boolean {
  if (line.length > 80) return false;
  // Every footer starts with "sent" or "get"; other lines are turned away before the pattern runs.
  const initial = line.trimStart().charCodeAt(0) | 0x20;
  return (initial === 0x73 || initial === 0x67) && MOBILE_FOOTER.test(line);
}
