// Mailboxes and clicks the intro log's end-to-end tests share: an intro to the owner, an intro request and an intro the owner made.
import { FakeGmailApp } from '../../src/local/fake-gmail-app';
import { buttonsOf, openThread, press, type Json, type Sidebar } from './sidebar-harness';

export const ME = 'priya@northwind.example.com';
export const SENT = new Date('2026-01-05T10:00:00Z');

interface Mail { id: string; from: string; to: string; subject: string; body: string; date?: Date }

/** Adds a one-message thread to the mailbox and returns its id. */
export function addThread(gmail: FakeGmailApp, mail: Mail): string {
  return gmail.addThread([{
    id: mail.id, from: mail.from, to: mail.to, cc: '', bcc: '', deliveredTo: mail.from.includes(ME) ? '' : ME,
    date: mail.date ?? SENT, subject: mail.subject, plainBody: mail.body, htmlBody: '',
  }]).threadId;
}

/** Dana introduces the owner to Tomás. */
export function introTo(gmail: FakeGmailApp, options: { id?: string; subject?: string; from?: string } = {}): string {
  return addThread(gmail, {
    id: options.id ?? 'intro', from: options.from ?? '"Dana Whitfield" <dana@whitfield.example.org>',
    to: `"Priya Raman" <${ME}>, "Tomás Ferreira" <tomas@larkspur.example.net>`, subject: options.subject ?? 'Priya, meet Tomás',
    body: 'Priya, meet Tomás. Tomás, meet Priya. I think you two should talk about freight pilots.',
  });
}

/** Kyle asks the owner for an intro to Tomás. */
export function introRequest(gmail: FakeGmailApp, id = 'request', subject = 'Intro to Tomás Ferreira?'): string {
  return addThread(gmail, {
    id, from: '"Kyle Brennan" <kyle@brennan.example.org>', to: `"Priya Raman" <${ME}>`, subject,
    body: 'Hi Priya, could you introduce me to Tomás Ferreira (tomas@larkspur.example.net)? I run a freight startup and could offer his team a free pilot of our routing tool, which would cut their costs. Thanks, Kyle',
  });
}

/** The owner introduces Tomás and Lee. */
export function myIntro(gmail: FakeGmailApp): string {
  return addThread(gmail, {
    id: 'mine', from: `"Priya Raman" <${ME}>`, to: '"Tomás Ferreira" <tomas@larkspur.example.net>, "Lee Park" <lee.park@example.net>',
    subject: 'Intro: Tomás and Lee',
    body: 'Tomás, meet Lee. Lee, meet Tomás. You both said yes, so over to you. Lee runs ops at Acme and Tomás builds routing software.\n\nPriya',
  });
}

/** Opens the thread and presses the button whose text matches; returns the response. */
export function pressOn(sidebar: Sidebar, threadId: string, text: string | RegExp, form: Record<string, string> = {}): Json {
  const { card, event } = openThread(sidebar, threadId);
  const button = buttonsOf(card).find((b) => (typeof text === 'string' ? b.text === text : text.test(b.text)));
  if (!button) throw new Error(`no button ${text} on the card (it has: ${buttonsOf(card).map((b) => b.text).join(', ')})`);
  return press(sidebar, event, button, form);
}

/** The spreadsheet the add-on logs to, from the user's properties. */
export function logId(sidebar: Sidebar): string {
  return JSON.parse(sidebar.properties.snapshot('user')['introLog.location']).spreadsheetId;
}

/** The log's rows under the header, as the sheet holds them (unformatted). */
export function rows(sidebar: Sidebar): unknown[][] {
  return sidebar.sheets.Spreadsheets.Values.get(logId(sidebar), "'Log'!A2:R", { valueRenderOption: 'UNFORMATTED_VALUE' }).values ?? [];
}

/** The card section headed "Intro log"; failing when the card has none. */
export function logSectionOf(card: Json): Json {
  const section = card.sections.find((s: Json) => s.header === 'Intro log');
  if (!section) throw new Error(`the card "${card.header.title}" has no intro log section`);
  return section;
}
