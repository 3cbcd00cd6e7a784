// Deciding whether two mentions name the same person: by address when both have one, else by name.
import type { Person } from '../thread/thread';

/** Addresses compare without case; an empty address never matches. */
export function sameAddress(a: string, b: string): boolean {
  return a !== '' && a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** Same address when both are known; otherwise the same non-empty name, ignoring case and spacing. */
export function samePerson(a: Person, b: Person): boolean {
  if (a.email && b.email) return sameAddress(a.email, b.email);
  const name = (person: Person): string => person.name.trim().toLowerCase().replace(/\s+/g, ' ');
  return name(a) !== '' && name(a) === name(b);
}
