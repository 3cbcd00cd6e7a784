import { buildDueListSection } from '../../src/cards/due-list-section';
import { buildLogProblemSection } from '../../src/cards/log-problem-section';
import { buildLogSection } from '../../src/cards/log-section';
import { LOG_ACTION } from '../../src/cards/log-action-names';
import { day, record } from '../core/log/log-fixtures';

describe('buildLogSection', () => {
  it('offers one button to log a thread that has no row', () => {
    const section = buildLogSection(null);
    expect(section.widgets).toEqual([{ type: 'buttons', buttons: [{ text: 'Log this intro', action: { kind: 'run', params: { action: LOG_ACTION.logThread } } }] }]);
  });

  it('shows a pending consent ask with its date and the answer buttons', () => {
    const section = buildLogSection(record({ consent: 'asked', consentAskedOn: day('2026-11-02') }));
    expect(section.widgets[0]).toEqual({ type: 'decorated', topLabel: 'Consent', html: 'asked on 2 Nov 2026' });
    expect(JSON.stringify(section)).toContain('They said yes');
  });

});

describe('buildLogProblemSection', () => {
  it('offers a new log, or another one, when the sheet is gone, and comes back to the card it sits on', () => {
    const section = buildLogProblemSection({ message: 'Your log is <gone>', fix: 'replace' }, { action: 'thread.show' });
    expect(section.widgets[0]).toEqual({ type: 'text', html: 'Your log is &lt;gone&gt;' });
    expect(section.widgets[1]).toEqual({ type: 'buttons', buttons: [
      { text: 'Create a new log', filled: true, action: { kind: 'run', params: { action: LOG_ACTION.createLog, then: 'thread.show' } } },
      { text: 'Use another log', action: { kind: 'run', params: { action: 'log.show' } } },
    ] });
  });

  it('offers to try again when the log is busy or failing for a while', () => {
    const section = buildLogProblemSection({ message: 'Busy', fix: 'retry' }, { action: 'home.show' });
    expect(section.widgets[1]).toEqual({ type: 'buttons', buttons: [{ text: 'Try again', action: { kind: 'run', params: { action: 'home.show' } } }] });
  });
});

describe('buildDueListSection', () => {
  it('escapes names and subjects and links each item to its thread', () => {
    const item = { record: record({ subject: '<a href="x">Meet</a>', otherParties: [{ name: 'Tom & Co', email: '' }] }), reason: 'reply' as const, due: day('2026-11-03') };
    expect(buildDueListSection([item]).widgets[0]).toEqual({
      type: 'decorated',
      topLabel: 'Reply, and move the introducer to BCC · 3 Nov 2026',
      html: '<b>Tom &amp; Co</b> &lt;a href=&quot;x&quot;&gt;Meet&lt;/a&gt;',
      button: { text: 'Open', action: { kind: 'openLink', url: 'https://mail.google.com/mail/#all/t-1' } },
    });
  });

  it('says so calmly when nothing is due', () => {
    expect(JSON.stringify(buildDueListSection([]))).toContain('Nothing is due');
  });
});
