// The one path from raw messages, whichever host read them, to the thread the triage reads.
import { htmlToText } from './html-to-text';
import { parseAddressList, parsePerson } from './parse-addresses';
import { isBlank } from './quote-lines';
import { splitMessageText, type AttributionCache } from './split-message-text';
import type { Message, RawMessage, Thread } from './thread';

/**
 * Builds a thread from raw messages in any order: oldest first (stable for equal dates), addresses
 * parsed, and each body split into new text, quoted and forwarded history and signature.
 * `threadId` defaults to the oldest message's id.
 *
 * The oldest message keeps its whole quoted history (it may be all that is left of the earlier
 * conversation); every later one keeps only the message it quotes directly, because the thread
 * already holds the rest. That keeps a long reply chain linear in its size instead of quadratic.
 */
export function buildThread(raws: readonly RawMessage[], threadId?: string): Thread {
  const attributions: AttributionCache = new Map();
  const messages = raws
    .map((raw, index) => ({ raw, index }))
    .sort((a, b) => timeOf(a.raw) - timeOf(b.raw) || a.index - b.index)
    .map(({ raw }, position) => buildMessage(raw, attributions, position === 0 ? Infinity : 1));
  return {
    id: threadId ?? messages[0]?.id ?? '',
    subject: messages[0]?.subject ?? '',
    messages,
  };
}

/** Builds one message; the plain body is preferred, the HTML body is read when the plain one is empty. */
export function buildMessage(raw: RawMessage, attributions?: AttributionCache, maxQuoteDepth = Infinity): Message {
  const body = isBlank(raw.plainBody) ? htmlToText(raw.htmlBody) : raw.plainBody;
  const { newText, quoted, forwarded, signature } = splitMessageText(body, attributions, maxQuoteDepth);
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
