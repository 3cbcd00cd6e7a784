// The thread model every host builds and the triage reads: messages with their own new text separated from quoted and forwarded history.

/** A person as mail headers name them; `email` is lower-case and may be '' when only a name is known. */
export interface Person {
  name: string;
  email: string;
}

/**
 * One message as a host hands it over, before any interpretation. Apps Script fills it from
 * `GmailMessage` getters, the CLI from parsed MIME; both then go through `buildThread`.
 */
export interface RawMessage {
  id: string;
  /** Header values exactly as mail carries them, e.g. `"Dana W" <dana@example.org>, bob@example.net`. */
  from: string;
  to: string;
  cc: string;
  /** Present only on copies the owner sent. */
  bcc: string;
  /** Delivered-To header values, comma-joined; the only trace of the owner on a Bcc copy. */
  deliveredTo: string;
  date: Date;
  subject: string;
  plainBody: string;
  htmlBody: string;
}

/** A message embedded in another one: a quoted earlier message or a forwarded one. */
export interface EmbeddedMessage {
  from: Person | null;
  to: Person[];
  date: string;
  subject: string;
  /** The embedded message's own text, without its own quotes and signature. */
  text: string;
}

export interface Message {
  id: string;
  from: Person;
  to: Person[];
  cc: Person[];
  bcc: Person[];
  deliveredTo: string[];
  date: Date;
  subject: string;
  /** What the author wrote in this message: no quoted history, forwarded blocks or signature. */
  newText: string;
  /**
   * Quoted earlier messages, newest first (the order mail clients nest them). The oldest message of a
   * thread keeps its whole quoted history; later ones keep only the message they quote directly.
   */
  quoted: EmbeddedMessage[];
  /** Forwarded messages carried in the body, outermost first. */
  forwarded: EmbeddedMessage[];
  signature: string;
}

/** A whole thread, oldest message first. */
export interface Thread {
  id: string;
  subject: string;
  messages: Message[];
}
