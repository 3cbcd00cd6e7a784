// The sidebar's other flows through the built bundle: escaping, kind correction, settings, compose card, errors.
import { readFileSync } from 'node:fs';
import { mapStackTrace, SourceMap } from '../../src/cli/source-map';
import { actionEvent, composeEvent, homepageEvent } from '../../src/local/addon-events';
import { FakeGmailApp } from '../../src/local/fake-gmail-app';
import { buttonsOf, openSidebar, openThread, press, type Json } from './sidebar-harness';

const ME = 'priya@northwind.example.com';
const HOSTILE_SUBJECT = '<b>Urgent</b> & "quick" <a href="https://evil.example">intro</a> 🙂 שלום';

function mailbox(subject = 'Priya, meet Tomás', from = '"Dana Whitfield" <dana@whitfield.example.org>') {
  const gmail = new FakeGmailApp({ owner: ME });
  const { threadId } = gmail.addThread([{
    id: 'intro', from, to: `"Priya Raman" <${ME}>, "Tomás Ferreira" <tomas@larkspur.example.net>`,
    cc: '', bcc: '', deliveredTo: ME, date: new Date('2026-01-05T10:00:00Z'), subject,
    plainBody: 'Priya, meet Tomás. Tomás, meet Priya. I think you two should talk about freight pilots.', htmlBody: '',
  }]);
  return { gmail, threadId };
}

