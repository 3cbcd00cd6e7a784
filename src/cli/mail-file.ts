// Reads .eml and .mbox files into the raw messages the thread model is built from, using postal-mime for MIME.
import PostalMime, { type Address } from 'postal-mime';
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { RawMessage } from '../core/thread/thread';

/** A file that exists but does not hold mail we can read. */
export class UnreadableMailError extends Error {}

/** Reads one mail file: an .mbox is one thread (oldest first), anything else one message. */
export async function readMailFile(path: string): Promise<RawMessage[]> {
  const bytes = await readFile(path);
  if (bytes.includes(0)) throw new UnreadableMailError('binary file, not an email');
  const text = bytes.toString('utf8');
  const isMbox = extname(path).toLowerCase() === '.mbox' || /^From \S+/.test(text);
  const sources = isMbox ? splitMbox(text) : [text];
  if (sources.length === 0) throw new UnreadableMailError('mbox file holds no messages');
  const name = basename(path);
  return Promise.all(sources.map((source, index) => parseMessage(source, `${name}#${index + 1}`)));
}

/** Splits an mboxrd file into messages and undoes its ">From " escaping. */
export function splitMbox(text: string): string[] {
  const messages: string[] = [];
  let current: string[] | null = null;
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith('From ')) {
      if (current) messages.push(current.join('\n'));
      current = [];
      continue;
    }
    if (current) current.push(/^>+From /.test(line) ? line.slice(1) : line);
  }
  if (current) messages.push(current.join('\n'));
  return messages.filter((message) => message.trim() !== '');
}

/** Parses one RFC 5322 message; `fallbackId` names it when it has no Message-ID. */
export async function parseMessage(source: string, fallbackId: string): Promise<RawMessage> {
  const headerBlock = source.split(/\r?\n\r?\n/, 1)[0] ?? '';
  if (!/^(from|to|subject|date|message-id|received|delivered-to|mime-version)\s*:/im.test(headerBlock)) {
    throw new UnreadableMailError('no mail headers found (From, To, Subject, Date...)');
  }
  const email = await PostalMime.parse(source);
  const header = (key: string) =>
    email.headers.filter((h) => h.key === key).map((h) => h.value.replace(/\s+/g, ' ').trim());
  const date = email.date ? new Date(email.date) : new Date(NaN);
  return {
    id: email.messageId?.trim() || fallbackId,
    from: formatAddresses(email.from ? [email.from] : []),
    to: formatAddresses(email.to ?? []),
    cc: formatAddresses(email.cc ?? []),
    bcc: formatAddresses(email.bcc ?? []),
    deliveredTo: header('delivered-to').join(', '),
    date: Number.isNaN(date.getTime()) ? new Date(0) : date,
    subject: email.subject ?? '',
    plainBody: email.text ?? '',
    htmlBody: email.html ?? '',
  };
}

/** Writes parsed addresses back as one header value, the shape `GmailMessage.getTo()` returns. */
function formatAddresses(addresses: Address[]): string {
  const mailboxes = addresses.flatMap((a) => (a.group ? a.group : [a]));
  return mailboxes
    .map((m) => (m.name ? `"${m.name.replace(/(["\\])/g, '\\$1')}" <${m.address}>` : m.address))
    .join(', ');
}
