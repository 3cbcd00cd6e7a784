// Does to an open draft what Gmail does with an UpdateDraftActionResponse: new recipients, subject and inserted text.
import { htmlToText } from '../core/thread/html-to-text';

export interface EditableDraft {
  to: string;
  cc: string;
  bcc: string;
  subject: string;
  body: string;
}

type Json = Record<string, unknown>;

/**
 * The draft after the update. Recipient lists replace the old ones (Google's reference: "will replace the
 * existing To recipients"). Body content is inserted as text; IN_PLACE_INSERT, the default, goes where
 * the cursor is, which in a fresh compose window is the top of the body.
 */
export function applyDraftUpdate(draft: EditableDraft, update: Json): EditableDraft {
  const next = { ...draft };
  const recipients = (action: string, field: string) => {
    const list = (update[action] as Json | undefined)?.[field];
    return Array.isArray(list) ? list.map(String).join(', ') : null;
  };
  next.to = recipients('updateDraftToRecipientsAction', 'toRecipients') ?? next.to;
  next.cc = recipients('updateDraftCcRecipientsAction', 'ccRecipients') ?? next.cc;
  next.bcc = recipients('updateDraftBccRecipientsAction', 'bccRecipients') ?? next.bcc;
  const subject = (update.updateDraftSubjectAction as Json | undefined)?.subject;
  if (typeof subject === 'string') next.subject = subject;
  const body = update.updateDraftBodyAction as { updateContents?: { content?: string; contentType?: string }[]; updateType?: string } | undefined;
  if (body?.updateContents?.length) {
    const text = body.updateContents
      .map((c) => (c.contentType === 'TEXT' ? c.content ?? '' : htmlToText(c.content ?? '')))
      .join('');
    next.body = body.updateType === 'INSERT_AT_END' ? draft.body + text : text + draft.body;
  }
  return next;
}
