import { buildThreadCard, type ThreadCardModel } from '../../src/cards/thread-card';
import type { SectionSpec } from '../../src/cards/card-spec';
import type { CardHtml } from '../../src/cards/card-text';
import { DANA, flag, TOMAS, verdict } from '../core/drafts/thread-fixtures';

const model = (fields: Partial<ThreadCardModel>): ThreadCardModel => ({ subject: 'Dana <> Priya', verdict: verdict({}), corrected: false, drafts: [], ...fields });

const kindChoices = (selected: string) => [
  { text: 'an intro to you', value: 'intro', selected: selected === 'intro' },
  { text: 'an intro you made', value: 'my-intro', selected: selected === 'my-intro' },
  { text: 'an intro request', value: 'intro-request', selected: selected === 'intro-request' },
  { text: 'a double opt-in ask', value: 'consent-ask', selected: selected === 'consent-ask' },
  { text: 'not about an intro', value: 'other', selected: selected === 'other' },
];
const correction = (selected: string, folded: boolean): SectionSpec => ({
  header: 'Not right? Set what this thread is' as CardHtml,
  ...(folded ? { collapsible: { visibleWidgets: 0 } } : {}),
  widgets: [
    { type: 'choice', style: 'dropdown', field: 'kind', title: 'This thread is', choices: kindChoices(selected) },
    { type: 'buttons', buttons: [{ text: 'Save for this thread', action: { kind: 'run', params: { action: 'thread.correctKind' } } }] },
  ],
});

