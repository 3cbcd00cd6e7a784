// A local GmailApp over .eml/.mbox files (one file = one thread): the add-on's message access rules, reply drafts and counted calls; nothing can be sent.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { readMailFile, splitMbox } from '../cli/mail-file';
import type { Clock } from '../core/ports/clock';
import { htmlToText } from '../core/thread/html-to-text';
import { parseAddressList } from '../core/thread/parse-addresses';
import type { Person, RawMessage } from '../core/thread/thread';
import { messageIdOfAccessToken } from './addon-events';
import { registerDraft, type DraftRecord } from './draft-record';
import { FakeService } from './fake-service';

export interface FakeGmailOptions {
  /** The mailbox owner's address: reply-all leaves it out. */
  owner?: string;
  /** Other addresses the owner may send from (`GmailApp.getAliases()`). */
  aliases?: string[];
  /** The time drafts are dated with; the system clock when absent. */
  clock?: Clock;
}

/** The option keys of GmailAdvancedOptions, and of GmailReplyOptions (the reply variants add `subject`). */
export const ADVANCED_OPTION_KEYS = ['attachments', 'bcc', 'cc', 'from', 'htmlBody', 'inlineImages', 'name', 'noReply', 'replyTo'];
export const REPLY_OPTION_KEYS = [...ADVANCED_OPTION_KEYS, 'subject'];
// "subject: a new subject for the email (250 characters maximum)".
const MAX_SUBJECT = 250;
const NO_SENDING = 'Sending is not allowed in this project: Intro Guard only creates drafts the user sends.';

interface StoredMessage {
  id: string;
  threadId: string | null;
  raw: RawMessage;
  headers: Map<string, string[]>;
  source: string;
  draftId: string | null;
}

interface StoredDraft {
  id: string;
  message: StoredMessage;
  inReplyTo: string | null;
  replyTo: string;
  ignoredOptions: string[];
}

type Options = Record<string, unknown>;

/**
 * `api` is the GmailApp the add-on sees; `calls` counts its calls per `Type.method` (`GmailApp.getMessageById`,
 * `GmailMessage.getPlainBody`, `GmailDraft.update`, ...). As under the add-on scopes, messages open only after
 * `setCurrentMessageAccessToken` with the token of a message-open event, and only within that message's thread.
 */
export class FakeGmailApp extends FakeService {
  readonly api: GoogleAppsScript.Gmail.GmailApp;
  readonly owner: string;
  private readonly aliases: string[];
  private readonly clock: Clock;
  private readonly messages = new Map<string, StoredMessage>();
  private readonly threads = new Map<string, string[]>();
  private readonly draftStore = new Map<string, StoredDraft>();
  private accessToken: string | null = null;
  private draftCount = 0;

  constructor(options: FakeGmailOptions = {}) {
    super();
    this.owner = (options.owner ?? 'me@example.com').toLowerCase();
    this.aliases = options.aliases ?? [];
    this.clock = options.clock ?? { now: () => new Date() };
    this.api = this.counted<GoogleAppsScript.Gmail.GmailApp>('GmailApp', {
      setCurrentMessageAccessToken: (token: unknown) => {
        if (typeof token !== 'string') throw this.mismatch('GmailApp.setCurrentMessageAccessToken', [token]);
        this.accessToken = token;
      },
      getMessageById: (id: unknown) => this.messageApi(this.openMessage(String(id))),
      getThreadById: (id: unknown) => this.threadApi(this.openThread(String(id))),
      getMessagesForThread: (thread: GoogleAppsScript.Gmail.GmailThread) => thread.getMessages(),
      createDraft: (recipient: unknown, subject: unknown, body: unknown, options: Options = {}) => {
        this.requireToken();
        if (![recipient, subject, body].every((a) => typeof a === 'string')) {
          throw this.mismatch('GmailApp.createDraft', [recipient, subject, body]);
        }
        return this.draftApi(this.newDraft({ to: recipient as string, subject: subject as string, body: body as string, options, keys: ADVANCED_OPTION_KEYS }));
      },
      getDrafts: () => [...this.draftStore.values()].map((d) => this.draftApi(d)),
      getDraft: (id: unknown) => this.draftApi(this.draft(String(id))),
      getDraftMessages: () => [...this.draftStore.values()].map((d) => this.messageApi(d.message)),
      getAliases: () => [...this.aliases],
      sendEmail: () => {
        throw this.exception(NO_SENDING);
      },
    });
  }

  /** A mailbox holding the given .eml/.mbox files, one thread each. */
  static async fromFiles(paths: string[], options: FakeGmailOptions = {}): Promise<FakeGmailApp> {
    const gmail = new FakeGmailApp(options);
    for (const path of paths) await gmail.addMailFile(path);
    return gmail;
  }

