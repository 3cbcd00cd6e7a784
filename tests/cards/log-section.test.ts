import { buildDueListSection } from '../../src/cards/due-list-section';
import { buildLogSection } from '../../src/cards/log-section';
import { LOG_ACTION } from '../../src/cards/log-action-names';
import { day, record } from '../core/log/log-fixtures';

describe('buildLogSection', () => {
  it('offers one button to log a thread that has no row', () => {
    const section = buildLogSection({ record: null, askRefusal: null });
    expect(section.widgets).toEqual([{ type: 'buttons', buttons: [{ text: 'Log this intro', action: { kind: 'run', params: { action: LOG_ACTION.logThread } } }] }]);
  });

  it('shows a pending consent ask with its date and the answer buttons', () => {
    const section = buildLogSection({ record: record({ consent: 'asked', consentAskedOn: day('2026-11-02') }), askRefusal: null });
    expect(section.widgets[0]).toEqual({ type: 'decorated', topLabel: 'Consent', html: 'asked on 2 Nov 2026' });
    expect(JSON.stringify(section)).toContain('They said yes');
  });

  it('escapes the ask-once explanation, which quotes a subject from email', () => {
    const section = buildLogSection({ record: null, askRefusal: 'You already asked (thread "<b>hi</b>")' });
    expect(section.widgets[0]).toEqual({ type: 'text', html: '<b>Ask once.</b> You already asked (thread &quot;&lt;b&gt;hi&lt;/b&gt;&quot;)' });
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
