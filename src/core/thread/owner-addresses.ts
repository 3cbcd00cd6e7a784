// Who "me" is in a thread: the signed-in address plus the aliases mail was delivered to.
import type { Thread } from './thread';

/** The owner's addresses, lower-case, signed-in address first; Delivered-To names the aliases mail reached. */
export function ownerAddresses(signedIn: string, thread: Thread): string[] {
  const all = [signedIn, ...thread.messages.flatMap((m) => m.deliveredTo)].map((a) => a.trim().toLowerCase()).filter(Boolean);
  return [...new Set(all)];
}