  /** Adds one .eml (one message) or .mbox (a thread, oldest first) as one thread. */
  async addMailFile(path: string): Promise<{ threadId: string; messageIds: string[] }> {
    const raws = await readMailFile(path);
    const text = await readFile(path, 'utf8');
    // The same split readMailFile made, kept here for the headers RawMessage does not carry.
    const sources = extname(path).toLowerCase() === '.mbox' || /^From \S+/.test(text) ? splitMbox(text) : [text];
    return this.addThread(raws, { name: basename(path), sources });
  }

  /**
   * Adds a thread from raw messages (oldest first). Ids derive from `name` and each message's id, so they are
   * stable across runs; `sources` are the messages' RFC 5322 texts, for getHeader and getRawContent.
   */
  addThread(raws: RawMessage[], options: { name?: string; sources?: string[] } = {}): { threadId: string; messageIds: string[] } {
    if (raws.length === 0) throw new Error('a thread needs at least one message');
    const name = options.name ?? `thread-${this.threads.size + 1}`;
    const ids = raws.map((raw, index) => hexId(`${name}#${index}:${raw.id}`));
    const threadId = ids[0];
    if (this.threads.has(threadId)) throw new Error(`thread ${name} is already in the mailbox`);
    raws.forEach((raw, index) => {
      const source = options.sources?.[index] ?? '';
      this.messages.set(ids[index], { id: ids[index], threadId, raw, headers: headersOf(source, raw), source, draftId: null });
    });
    this.threads.set(threadId, ids);
    return { threadId, messageIds: ids };
  }

  /** Every thread id, in the order threads were added. */
  threadIds(): string[] {
    return [...this.threads.keys()];
  }

  /** The message ids of a thread, oldest first, drafts excluded. */
  messageIdsOf(threadId: string): string[] {
    return [...(this.threads.get(threadId) ?? [])];
  }

  /** The drafts the add-on created and has not deleted, oldest first. */
  drafts(): DraftRecord[] {
    return [...this.draftStore.values()].map((d) => this.recordOf(d));
  }

  private requireToken(): string {
    // The message Apps Script gives when an add-on touches Gmail before setCurrentMessageAccessToken.
    if (this.accessToken === null) throw this.exception('Missing access token for per message scope');
    return this.accessToken;
  }

  /** The thread the current access token opens. */
  private openThreadId(): string | null {
    const messageId = messageIdOfAccessToken(this.requireToken());
    return (messageId && this.messages.get(messageId)?.threadId) ?? null;
  }

  private openMessage(id: string): StoredMessage {
    const allowed = this.openThreadId();
    const message = this.messages.get(id);
    if (!message) throw this.exception('Invalid argument: id');
    if (message.threadId !== allowed) throw this.exception('Access denied: the access token does not cover this message');
    return message;
  }

  private openThread(id: string): string {
    const allowed = this.openThreadId();
    if (!this.threads.has(id)) throw this.exception('Invalid argument: id');
    if (id !== allowed) throw this.exception('Access denied: the access token does not cover this thread');
    return id;
  }

  private draft(id: string): StoredDraft {
    const draft = this.draftStore.get(id);
    if (!draft) throw this.exception(`Invalid argument: draft ${id} not found`);
    return draft;
  }

  /** The thread's messages oldest first, then its drafts, as GmailThread.getMessages lists them. */
  private threadMessages(threadId: string): StoredMessage[] {
    const drafts = [...this.draftStore.values()].map((d) => d.message).filter((m) => m.threadId === threadId);
    return [...(this.threads.get(threadId) ?? []).map((id) => this.messages.get(id)!), ...drafts];
  }

  private messageApi(message: StoredMessage): GoogleAppsScript.Gmail.GmailMessage {
    const raw = message.raw;
    return this.counted<GoogleAppsScript.Gmail.GmailMessage>('GmailMessage', {
      getId: () => message.id,
      getFrom: () => raw.from,
      getTo: () => raw.to,
      getCc: () => raw.cc,
      getBcc: () => raw.bcc,
      // "Gets the reply-to address of the message (usually the sender)."
      getReplyTo: () => firstHeader(message, 'reply-to') || raw.from,
      getDate: () => this.newDate(raw.date.getTime()),
      getSubject: () => raw.subject,
      getPlainBody: () => raw.plainBody || htmlToText(raw.htmlBody),
      getBody: () => raw.htmlBody || raw.plainBody,
      getHeader: (name: string) => firstHeader(message, String(name).toLowerCase()),
      getRawContent: () => message.source,
      getAttachments: () => [],
      getThread: () => (message.threadId ? this.threadApi(message.threadId) : null),
      isDraft: () => message.draftId !== null,
      isInChats: () => false,
      isInInbox: () => message.draftId === null,
      isInPriorityInbox: () => false,
      isInTrash: () => false,
      isStarred: () => false,
      isUnread: () => false,
      createDraftReply: (body: string, options: Options = {}) => this.draftApi(this.newReply(message, body, options, false)),
      createDraftReplyAll: (body: string, options: Options = {}) => this.draftApi(this.newReply(message, body, options, true)),
      reply: () => this.refuseSending(),
      replyAll: () => this.refuseSending(),
      forward: () => this.refuseSending(),
    });
  }

