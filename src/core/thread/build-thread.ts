// The one path from raw messages, whichever host read them, to the thread the triage reads.
import { htmlToText } from './html-to-text';
import { parseAddressList, parsePerson } from './parse-addresses';
import { splitMessageText } from './split-message-text';
import type { Message, RawMessage, Thread } from './thread';

/**
 * Builds a thread from raw messages in any order: oldest first (stable for equal dates), addresses
 * parsed, and each body split into new text, quoted and forwarded history and signature.
 * `threadId` defaults to the oldest message's id.
 */
export function buildThread(raws: readonly RawMessage[], threadId?: string): Thread {
  const messages = raws
    .map((raw, index) => ({ raw, index }))
    .sort((a, b) => timeOf(a.raw) - timeOf(b.raw) || a.index - b.index)
    .map(({ raw }) => buildMessage(raw));
  return {
    id: threadId ?? messages[0]?.id ?? '',
    subject: messages[0]?.subject ?? '',
    messages,
  };
}

/** Builds one message; the plain body is preferred, the HTML body is read when the plain one is empty. */
export function buildMessage(raw: RawMessage): Message {
  const body = raw.plainBody.trim() !== '' ? raw.plainBody : htmlToText(raw.htmlBody);
  const { newText, quoted, forwarded, signature } = splitMessageText(body);
  return {
    id: raw.id,
    from: parsePerson(raw.from) ?? { name: '', email: '' },
    to: parseAddressList(raw.to),
    cc: parseAddressList(raw.cc),
    bcc: parseAddressList(raw.bcc),
    deliveredTo: parseAddressList(raw.deliveredTo).map((person) => person.email).filter((email) => email !== ''),
    date: raw.date,
    subject: raw.subject,
    newText,
    quoted,
    forwarded,
    signature,
  };
}

// An unreadable date sorts first rather than breaking the order of the others.
function timeOf(raw: RawMessage): number {
  const time = raw.date.getTime();
  return Number.isNaN(time) ? -Infinity : time;
}