describe('the thread card through the bundle', () => {
  it('shows email text escaped, never as markup', () => {
    const { gmail, threadId } = mailbox(HOSTILE_SUBJECT, '"<i>Dana</i> & Co" <dana@whitfield.example.org>');
    const { card } = openThread(openSidebar(gmail, ME), threadId);
    // Only fields Gmail reads as HTML are checked: text paragraphs, decorated texts and section headers.
    const htmlFields = card.sections.flatMap((s: Json) => [s.header ?? '', ...s.widgets.map((w: Json) => (w.textParagraph ?? w.decoratedText)?.text ?? '')]).join('\n');
    expect(htmlFields).toContain('<b>&lt;i&gt;Dana&lt;/i&gt; &amp; Co</b> introduced you to');
    expect(htmlFields).not.toMatch(/<(?!\/?(b|i|br)>)/);
    // The subtitle is plain text, which Gmail does not parse, so it is only trimmed.
    expect(card.header.subtitle).toBe(HOSTILE_SUBJECT);
  });

  it('remembers a corrected kind for the thread and shows its drafts', () => {
    const { gmail, threadId } = mailbox();
    const sidebar = openSidebar(gmail, ME);
    const { card, event } = openThread(sidebar, threadId);
    const save = buttonsOf(card).find((b) => b.text === 'Save for this thread')!;
    const response = press(sidebar, event, save, { kind: 'consent-ask' });
    expect(response.notification.text).toBe('Saved: Intro Guard treats this thread as a double opt-in ask.');
    expect(Object.values(sidebar.properties.snapshot('user'))).toContain('consent-ask');
    const reopened = openThread(sidebar, threadId).card;
    expect(reopened.header.title).toBe('A double opt-in ask');
    expect(buttonsOf(reopened).map((b) => b.text)).toEqual(expect.arrayContaining(['Yes, happy to', 'Not now, thanks']));
  });

  it('refuses a kind that is not on the list with a notice and saves nothing', () => {
    const { gmail, threadId } = mailbox();
    const sidebar = openSidebar(gmail, ME);
    const { card, event } = openThread(sidebar, threadId);
    const response = press(sidebar, event, buttonsOf(card).find((b) => b.text === 'Save for this thread')!, { kind: 'nonsense' });
    expect(response.notification.text).toMatch(/Pick what this thread is/);
    expect(sidebar.properties.snapshot('user')).toEqual({});
  });

  it('shows the error card with a retry when Gmail fails, never a blank sidebar', () => {
    const { gmail, threadId } = mailbox();
    const sidebar = openSidebar(gmail, ME);
    const event = { ...openThread(sidebar, threadId).event, gmail: { messageId: 'gone', threadId, accessToken: 'not-a-token' } };
    const [card] = sidebar.addon.run('onGmailMessageOpen', event) as Json[];
    expect(card.header.title).toBe('Intro Guard could not do that');
    expect(buttonsOf(card)).toEqual([{ text: 'Try again', parameters: { action: 'thread.show' }, compose: null }]);
    expect(JSON.stringify(card)).not.toMatch(/at \w+ \(/);
  });

  it('logs a stack that the build\'s source map leads back to the source functions', () => {
    const { gmail, threadId } = mailbox();
    const sidebar = openSidebar(gmail, ME);
    const event = { ...openThread(sidebar, threadId).event, gmail: { messageId: 'gone', threadId, accessToken: 'not-a-token' } };
    sidebar.addon.run('onGmailMessageOpen', event);
    // As Apps Script names the pushed file: `npm run stack` reads "Code:line:column".
    const logged = sidebar.addon.logger.lines().join('\n').replace(/[^\s(]*Code\.js:/g, 'Code:');
    expect(logged).toMatch(/Code:\d+:\d+/);
    expect(mapStackTrace(logged, new SourceMap(readFileSync('dist/Code.js.map', 'utf8')))).toMatch(/src\/gas\/actions\/open-thread\.ts:\d+:\d+/);
  });
});

describe('settings through the bundle', () => {
  it('saves an edited template, uses it in drafts, refuses a typo and a too-long text, and resets', () => {
    const { gmail, threadId } = mailbox();
    const sidebar = openSidebar(gmail, ME);
    const universal = sidebar.addon.run('onSettingsUniversal', homepageEvent()) as Json;
    const settingsCard = universal.cards[0];
    const save = buttonsOf(settingsCard).find((b) => b.parameters.template === 'decline-kindly' && b.text === 'Save')!;
    const from = homepageEvent();

    expect(press(sidebar, from, save, { 'body.decline-kindly': 'Not for me, {introduce}.' }).notification.text).toMatch(/cannot fill \{introduce\}/);
    expect(press(sidebar, from, save, { 'body.decline-kindly': 'x'.repeat(10_000) }).notification.text).toMatch(/too long to save/);
    expect(press(sidebar, from, save, { 'body.decline-kindly': 'Not for me, {introducer}. {my_name}' }).notification.text).toBe('Saved "Decline kindly".');

    const { card, event } = openThread(sidebar, threadId);
    const decline = press(sidebar, event, buttonsOf(card).find((b) => b.text === 'Decline kindly')!);
    expect(decline.gmailDraft.body).toBe('Not for me, Dana. Priya');

    const reset = buttonsOf(settingsCard).find((b) => b.parameters.template === 'decline-kindly' && b.text === 'Reset to default')!;
    expect(press(sidebar, from, reset).notification.text).toBe('"Decline kindly" is back to its default.');
    // Declining logged the thread, so the log's location stays; no template is left.
    expect(Object.keys(sidebar.properties.snapshot('user'))).toEqual(['introLog.location']);
  });
});

describe('the compose card through the bundle', () => {
  it('writes the intro from the recipients and moves the introducer to BCC', () => {
    const sidebar = openSidebar(new FakeGmailApp({ owner: ME }), ME);
    const event = composeEvent({ to: ['lee.park@example.net', 'kyle.brennan@example.org'] });
    const [card] = sidebar.addon.run('onGmailCompose', event) as Json[];
    const buttons = buttonsOf(card);
    expect(buttons.map((b) => b.text)).toEqual(['Write a double opt-in ask', 'Write the intro (both said yes)', 'Move Lee to BCC', 'Move Kyle to BCC']);

    const intro = press(sidebar, event, buttons[1]);
    expect(intro.updateDraftSubjectAction).toEqual({ subject: 'Intro: Lee Park and Kyle Brennan' });
    expect(intro.updateDraftBodyAction.updateContents[0].content).toMatch(/^Hi Lee and Kyle,/);

    const move = press(sidebar, event, buttons[2]);
    expect(move.updateDraftToRecipientsAction).toEqual({ toRecipients: ['kyle.brennan@example.org'] });
    expect(move.updateDraftBccRecipientsAction).toEqual({ bccRecipients: ['lee.park@example.net'] });
    expect(move.updateDraftBodyAction.updateContents[0].content).toMatch(/^Thank you for connecting us, Lee\. I'm moving you to BCC/);
  });

  it('falls back to the lists the card was drawn with when an action event lacks the metadata', () => {
    const sidebar = openSidebar(new FakeGmailApp({ owner: ME }), ME);
    const event = composeEvent({ to: ['dana@x.example', 'tomas@y.example'] });
    const [card] = sidebar.addon.run('onGmailCompose', event) as Json[];
    const move = buttonsOf(card).find((b) => b.text === 'Move Dana to BCC')!;
    const bare = actionEvent({ commonEventObject: event.commonEventObject }, { parameters: move.parameters });
    expect((sidebar.addon.run('dispatchAction', bare) as Json).updateDraftToRecipientsAction).toEqual({ toRecipients: ['tomas@y.example'] });
  });
});