  private threadApi(threadId: string): GoogleAppsScript.Gmail.GmailThread {
    const last = () => this.threadMessages(threadId).filter((m) => m.draftId === null).at(-1)!;
    return this.counted<GoogleAppsScript.Gmail.GmailThread>('GmailThread', {
      getId: () => threadId,
      getMessages: () => this.threadMessages(threadId).map((m) => this.messageApi(m)),
      getMessageCount: () => this.threadMessages(threadId).length,
      getFirstMessageSubject: () => this.threadMessages(threadId)[0].raw.subject,
      getLastMessageDate: () => this.newDate(last().raw.date.getTime()),
      getPermalink: () => `https://mail.google.com/mail/#all/${threadId}`,
      getLabels: () => [],
      hasStarredMessages: () => false,
      isImportant: () => false,
      isInChats: () => false,
      isInInbox: () => true,
      isInPriorityInbox: () => false,
      isInSpam: () => false,
      isInTrash: () => false,
      isUnread: () => false,
      createDraftReply: (body: string, options: Options = {}) => this.draftApi(this.newReply(last(), body, options, false)),
      createDraftReplyAll: (body: string, options: Options = {}) => this.draftApi(this.newReply(last(), body, options, true)),
      reply: () => this.refuseSending(),
      replyAll: () => this.refuseSending(),
    });
  }

  private draftApi(draft: StoredDraft): GoogleAppsScript.Gmail.GmailDraft {
    const live = () => this.draft(draft.id);
    const api: GoogleAppsScript.Gmail.GmailDraft = this.counted('GmailDraft', {
      getId: () => live().id,
      getMessageId: () => live().message.id,
      getMessage: () => this.messageApi(live().message),
      update: (recipient: unknown, subject: unknown, body: unknown, options: Options = {}) => {
        const current = live();
        if (![recipient, subject, body].every((a) => typeof a === 'string')) {
          throw this.mismatch('GmailDraft.update', [recipient, subject, body]);
        }
        const next = this.composeMessage({ to: recipient as string, subject: subject as string, body: body as string, options, keys: ADVANCED_OPTION_KEYS });
        Object.assign(current.message.raw, next.raw);
        current.replyTo = next.replyTo;
        current.ignoredOptions = next.ignoredOptions;
        return api;
      },
      deleteDraft: () => {
        live();
        this.draftStore.delete(draft.id);
      },
      send: () => this.refuseSending(),
    });
    registerDraft(api, () => this.recordOf(live()));
    return api;
  }

  private refuseSending(): never {
    throw this.exception(NO_SENDING);
  }

  /** Reply drafts go to Reply-To (or From); reply-all adds the message's To and Cc, leaving out the owner. */
  private newReply(message: StoredMessage, body: unknown, options: Options, all: boolean): StoredDraft {
    if (typeof body !== 'string') throw this.mismatch(`GmailMessage.${all ? 'createDraftReplyAll' : 'createDraftReply'}`, [body]);
    const raw = message.raw;
    const replyTo = firstHeader(message, 'reply-to') || raw.from;
    const fromMe = parseAddressList(raw.from).some((p) => this.isMe(p.email));
    // Replying to one's own message addresses its recipients again, as Gmail does.
    const to = fromMe ? [raw.to] : [replyTo, ...(all ? [raw.to] : [])];
    const subject = typeof options.subject === 'string' ? options.subject : /^re:/i.test(raw.subject) ? raw.subject : `Re: ${raw.subject}`;
    return this.newDraft({
      to: this.withoutMe(to.join(', ')),
      cc: all ? this.withoutMe(raw.cc) : '',
      subject,
      body,
      options,
      keys: REPLY_OPTION_KEYS,
      threadId: message.threadId,
      inReplyTo: message.id,
    });
  }

