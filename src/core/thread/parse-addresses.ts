// Parses address header values ("Last, First" <a@b>, bare addresses, groups, comments) into people.
import type { Person } from './thread';

/**
 * Parses an address list as `From`/`To`/`Cc` headers and `GmailMessage.getTo()` carry it.
 * Group names are dropped and their members kept; a piece with no address keeps its name and an empty email.
 */
export function parseAddressList(value: string): Person[] {
  const people: Person[] = [];
  let pendingName = '';
  for (const piece of splitMailboxes(value)) {
    // An unquoted "Last, First <a@b>" splits at its comma; the nameless half is the name's start.
    if (!/[@<"]/.test(piece)) {
      pendingName = pendingName ? `${pendingName}, ${piece}` : piece;
      continue;
    }
    const person = parseMailbox(pendingName ? `${pendingName}, ${piece}` : piece);
    pendingName = '';
    if (person) people.push(person);
  }
  if (pendingName) {
    const person = parseMailbox(pendingName);
    if (person) people.push(person);
  }
  return people;
}

/** Parses one mailbox such as `"Dana W" <Dana@Example.org>`; null when the value is empty. */
export function parsePerson(value: string): Person | null {
  return parseAddressList(value)[0] ?? null;
}

/** Splits at top-level commas and group delimiters, honouring quotes, angle brackets and comments. */
function splitMailboxes(value: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  let inQuotes = false;
  let inAngle = false;
  let commentDepth = 0;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch === '\\' && (inQuotes || commentDepth > 0)) i++;
    else if (inQuotes) inQuotes = ch !== '"';
    else if (commentDepth > 0) commentDepth += ch === '(' ? 1 : ch === ')' ? -1 : 0;
    else if (inAngle) inAngle = ch !== '>';
    else if (ch === '"') inQuotes = true;
    else if (ch === '(') commentDepth = 1;
    else if (ch === '<') inAngle = true;
    else if (ch === ',' || ch === ';') {
      pieces.push(value.slice(start, i));
      start = i + 1;
    } else if (ch === ':') {
      // "Team: a@b, c@d;" - the group's display name is not a mailbox.
      start = i + 1;
    }
  }
  pieces.push(value.slice(start));
  return pieces.map((piece) => piece.trim()).filter((piece) => piece !== '');
}

function parseMailbox(piece: string): Person | null {
  const { text, comment } = removeComments(piece);
  const open = text.lastIndexOf('<');
  const close = text.indexOf('>', open);
  if (open >= 0 && close > open) {
    const email = normaliseEmail(text.slice(open + 1, close));
    const name = unquote(text.slice(0, open)) || unquote(text.slice(close + 1)) || comment;
    return email || name ? { name, email } : null;
  }
  const words = text.trim().split(/\s+/);
  const address = words.find((word) => word.includes('@'));
  if (!address) {
    const name = unquote(text) || comment;
    return name ? { name, email: '' } : null;
  }
  const name = unquote(words.filter((word) => word !== address).join(' ')) || comment;
  return { name, email: normaliseEmail(address) };
}

function removeComments(piece: string): { text: string; comment: string } {
  if (!piece.includes('(')) return { text: piece, comment: '' };
  let text = '';
  let comment = '';
  let depth = 0;
  let inQuotes = false;
  for (let i = 0; i < piece.length; i++) {
    const ch = piece[i];
    if (depth === 0 && ch === '"') inQuotes = !inQuotes;
    if (!inQuotes && ch === '(') depth++;
    if (depth > 0) comment += ch;
    else text += ch;
    if (!inQuotes && ch === ')' && depth > 0) depth--;
  }
  return { text, comment: comment.replace(/^\(+|\)+$/g, '').trim() };
}

function unquote(name: string): string {
  const trimmed = name.trim();
  const inner = trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"') ? trimmed.slice(1, -1) : trimmed;
  // Escapes and runs of blanks are rare in names; most are returned without a pattern running.
  const unescaped = inner.includes('\\') ? inner.replace(/\\(.)/g, '$1') : inner;
  return /\s\s|[^\S ]/.test(unescaped) ? unescaped.replace(/\s+/g, ' ').trim() : unescaped.trim();
}

function normaliseEmail(address: string): string {
  const trimmed = address.trim();
  const email = (/^mailto:/i.test(trimmed) ? trimmed.slice(7) : trimmed).toLowerCase();
  return email.includes('@') ? email : '';
}
