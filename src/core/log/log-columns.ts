// The log sheet's columns, in order, with the header each shows; the adapter and the row mapping share them.

export const LOG_COLUMNS = [
  { key: 'loggedAt', header: 'logged at' },
  { key: 'threadLink', header: 'thread link' },
  { key: 'subject', header: 'subject' },
  { key: 'kind', header: 'kind' },
  { key: 'myRole', header: 'my role' },
  { key: 'introducerName', header: 'introducer (or requester) name' },
  { key: 'introducerEmail', header: 'introducer (or requester) email' },
  { key: 'otherPartyName', header: 'other party name' },
  { key: 'otherPartyEmail', header: 'other party email' },
  { key: 'flags', header: 'flags' },
  { key: 'consent', header: 'consent status' },
  { key: 'consentAskedOn', header: 'consent asked on' },
  { key: 'reply', header: 'reply status' },
  { key: 'introSentOn', header: 'intro sent on' },
  { key: 'followUpDue', header: 'follow-up due' },
  { key: 'outcome', header: 'outcome' },
  { key: 'outcomeNote', header: 'outcome note' },
  { key: 'threadId', header: 'thread id' },
] as const;

export type ColumnKey = (typeof LOG_COLUMNS)[number]['key'];

export const LOG_HEADERS: string[] = LOG_COLUMNS.map((column) => column.header);

/** Zero-based position of a column. */
export function columnIndex(key: ColumnKey): number {
  return LOG_COLUMNS.findIndex((column) => column.key === key);
}

/** The A1 letter of a column (the log has fewer than 26 columns). */
export function columnLetter(key: ColumnKey): string {
  return String.fromCharCode(65 + columnIndex(key));
}

export const LAST_COLUMN_LETTER = String.fromCharCode(64 + LOG_COLUMNS.length);
