// Flattens a thread into what each person said, oldest first, recovering quoted and forwarded messages the thread does not hold itself.
import type { EmbeddedMessage, Message, Person, Thread } from '../thread/thread';

/** Longest text read from one utterance: intros are short, and the bound keeps the cost linear on hostile input. */
const MAX_UTTERANCE_LENGTH = 30_000;

export interface Utterance {
  author: Person | null;
  /** Recipients where known (real messages, Outlook-style quoted headers). */
  to: Person[];
  cc: Person[];
  text: string;
  subject: string;
  origin: 'message' | 'quoted' | 'forwarded';
  /** Index of the real message that carried it. */
  messageIndex: number;
}

/** Every distinct utterance in the thread, oldest first. */
export function buildTimeline(thread: Thread): Utterance[] {
  const seen = new Set<string>();
  const timeline: Utterance[] = [];
  const messageKeys = thread.messages.map((m) => fingerprint(m.newText));
  const realKeys = new Set(messageKeys);

  thread.messages.forEach((message, messageIndex) => {
    const older: Utterance[] = [];
    // Forwarded and quoted messages are older than the message carrying them; quotes come newest first.
    for (const embedded of [...message.quoted].reverse()) older.push(fromEmbedded(embedded, 'quoted', messageIndex));
    for (const embedded of message.forwarded) older.push(fromEmbedded(embedded, 'forwarded', messageIndex));
    for (const utterance of older) {
      const key = fingerprint(utterance.text);
      if (!key || seen.has(key) || realKeys.has(key)) continue;
      seen.add(key);
      timeline.push(utterance);
    }
    const key = messageKeys[messageIndex];
    if (key && seen.has(key)) return;
    if (key) seen.add(key);
    timeline.push(fromMessage(message, messageIndex));
  });
  return timeline;
}

function fromMessage(message: Message, messageIndex: number): Utterance {
  return {
    author: message.from,
    to: message.to,
    cc: message.cc,
    text: bound(message.newText),
    subject: message.subject,
    origin: 'message',
    messageIndex,
  };
}

function fromEmbedded(embedded: EmbeddedMessage, origin: 'quoted' | 'forwarded', messageIndex: number): Utterance {
  return {
    author: embedded.from,
    to: embedded.to,
    cc: [],
    text: bound(embedded.text),
    subject: embedded.subject,
    origin,
    messageIndex,
  };
}

function bound(text: string): string {
  return text.length > MAX_UTTERANCE_LENGTH ? text.slice(0, MAX_UTTERANCE_LENGTH) : text;
}

/** A key that survives re-wrapping and re-quoting, so a quoted copy of a message the thread holds is not read twice. */
function fingerprint(text: string): string {
  // The letters and digits of the first 300 characters, lower-cased: the same as lower-casing the slice and
  // dropping everything else, without building either intermediate string.
  let key = '';
  const end = Math.min(text.length, 300);
  for (let i = 0; i < end && key.length < 160; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) key += text[i];
    else if (code >= 0x41 && code <= 0x5a) key += String.fromCharCode(code + 0x20);
    else if (code >= 0x80) key += text[i].toLowerCase().replace(/[^a-z0-9]+/g, '');
  }
  return key.slice(0, 160);
}
