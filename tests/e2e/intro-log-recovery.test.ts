// The thread card through the built bundle when the intro log cannot be read: the verdict and drafts stay, the log section says what is wrong and how to fix it.
import { FakeGmailApp } from '../../src/local/fake-gmail-app';
import { ME, introTo, logId, logSectionOf, pressOn, rows } from './intro-log-harness';
import { buttonsOf, openSidebar, openThread, press, textOf, type Json, type Sidebar } from './sidebar-harness';

/** A mailbox with one intro, already logged once. */
function loggedIntro(): { sidebar: Sidebar; threadId: string; id: string } {
  const gmail = new FakeGmailApp({ owner: ME });
  const threadId = introTo(gmail);
  const sidebar = openSidebar(gmail, ME);
  pressOn(sidebar, threadId, 'Log this intro');
  return { sidebar, threadId, id: logId(sidebar) };
}

/** The verdict, flags and drafts are all on the card, whatever the log says. */
function expectVerdictAndDrafts(card: Json): void {
  expect(card.header.title).toBe('An intro to you');
  expect(textOf(card)).toContain('introduced you to');
  expect(card.sections.some((s: Json) => s.header === 'Etiquette')).toBe(true);
  expect(buttonsOf(card).map((b) => b.text)).toEqual(expect.arrayContaining(['Reply and move Dana to BCC', 'Decline kindly']));
}

const buttonTexts = (section: Json) => buttonsOf(section).map((b) => b.text);

describe('opening a thread and the intro log', () => {
  it('never creates the spreadsheet: a thread is only read until the user logs it', () => {
    const gmail = new FakeGmailApp({ owner: ME });
    const threadId = introTo(gmail);
    const sidebar = openSidebar(gmail, ME);
    const { card } = openThread(sidebar, threadId);
    expect(buttonTexts(logSectionOf(card))).toEqual(['Log this intro']);
    expect(sidebar.sheets.totalCalls()).toBe(0);
    expect(sidebar.properties.snapshot('user')).toEqual({});
  });

  it('costs no more Gmail calls with a logged row than without one', () => {
    const gmail = new FakeGmailApp({ owner: ME });
    const threadId = introTo(gmail);
    const sidebar = openSidebar(gmail, ME);
    gmail.calls.reset();
    openThread(sidebar, threadId);
    const unlogged = gmail.calls.total();
    pressOn(sidebar, threadId, 'Log this intro');
    gmail.calls.reset();
    const { card } = openThread(sidebar, threadId);
    expect(textOf(logSectionOf(card))).toContain('Consent');
    expect(gmail.calls.total()).toBe(unlogged);
  });

  it('keeps the verdict and drafts, and says what is missing, when the Sheets service is not there', () => {
    const { sidebar, threadId } = loggedIntro();
    const bare = openSidebar(sidebar.gmail, ME, { user: sidebar.properties.snapshot('user'), withoutSheets: true });
    const { card } = openThread(bare, threadId);
    expectVerdictAndDrafts(card);
    expect(textOf(logSectionOf(card))).toContain('the Google Sheets service is not turned on for this script');
    expect(buttonsOf(logSectionOf(card))).toEqual([{ text: 'Try again', parameters: { action: 'thread.show' }, compose: null }]);
  });
});

