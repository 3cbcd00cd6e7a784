// One draft the add-on can open for the user: who it goes to and what it says, as plain data.

export interface DraftSpec {
  /** The template it is written from, which also names the draft's button. */
  id: string;
  /** The button text, names included ("Reply and move Dana to BCC"). */
  label: string;
  /** What the user still has to do in the draft, '' when nothing. */
  note: string;
  /** Why this draft must not be opened (rule 1: ask once), shown instead of its button; '' when it may. */
  refusal: string;
  /** A reply in the thread to this message (to its sender, or to all), or null for a new message. */
  reply: { messageId: string; all: boolean } | null;
  /** Recipients of a new message; a reply's recipients come from the message it answers. */
  to: string[];
  cc: string[];
  bcc: string[];
  /** A new message's subject; '' on a reply, which keeps Gmail's "Re: …". */
  subject: string;
  body: string;
  /** Placeholders left as [markers] for the user to fill in. */
  missing: string[];
}
