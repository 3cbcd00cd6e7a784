// Splits a mail header's address list ("Dana W" <dana@x.org>, bob@y.net) into entries and their lower-case addresses.

export interface AddressEntry {
  /** The entry as written, e.g. `"Dana W" <dana@x.org>`. */
  text: string;
  /** The bare address in lower case, '' when the entry holds none. */
  email: string;
}

/** Splits on commas outside quotes and angle brackets. */
export function parseAddressList(list: string): AddressEntry[] {
  const entries: string[] = [];
  let current = '';
  let quoted = false;
  let angled = false;
  for (const char of list) {
    if (char === '"' && !angled) quoted = !quoted;
    else if (char === '<' && !quoted) angled = true;
    else if (char === '>' && !quoted) angled = false;
    if (char === ',' && !quoted && !angled) {
      entries.push(current);
      current = '';
    } else current += char;
  }
  entries.push(current);
  return entries
    .map((text) => text.trim())
    .filter((text) => text !== '')
    .map((text) => ({ text, email: (/<([^>]*)>/.exec(text)?.[1] ?? text).trim().toLowerCase() }));
}

/** A plausible mailbox address: something@domain.tld, no spaces. */
export function isEmailAddress(email: string): boolean {
  return /^[^\s@<>",]+@[^\s@<>",]+\.[^\s@<>",]+$/.test(email);
}
