// Shapes a thread for the preview's middle pane with the core thread model, so it folds history exactly where the add-on sees it end.
import { buildThread } from '../core/thread/build-thread';
import { parseAddressList } from '../core/thread/parse-addresses';
import type { EmbeddedMessage, Person, RawMessage } from '../core/thread/thread';
import type { ThreadView } from './preview-api';

/** Each message shows what its author wrote and signed; quoted and forwarded history is kept for the "•••" fold. */
export function toThreadView(threadId: string, raws: readonly RawMessage[]): ThreadView {
  const thread = buildThread(raws, threadId);
  const rawById = new Map(raws.map((raw) => [raw.id, raw]));
  return {
    id: threadId,
    subject: thread.subject,
    messages: thread.messages.map((message) => {
      const raw = rawById.get(message.id);
      return {
        id: message.id,
        from: people(raw?.from ?? ''),
        to: people(raw?.to ?? ''),
        cc: people(raw?.cc ?? ''),
        date: Number.isNaN(message.date.getTime()) ? '' : message.date.toISOString(),
        text: [message.newText, message.signature].filter((part) => part.trim() !== '').join('\n\n'),
        history: [
          ...message.quoted.map((m) => `On ${m.date || 'an earlier date'}, ${person(m.from)} wrote:\n${m.text}`),
          ...message.forwarded.map((m) => `---------- Forwarded message ---------\nFrom: ${person(m.from)}\n${m.date ? `Date: ${m.date}\n` : ''}Subject: ${m.subject}\n\n${m.text}`),
        ].join('\n\n'),
      };
    }),
  };
}

function people(header: string): string {
  return parseAddressList(header).map(person).join(', ');
}

function person(p: Person | EmbeddedMessage['from']): string {
  if (!p) return 'someone';
  if (p.name && p.email) return `${p.name} <${p.email}>`;
  return p.name || p.email;
}