  private newDraft(spec: DraftSpec): StoredDraft {
    this.requireToken();
    this.draftCount += 1;
    const id = `r-${1000 + this.draftCount}`;
    const composed = this.composeMessage(spec);
    const message: StoredMessage = {
      id: hexId(`draft:${this.draftCount}`),
      threadId: spec.threadId ?? null,
      raw: composed.raw,
      headers: new Map(),
      source: '',
      draftId: id,
    };
    const draft = { id, message, inReplyTo: spec.inReplyTo ?? null, replyTo: composed.replyTo, ignoredOptions: composed.ignoredOptions };
    this.draftStore.set(id, draft);
    return draft;
  }

  /** Checks recipients and options as Gmail does and builds the draft's message. */
  private composeMessage(spec: DraftSpec): { raw: RawMessage; replyTo: string; ignoredOptions: string[] } {
    const options = spec.options ?? {};
    const text = (key: string) => (options[key] === undefined ? '' : String(options[key]));
    const from = text('from') || this.owner;
    if (!this.isMe(from.toLowerCase())) throw this.exception('Invalid argument: from');
    if (spec.subject.length > MAX_SUBJECT) throw this.exception(`Invalid argument: subject is longer than ${MAX_SUBJECT} characters`);
    const to = normalise(spec.to);
    const cc = normalise([spec.cc ?? '', text('cc')].filter(Boolean).join(', '));
    const bcc = normalise(text('bcc'));
    for (const list of [to, cc, bcc, text('replyTo')]) {
      const bad = parseAddressList(list).find((p) => !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(p.email));
      if (bad) throw this.exception(`Invalid email: ${bad.name || bad.email}`);
    }
    const name = text('name');
    return {
      raw: {
        id: '',
        from: name ? `"${name}" <${from}>` : from,
        to,
        cc,
        bcc,
        deliveredTo: '',
        date: this.clock.now(),
        subject: spec.subject,
        plainBody: spec.body,
        htmlBody: text('htmlBody'),
      },
      replyTo: normalise(text('replyTo')),
      ignoredOptions: Object.keys(options).filter((key) => !spec.keys.includes(key)),
    };
  }

  private isMe(email: string): boolean {
    return email === this.owner || this.aliases.some((a) => a.toLowerCase() === email);
  }

  /** The list without the owner's addresses and without repeats. */
  private withoutMe(list: string): string {
    const seen = new Set<string>();
    const others = parseAddressList(list).filter((p) => !this.isMe(p.email) && !seen.has(p.email) && seen.add(p.email));
    return formatAddressList(others);
  }

  private recordOf(draft: StoredDraft): DraftRecord {
    const raw = draft.message.raw;
    return {
      id: draft.id,
      messageId: draft.message.id,
      threadId: draft.message.threadId,
      inReplyTo: draft.inReplyTo,
      from: raw.from,
      to: raw.to,
      cc: raw.cc,
      bcc: raw.bcc,
      replyTo: draft.replyTo,
      subject: raw.subject,
      body: raw.plainBody,
      htmlBody: raw.htmlBody,
      ignoredOptions: [...draft.ignoredOptions],
    };
  }
}

interface DraftSpec {
  to: string;
  cc?: string;
  subject: string;
  body: string;
  options: Options;
  keys: string[];
  threadId?: string | null;
  inReplyTo?: string;
}

/** A 16-hex-digit id like Gmail's, derived from `seed` so it is the same on every run. */
function hexId(seed: string): string {
  return createHash('sha256').update(seed).digest('hex').slice(0, 16);
}

/** An address list rewritten in one spelling, so drafts compare predictably. */
function normalise(list: string): string {
  return formatAddressList(parseAddressList(list));
}

/** Writes people back as a header value, quoting names the way the mail reader does. */
function formatAddressList(people: Person[]): string {
  return people.map((p) => (p.name && p.email ? `"${p.name.replace(/(["\\])/g, '\\$1')}" <${p.email}>` : p.email || p.name)).join(', ');
}

function firstHeader(message: StoredMessage, name: string): string {
  return message.headers.get(name)?.[0] ?? '';
}

/** The unfolded header fields of an RFC 5322 text, by lower-case name; Message-ID falls back to the raw id. */
function headersOf(source: string, raw: RawMessage): Map<string, string[]> {
  const headers = new Map<string, string[]>();
  const block = source.split(/\r?\n\r?\n/, 1)[0] ?? '';
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const match = /^([!-9;-~]+):\s*(.*)$/.exec(line);
    if (match) headers.set(match[1].toLowerCase(), [...(headers.get(match[1].toLowerCase()) ?? []), match[2].trim()]);
  }
  if (!headers.has('message-id') && raw.id) headers.set('message-id', [raw.id]);
  return headers;
}