describe('recovery when the log spreadsheet is out of reach', () => {
  it.each([
    ['deleted for good', (s: Sidebar, id: string) => s.sheets.deleteForever(id), /no longer exists/],
    ['unshared', (s: Sidebar, id: string) => s.sheets.revokeAccess(id), /can no longer open/],
    ['without its log tab', (s: Sidebar, id: string) => s.sheets.deleteTab(id, 'Log'), /no longer has its log tab/],
  ])('offers a new log or another one when the spreadsheet is %s, and a new log works at once', (_what, breakIt, message) => {
    const { sidebar, threadId, id } = loggedIntro();
    breakIt(sidebar, id);
    const { card, event } = openThread(sidebar, threadId);
    expectVerdictAndDrafts(card);
    const section = logSectionOf(card);
    expect(textOf(section)).toMatch(message);
    expect(buttonTexts(section)).toEqual(['Create a new log', 'Use another log']);

    const created = press(sidebar, event, buttonsOf(section).find((b) => b.text === 'Create a new log')!);
    expect(created.notification.text).toBe('A new "Intro Guard log" is in your Drive.');
    const back = created.navigations[0].updateCard;
    expectVerdictAndDrafts(back);
    expect(buttonTexts(logSectionOf(back))).toEqual(['Log this intro']);
    expect(logId(sidebar)).not.toBe(id);
    pressOn(sidebar, threadId, 'Log this intro');
    expect(rows(sidebar)).toHaveLength(1);
  });

  it('leads "Use another log" to the Intro log card, which takes an earlier Intro Guard log and refuses a foreign one', () => {
    const { sidebar, threadId, id } = loggedIntro();
    const earlier = id;
    sidebar.sheets.addForeignSpreadsheet('someone-elses-sheet-id', 'Budget');
    const fresh = openSidebar(sidebar.gmail, ME, { sheets: sidebar.sheets, user: { 'introLog.location': JSON.stringify({ spreadsheetId: 'gone-for-good-sheet', sheetId: 0, tabTitle: 'Log' }) } });
    const response = pressOn(fresh, threadId, 'Use another log');
    const logCard = response.navigations[0].updateCard;
    expect(logCard.header.title).toBe('Intro log');
    const use = buttonsOf(logCard).find((b) => b.text === 'Use this log')!;
    const { event } = openThread(fresh, threadId);
    expect(press(fresh, event, use, { 'log.url': 'https://docs.google.com/spreadsheets/d/someone-elses-sheet-id/edit' }).notification.text)
      .toMatch(/only open spreadsheets it created itself/);
    expect(press(fresh, event, use, { 'log.url': `https://docs.google.com/spreadsheets/d/${earlier}/edit` }).notification.text)
      .toBe('Intro Guard now logs to that spreadsheet.');
    expect(textOf(logSectionOf(openThread(fresh, threadId).card))).toContain('Consent');
  });

  it('keeps logging to a trashed spreadsheet, which Sheets serves until the trash is emptied', () => {
    const { sidebar, threadId, id } = loggedIntro();
    sidebar.sheets.trash(id);
    const response = pressOn(sidebar, threadId, 'Save outcome', { 'log.outcome': 'met' });
    expect(response.notification.text).toBe('Outcome saved: met.');
    expect(rows(sidebar)).toHaveLength(1);
    sidebar.sheets.deleteForever(id);
    expect(buttonTexts(logSectionOf(openThread(sidebar, threadId).card))).toEqual(['Create a new log', 'Use another log']);
  });

  it('finds a renamed tab again by its id and keeps the one row', () => {
    const { sidebar, threadId, id } = loggedIntro();
    sidebar.sheets.renameTab(id, 'Log', 'My intros');
    const response = pressOn(sidebar, threadId, 'Save outcome', { 'log.outcome': 'met' });
    expect(response.notification.text).toBe('Outcome saved: met.');
    expect(sidebar.sheets.Spreadsheets.Values.get(id, "'My intros'!R2:R").values).toEqual([[threadId]]);
  });

  it('says the log is busy and offers to try again while Sheets keeps failing, changing nothing', () => {
    const { sidebar, threadId } = loggedIntro();
    const before = rows(sidebar);
    sidebar.sheets.failNext(503, 503, 503, 503);
    const { card } = openThread(sidebar, threadId);
    expectVerdictAndDrafts(card);
    expect(textOf(logSectionOf(card))).toContain('Google Sheets is not answering right now');
    expect(buttonTexts(logSectionOf(card))).toEqual(['Try again']);
    expect(sidebar.utilities.sleeps).toEqual([1000, 2000, 4000]);
    expect(rows(sidebar)).toEqual(before);
  });
});