describe('buildThreadCard', () => {
  it('shows an unsolicited intro: who introduced whom, each flag with its evidence and rule, and the drafts', () => {
    const card = buildThreadCard(model({
      verdict: verdict({ flags: [flag({}), flag({ code: 'brain-pick', rule: 2, evidence: 'He\'d love to <pick your brain>', reason: 'Picking a brain offers you nothing.' })] }),
      drafts: [
        { id: 'reply-move-to-bcc', label: 'Reply and move Dana to BCC', reply: true, note: 'Remove Dana from To.', refusal: '' },
        { id: 'decline-kindly', label: 'Decline kindly', reply: true, note: '', refusal: '' },
      ],
    }));
    expect(card).toEqual({
      name: 'thread',
      header: { title: 'An intro to you', subtitle: 'Dana <> Priya' },
      sections: [
        { widgets: [
          { type: 'text', html: '<b>Dana Whitfield</b> introduced you to <b>Tomás Ferreira</b>.' },
          { type: 'text', html: '<i>“Priya, meet Tomás.”</i>' },
        ] },
        { header: 'Etiquette', widgets: [
          { type: 'decorated', topLabel: 'Rule 1: Ask the target first', html: '<b>No sign you agreed to this first</b><br>“Priya, meet Tomás.”', bottomLabel: 'Nothing shows you agreed to this intro first.' },
          { type: 'decorated', topLabel: 'Rule 2: Offer the target a benefit', html: '<b>A brain-pick is not a benefit</b><br>“He&#39;d love to &lt;pick your brain&gt;”', bottomLabel: 'Picking a brain offers you nothing.' },
        ] },
        { header: 'Drafts (nothing is sent until you press Send)', widgets: [
          { type: 'decorated', html: 'Remove Dana from To.', button: { text: 'Reply and move Dana to BCC', action: { kind: 'compose', draft: 'reply', params: { action: 'thread.draft', draft: 'reply-move-to-bcc' } } } },
          { type: 'buttons', buttons: [{ text: 'Decline kindly', action: { kind: 'compose', draft: 'reply', params: { action: 'thread.draft', draft: 'decline-kindly' } } }] },
        ] },
        correction('intro', true),
      ],
    });
  });

  it('shows why a draft may not be opened in place of its button, escaped', () => {
    const card = buildThreadCard(model({
      verdict: verdict({ kind: 'intro-request' }),
      drafts: [{ id: 'consent-ask', label: 'Ask Tomás first', reply: false, note: '', refusal: 'You already asked (thread "<b>hi</b>")' }],
    }));
    expect(card.sections[2]).toEqual({ header: 'Drafts (nothing is sent until you press Send)', widgets: [
      { type: 'text', html: '<b>Ask once.</b> You already asked (thread &quot;&lt;b&gt;hi&lt;/b&gt;&quot;)' },
    ] });
  });

  it('shows a calm well-formed state with the consent sentence when nothing is wrong', () => {
    const card = buildThreadCard(model({ verdict: verdict({ consent: { shown: true, evidence: 'Thanks for saying yes, Priya!' } }) }));
    expect(card.sections[1]).toEqual({ header: 'Etiquette', widgets: [
      { type: 'text', html: '<b>Well-formed.</b> Nothing here breaks double opt-in etiquette.' },
      { type: 'decorated', topLabel: 'Consent shown', html: '“Thanks for saying yes, Priya!”' },
    ] });
  });

  it('is one line for a thread that is not about intros, with the correction folded away', () => {
    expect(buildThreadCard(model({ verdict: verdict({ kind: 'other', confidence: 0.95, kindEvidence: '', introducer: null, parties: [] }), subject: 'Lunch?' }))).toEqual({
      name: 'thread',
      header: { title: 'Not about an intro', subtitle: 'Lunch?' },
      sections: [{ widgets: [{ type: 'text', html: 'Not about an introduction. Nothing to do here.' }] }, correction('other', true)],
    });
  });

  it('says "probably" below 0.75 and opens the correction; a saved correction is taken as sure', () => {
    const unsure = buildThreadCard(model({ verdict: verdict({ kind: 'intro-request', confidence: 0.6 }) }));
    expect(unsure.header.title).toBe('Probably an intro request');
    expect(unsure.sections[unsure.sections.length - 1]).toEqual(correction('intro-request', false));
    const corrected = buildThreadCard(model({ verdict: verdict({ kind: 'intro-request', confidence: 0.6 }), corrected: true }));
    expect(corrected.header.title).toBe('An intro request');
  });

  it('words each kind with the people in it and escapes their names', () => {
    const text = (fields: Parameters<typeof verdict>[0]) => buildThreadCard(model({ verdict: verdict(fields) })).sections[0].widgets[0];
    expect(text({ kind: 'intro-request', introducer: { name: '<script>', email: 'x@y.example' } })).toEqual({ type: 'text', html: '<b>&lt;script&gt;</b> asks you to introduce them to <b>Tomás Ferreira</b>.' });
    expect(text({ kind: 'consent-ask' })).toEqual({ type: 'text', html: "<b>Dana Whitfield</b> asks whether you'd like to meet <b>Tomás Ferreira</b>." });
    expect(text({ kind: 'my-intro', introducer: null, parties: [DANA, TOMAS] })).toEqual({ type: 'text', html: 'You introduced <b>Dana Whitfield</b> and <b>Tomás Ferreira</b>.' });
    expect(text({ introducer: null, parties: [] })).toEqual({ type: 'text', html: '<b>Someone</b> introduced you to <b>someone</b>.' });
  });

  it('adds the intro log section before the correction when the log gives one', () => {
    const log: SectionSpec = { header: 'Intro log' as CardHtml, widgets: [{ type: 'divider' }] };
    const card = buildThreadCard(model({ log }));
    expect(card.sections.slice(-2)).toEqual([log, correction('intro', true)]);
  });

  it('trims a huge subject and piece of evidence for display', () => {
    const card = buildThreadCard(model({ subject: 's'.repeat(5000), verdict: verdict({ kindEvidence: 'e'.repeat(5000) }) }));
    expect(card.header.subtitle).toHaveLength(120);
    expect((card.sections[0].widgets[1] as { html: string }).html.length).toBeLessThan(320);
  });
});
