// Behaviour of the local GmailApp over corpus files: add-on access rules, getters, reply drafts, no sending, call counts.
import { accessTokenFor } from '../../src/local/addon-events';
import { FakeCardService } from '../../src/local/fake-card-service';
import { ADVANCED_OPTION_KEYS, FakeGmailApp, REPLY_OPTION_KEYS } from '../../src/local/fake-gmail-app';
import { CORPUS_DIR } from '../../bench/fixtures/corpus';
import { declaredMembers } from './declared-members';

const CASES = `${CORPUS_DIR}/cases`;

/** A mailbox holding one corpus file, its access token already set for the file's `messageIndex`th message. */
async function openCase(file: string, owner: string, messageIndex = 0) {
  const gmail = new FakeGmailApp({ owner, clock: { now: () => new Date('2026-05-01T10:00:00Z') } });
  const { threadId, messageIds } = await gmail.addMailFile(`${CASES}/${file}`);
  gmail.api.setCurrentMessageAccessToken(accessTokenFor(messageIds[messageIndex]));
  const message = gmail.api.getMessageById(messageIds[messageIndex]);
  return { gmail, GmailApp: gmail.api, threadId, messageIds, message };
}

describe('FakeGmailApp', () => {
  it('declares only methods and options the real Gmail service has', () => {
    expect(declaredMembers('gmail', 'GmailApp')).toEqual(expect.arrayContaining(Object.keys(new FakeGmailApp().api)));
    const advanced = declaredMembers('gmail', 'GmailAdvancedOptions');
    expect(advanced.sort()).toEqual([...ADVANCED_OPTION_KEYS].sort());
    // GmailReplyOptions extends GmailAdvancedOptions.
    expect([...advanced, ...declaredMembers('gmail', 'GmailReplyOptions')].sort()).toEqual([...REPLY_OPTION_KEYS].sort());
  });

  it('declares only real GmailMessage, GmailThread and GmailDraft methods', async () => {
    const { message } = await openCase('d007.eml', 'h.sorensen@fjordcap.example.com');
    const draft = message.createDraftReply('x');
    expect(declaredMembers('gmail', 'GmailMessage')).toEqual(expect.arrayContaining(Object.keys(message)));
    expect(declaredMembers('gmail', 'GmailThread')).toEqual(expect.arrayContaining(Object.keys(message.getThread())));
    expect(declaredMembers('gmail', 'GmailDraft')).toEqual(expect.arrayContaining(Object.keys(draft)));
  });

  it('refuses to open a message before setCurrentMessageAccessToken', async () => {
    const gmail = new FakeGmailApp();
    const { messageIds, threadId } = await gmail.addMailFile(`${CASES}/d007.eml`);
    expect(() => gmail.api.getMessageById(messageIds[0])).toThrow('Missing access token for per message scope');
    expect(() => gmail.api.getThreadById(threadId)).toThrow('Missing access token for per message scope');
    expect(() => gmail.api.createDraft('a@example.com', 's', 'b')).toThrow('Missing access token for per message scope');
  });

  it('opens only the thread of the message the access token was issued for', async () => {
    const gmail = new FakeGmailApp();
    const intro = await gmail.addMailFile(`${CASES}/d007.eml`);
    const other = await gmail.addMailFile(`${CASES}/d001.mbox`);
    gmail.api.setCurrentMessageAccessToken(accessTokenFor(other.messageIds[2]));
    expect(gmail.api.getMessageById(other.messageIds[0]).getId()).toBe(other.messageIds[0]);
    expect(gmail.api.getThreadById(other.threadId).getMessageCount()).toBe(3);
    expect(() => gmail.api.getMessageById(intro.messageIds[0])).toThrow(/Access denied/);
    expect(() => gmail.api.getThreadById(intro.threadId)).toThrow(/Access denied/);
    expect(() => gmail.api.getMessageById('ffffffffffffffff')).toThrow('Invalid argument: id');
  });

  it('reads a message the way GmailMessage getters report it', async () => {
    const { message, threadId } = await openCase('d007.eml', 'h.sorensen@fjordcap.example.com');
    expect(message.getFrom()).toBe('"Paula Grant" <paula.grant@example.net>');
    expect(message.getTo()).toBe('"Henrik Sørensen" <h.sorensen@fjordcap.example.com>');
    expect(message.getCc()).toBe('"Ethan Grant" <ethan.grant@example.org>');
    expect(message.getBcc()).toBe('');
    expect(message.getReplyTo()).toBe('"Paula Grant" <paula.grant@example.net>');
    expect(message.getSubject()).toBe('Intro - my nephew Ethan');
    expect(message.getDate().toISOString()).toBe('2023-09-11T11:58:03.000Z');
    expect(message.getPlainBody()).toMatch(/^Hi Henrik,\n\nI hope you had a great summer!/);
    expect(message.getBody()).toMatch(/^<div dir="ltr">Hi Henrik,/);
    expect(message.getHeader('message-id')).toBe('<CAKMUiZtrivqj4t_ogCV3hpQQx8459nHetgk9wFpp1-JFTSjZ@mail.example.net>');
    expect(message.getHeader('X-Not-There')).toBe('');
    expect(message.isDraft()).toBe(false);
    expect(message.getThread().getId()).toBe(threadId);
    expect(message.getRawContent()).toMatch(/^Delivered-To: h.sorensen@fjordcap.example.com/);
  });

  it('reports the Reply-To header when the message has one', async () => {
    const { message } = await openCase('d038.eml', 'j.morales@example.com');
    expect(message.getReplyTo()).toBe('kate.sullivan@example.com');
  });

  it('gives text without markup as the plain body of an HTML-only message', async () => {
    const { message } = await openCase('d005.eml', 'devon.price@example.net');
    const text = message.getPlainBody();
    expect(text).toMatch(/^Hi Devon and Ana,\n+Thanks both for saying yes to this one!/);
    expect(text).toContain('Ana, meet Devon Price, who led');
    expect(text).not.toMatch(/<[a-z]/i);
    expect(message.getBody()).toContain('<b>Devon Price</b>');
  });

  it('gives a thread its messages oldest first, its subject and its permalink', async () => {
    const { message, messageIds, threadId } = await openCase('d001.mbox', 'priya.raman@northwind.example.com', 2);
    const thread = message.getThread();
    expect(thread.getMessages().map((m) => m.getId())).toEqual(messageIds);
    expect(thread.getFirstMessageSubject()).toBe('Open to an intro to Tomás Ferreira (Larkspur Freight)?');
    expect(thread.getPermalink()).toBe(`https://mail.google.com/mail/#all/${threadId}`);
    expect(threadId).toBe(messageIds[0]);
  });

  it('derives ids that are stable across loads and unique across messages', async () => {
    const first = await new FakeGmailApp().addMailFile(`${CASES}/d001.mbox`);
    const again = await new FakeGmailApp().addMailFile(`${CASES}/d001.mbox`);
    expect(again).toEqual(first);
    expect(new Set(first.messageIds).size).toBe(3);
    expect(first.messageIds[0]).toMatch(/^[0-9a-f]{16}$/);
  });

  it('refuses to load the same file twice', async () => {
    const gmail = new FakeGmailApp();
    await gmail.addMailFile(`${CASES}/d007.eml`);
    await expect(gmail.addMailFile(`${CASES}/d007.eml`)).rejects.toThrow(/already in the mailbox/);
  });

  it('addresses a reply-all to the sender and all other recipients, leaving out the owner', async () => {
    const { message, gmail, threadId, messageIds } = await openCase('d001.mbox', 'priya.raman@northwind.example.com', 2);
    const draft = message.createDraftReplyAll('Thanks Dana, moving you to Bcc.');
    expect(gmail.drafts()).toEqual([
      {
        id: draft.getId(),
        messageId: draft.getMessage().getId(),
        threadId,
        inReplyTo: messageIds[2],
        from: 'priya.raman@northwind.example.com',
        to: '"Dana Whitfield" <dana@whitfield.example.org>, "Tomás Ferreira" <tomas.ferreira@larkspur.example.net>',
        cc: '',
        bcc: '',
        replyTo: '',
        subject: 'Re: Open to an intro to Tomás Ferreira (Larkspur Freight)?',
        body: 'Thanks Dana, moving you to Bcc.',
        htmlBody: '',
        ignoredOptions: [],
      },
    ]);
    expect(draft.getMessage().getDate().toISOString()).toBe('2026-05-01T10:00:00.000Z');
  });

  it('keeps Cc recipients on a reply-all and drops them on a plain reply', async () => {
    const { message } = await openCase('d007.eml', 'h.sorensen@fjordcap.example.com');
    const all = message.createDraftReplyAll('Happy to help.').getMessage();
    expect(all.getTo()).toBe('"Paula Grant" <paula.grant@example.net>');
    expect(all.getCc()).toBe('"Ethan Grant" <ethan.grant@example.org>');
    const one = message.createDraftReply('Thanks.').getMessage();
    expect(one.getTo()).toBe('"Paula Grant" <paula.grant@example.net>');
    expect(one.getCc()).toBe('');
  });

  it('addresses a reply to the owner\'s own message to its recipients', async () => {
    const { message } = await openCase('d001.mbox', 'priya.raman@northwind.example.com', 1);
    expect(message.getFrom()).toMatch(/priya.raman/);
    expect(message.createDraftReplyAll('One more thing').getMessage().getTo()).toBe('"Dana Whitfield" <dana@whitfield.example.org>');
  });

  it('applies reply options, moving the introducer to Bcc, and records unknown option keys', async () => {
    const { message, gmail } = await openCase('d001.mbox', 'priya.raman@northwind.example.com', 2);
    message.createDraftReplyAll('Thanks!', {
      bcc: 'dana@whitfield.example.org',
      htmlBody: '<p>Thanks!</p>',
      subject: 'Re: Tomás and Priya',
      replyTo: 'Priya R <priya@northwind.example.com>',
      sendNow: true,
    } as GoogleAppsScript.Gmail.GmailReplyOptions);
    expect(gmail.drafts()[0]).toMatchObject({
      bcc: 'dana@whitfield.example.org',
      htmlBody: '<p>Thanks!</p>',
      subject: 'Re: Tomás and Priya',
      replyTo: '"Priya R" <priya@northwind.example.com>',
      ignoredOptions: ['sendNow'],
    });
  });

  it('rejects a from address that is not the owner or an alias, invalid emails and overlong subjects', async () => {
    const { message, GmailApp } = await openCase('d007.eml', 'h.sorensen@fjordcap.example.com');
    expect(() => message.createDraftReply('x', { from: 'someone@else.example.com' })).toThrow('Invalid argument: from');
    expect(() => GmailApp.createDraft('[object Object]', 's', 'b')).toThrow('Invalid email: [object Object]');
    expect(() => message.createDraftReply('x', { subject: 'x'.repeat(251) })).toThrow(/subject is longer than 250/);
    expect(() => GmailApp.createDraft('a@example.com', 's', undefined as never)).toThrow(
      "The parameters (String,String,undefined) don't match the method signature for GmailApp.createDraft.",
    );
  });

  it('creates standalone drafts, lists them, updates and deletes them', async () => {
    const { GmailApp, gmail } = await openCase('d007.eml', 'h.sorensen@fjordcap.example.com');
    const draft = GmailApp.createDraft('ethan.grant@example.org', 'Coffee?', 'Hi Ethan', { cc: 'paula.grant@example.net', name: 'Henrik' });
    expect(gmail.drafts()[0]).toMatchObject({ threadId: null, to: 'ethan.grant@example.org', cc: 'paula.grant@example.net', from: '"Henrik" <h.sorensen@fjordcap.example.com>' });
    expect(GmailApp.getDrafts().map((d) => d.getId())).toEqual([draft.getId()]);
    expect(GmailApp.getDraft(draft.getId()).getMessage().isDraft()).toBe(true);
    draft.update('ethan.grant@example.org', 'Coffee next week?', 'Hi Ethan, how about Tuesday?');
    expect(gmail.drafts()[0]).toMatchObject({ subject: 'Coffee next week?', body: 'Hi Ethan, how about Tuesday?', cc: '' });
    draft.deleteDraft();
    expect(gmail.drafts()).toEqual([]);
    expect(() => draft.getMessage()).toThrow(/not found/);
  });

  it('lists a reply draft among its thread\'s messages', async () => {
    const { message } = await openCase('d007.eml', 'h.sorensen@fjordcap.example.com');
    message.createDraftReply('On it.');
    const messages = message.getThread().getMessages();
    expect(messages.map((m) => m.isDraft())).toEqual([false, true]);
  });

  it('refuses every way of sending mail', async () => {
    const { message, GmailApp } = await openCase('d007.eml', 'h.sorensen@fjordcap.example.com');
    const draft = message.createDraftReply('x');
    for (const send of [
      () => draft.send(),
      () => message.reply('x'),
      () => message.replyAll('x'),
      () => message.forward('a@example.com'),
      () => message.getThread().reply('x'),
      () => message.getThread().replyAll('x'),
      () => GmailApp.sendEmail('a@example.com', 's', 'b'),
    ]) {
      expect(send).toThrow(/Sending is not allowed in this project/);
    }
  });

  it('hands a draft to the fake CardService compose response as its record', async () => {
    const { message } = await openCase('d007.eml', 'h.sorensen@fjordcap.example.com');
    const CardService = new FakeCardService().api;
    const draft = message.createDraftReplyAll('Glad to.');
    expect(CardService.newComposeActionResponseBuilder().setGmailDraft(draft).build()).toEqual({
      gmailDraft: expect.objectContaining({ id: draft.getId(), body: 'Glad to.', to: '"Paula Grant" <paula.grant@example.net>' }),
    });
  });

  it('counts every call per method and in total, until reset', async () => {
    const { gmail, message } = await openCase('d007.eml', 'h.sorensen@fjordcap.example.com');
    message.getSubject();
    message.getThread().getMessages();
    expect(gmail.calls.all()).toEqual({
      'GmailApp.getMessageById': 1,
      'GmailApp.setCurrentMessageAccessToken': 1,
      'GmailMessage.getSubject': 1,
      'GmailMessage.getThread': 1,
      'GmailThread.getMessages': 1,
    });
    expect(gmail.calls.total()).toBe(5);
    gmail.calls.reset();
    expect(gmail.calls.total()).toBe(0);
  });

  it('adds synthetic threads from raw messages', () => {
    const gmail = new FakeGmailApp({ owner: 'me@example.com' });
    const { threadId, messageIds } = gmail.addThread([
      { id: '<a@x>', from: 'Ann <ann@example.org>', to: 'me@example.com', cc: '', bcc: '', deliveredTo: 'me@example.com', date: new Date(0), subject: 'Hi', plainBody: 'Hello', htmlBody: '' },
    ]);
    gmail.api.setCurrentMessageAccessToken(accessTokenFor(messageIds[0]));
    const message = gmail.api.getThreadById(threadId).getMessages()[0];
    expect([message.getSubject(), message.getPlainBody(), message.getHeader('Message-ID')]).toEqual(['Hi', 'Hello', '<a@x>']);
  });
});
