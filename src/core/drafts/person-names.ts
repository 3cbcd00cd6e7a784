// How drafts and cards name people: first names for greetings, full names where a stranger must know who is meant.
import type { Person } from '../thread/thread';

// Mailboxes that belong to a role, not a person, so their local part is no name.
const ROLE_MAILBOXES = /^(info|hello|hi|contact|team|admin|office|sales|support|help|noreply|no-reply|mail|jobs|careers|press|billing)$/i;

/** A name guessed from an address such as tomas.ferreira@… ("Tomas Ferreira"), or '' when it looks like no name. */
export function nameFromAddress(email: string): string {
  const local = email.split('@')[0] ?? '';
  if (ROLE_MAILBOXES.test(local) || /\d/.test(local)) return '';
  const words = local.split(/[._-]+/).filter((w) => /^[a-z\u00C0-\u024F]{2,}$/i.test(w));
  return words.map((w) => w[0].toUpperCase() + w.slice(1).toLowerCase()).join(' ');
}

/** The full name, else one guessed from the address; '' when neither helps. */
export function fullName(person: Person | null | undefined): string {
  if (!person) return '';
  return person.name.trim() || nameFromAddress(person.email);
}

/** The first name: "Tomás" from "Tomás Ferreira" or "Ferreira, Tomás"; '' when unknown. */
export function firstName(person: Person | null | undefined): string {
  const name = fullName(person);
  if (name.includes(',')) return name.split(',')[1].trim().split(/\s+/)[0] ?? '';
  return name.split(/\s+/)[0] ?? '';
}

/** A person known only by an address, as compose metadata gives them ("Name <a@b>" or "a@b"). */
export function personFromRecipient(recipient: string): Person {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(recipient);
  return match ? { name: match[1].trim(), email: match[2].trim().toLowerCase() } : { name: '', email: recipient.trim().toLowerCase() };
}
