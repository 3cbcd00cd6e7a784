// The plain record of a draft the fake Gmail holds, and how the fake CardService reads it when a draft is handed to setGmailDraft.

/** A draft as the fake mailbox stores it; `inReplyTo` is the message id a reply draft answers. */
export interface DraftRecord {
  id: string;
  messageId: string;
  threadId: string | null;
  inReplyTo: string | null;
  from: string;
  to: string;
  cc: string;
  bcc: string;
  replyTo: string;
  subject: string;
  body: string;
  htmlBody: string;
  /** Option keys the real API does not know, kept so tests can see them; Gmail ignores them. */
  ignoredOptions: string[];
}

const records = new WeakMap<object, () => DraftRecord>();

/** Marks `draft` (a fake GmailDraft) as readable through `draftRecordOf`. */
export function registerDraft(draft: object, read: () => DraftRecord): void {
  records.set(draft, read);
}

/** The current record of a fake GmailDraft, or undefined for anything else. */
export function draftRecordOf(value: unknown): DraftRecord | undefined {
  return typeof value === 'object' && value !== null ? records.get(value)?.() : undefined;
}
