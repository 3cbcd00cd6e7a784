// The Gmail adapter: reads the open thread in one pass and opens drafts, under the add-on's per-message access token.
import type { DraftSpec } from '../core/drafts/draft-spec';
import { buildThread } from '../core/thread/build-thread';
import type { RawMessage, Thread } from '../core/thread/thread';

type GmailMessage = GoogleAppsScript.Gmail.GmailMessage;

/** What a Gmail event carries that the mailbox needs. */
export interface OpenMessage {
  accessToken: string;
  messageId: string;
  threadId: string;
}

export class GmailMailbox {
  // Messages already read this execution, so a reply draft reuses them instead of fetching again.
  private readonly messages = new Map<string, GmailMessage>();

  constructor(private readonly gmail: GoogleAppsScript.Gmail.GmailApp = GmailApp) {}

  /**
   * Reads the whole open thread: one token call, one message lookup, one thread and one message list,
   * then only per-message getters. The add-on's readonly scope covers the other messages of the open thread.
   */
  readThread(open: OpenMessage): Thread {
    this.gmail.setCurrentMessageAccessToken(open.accessToken);
    const messages = this.gmail.getMessageById(open.messageId).getThread().getMessages();
    // getMessages lists the thread's unsent drafts too; a draft the user (or we) started says nothing about the thread.
    const raws = messages.filter((message) => !message.isDraft()).map((message) => this.toRaw(message));
    return buildThread(raws, open.threadId);
  }

  /** Opens a draft (never sends): a reply in the thread to one message, or a new message. Call readThread first for replies. */
  createDraft(spec: DraftSpec): GoogleAppsScript.Gmail.GmailDraft {
    const options: GoogleAppsScript.Gmail.GmailAdvancedOptions = {};
    if (spec.cc.length > 0) options.cc = spec.cc.join(', ');
    if (spec.bcc.length > 0) options.bcc = spec.bcc.join(', ');
    if (!spec.reply) return this.gmail.createDraft(spec.to.join(', '), spec.subject, spec.body, options);
    const message = this.messages.get(spec.reply.messageId);
    if (!message) throw new Error(`message ${spec.reply.messageId} is not in the thread that was read`);
    return spec.reply.all ? message.createDraftReplyAll(spec.body, options) : message.createDraftReply(spec.body, options);
  }

  private toRaw(message: GmailMessage): RawMessage {
    const id = message.getId();
    this.messages.set(id, message);
    const plainBody = message.getPlainBody();
    return {
      id,
      from: message.getFrom(),
      to: message.getTo(),
      cc: message.getCc(),
      bcc: message.getBcc(),
      deliveredTo: message.getHeader('Delivered-To'),
      date: message.getDate() as unknown as Date,
      subject: message.getSubject(),
      plainBody,
      // The thread model reads HTML only when there is no plain text, so the HTML is fetched only then.
      htmlBody: plainBody.trim() === '' ? message.getBody() : '',
    };
  }
}
