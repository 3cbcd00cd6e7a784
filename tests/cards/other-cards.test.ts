import { buildComposeCard } from '../../src/cards/compose-card';
import { buildErrorCard } from '../../src/cards/error-card';
import { buildHomeCard } from '../../src/cards/home-card';
import { buildSettingsCard } from '../../src/cards/settings-card';
import type { CardHtml } from '../../src/cards/card-text';
import { defaultTemplate } from '../../src/core/templates/catalogue';

describe('buildHomeCard', () => {
  it('explains the add-on and links to Settings', () => {
    expect(buildHomeCard({})).toEqual({
      name: 'home',
      header: { title: 'Intro Guard' },
      sections: [{ widgets: [
        { type: 'text', html: 'Open an email thread to see whether an introduction follows double opt-in etiquette, and to draft the right reply in one click.' },
        { type: 'text', html: 'Drafts open in Gmail for you to edit. Nothing is sent until you press Send.' },
        { type: 'buttons', buttons: [{ text: 'Settings', action: { kind: 'run', params: { action: 'settings.show' } } }] },
      ] }],
    });
  });

  it('puts the intro log due list first when there is one', () => {
    const dueList = { header: 'Due' as CardHtml, widgets: [{ type: 'divider' as const }] };
    expect(buildHomeCard({ dueList }).sections[0]).toBe(dueList);
  });
});

describe('buildErrorCard', () => {
  it('shows the escaped message, reassures, and retries the same action', () => {
    expect(buildErrorCard({ message: 'Gmail said <no>', retry: { action: 'thread.show' } })).toEqual({
      name: 'error',
      header: { title: 'Intro Guard could not do that' },
      sections: [{ widgets: [
        { type: 'text', html: 'Gmail said &lt;no&gt;' },
        { type: 'text', html: 'Nothing was sent or deleted.' },
        { type: 'buttons', buttons: [{ text: 'Try again', filled: true, action: { kind: 'run', params: { action: 'thread.show' } } }] },
      ] }],
    });
  });

  it('offers no retry when trying again cannot help', () => {
    expect(buildErrorCard({ message: 'Old button' }).sections[0].widgets).toHaveLength(2);
  });
});

describe('buildSettingsCard', () => {
  it('edits the sign-off and each template, with save and reset per template', () => {
    const ask = defaultTemplate('consent-ask');
    const yes = { ...defaultTemplate('consent-yes'), body: 'Mine <b>' };
    const card = buildSettingsCard({ signOff: 'Priya', templates: [{ template: ask, customised: false }, { template: yes, customised: true }] });
    expect(card.sections[0].widgets[0]).toEqual({ type: 'textInput', field: 'signOff', title: 'Sign-off name', value: 'Priya', hint: 'Left empty, drafts use the first name your mail shows.' });
    expect(card.sections[1]).toEqual({
      header: 'Ask the target first (double opt-in)',
      collapsible: { visibleWidgets: 0 },
      widgets: [
        { type: 'textInput', field: 'subject.consent-ask', title: 'Subject', value: ask.subject },
        { type: 'textInput', field: 'body.consent-ask', title: 'Text', value: ask.body, multiline: true, hint: 'Words in {braces} are filled in for you.' },
        { type: 'buttons', buttons: [
          { text: 'Save', filled: true, action: { kind: 'run', params: { action: 'settings.saveTemplate', template: 'consent-ask' } } },
          { text: 'Reset to default', action: { kind: 'run', params: { action: 'settings.resetTemplate', template: 'consent-ask' } } },
        ] },
      ],
    });
    // A reply template has no subject field; the user's own version is marked, and input values are never escaped.
    expect(card.sections[2].header).toBe('Yes, happy to <i>(yours)</i>');
    expect(card.sections[2].widgets[0]).toMatchObject({ field: 'body.consent-yes', value: 'Mine <b>' });
  });
});

describe('buildComposeCard', () => {
  const snapshot = { to: 'dana@x.example\ntomas@y.example', cc: '', bcc: '' };

  it('offers both templates and a BCC move per recipient, every button carrying the recipient lists', () => {
    const card = buildComposeCard({ recipients: [{ email: 'dana@x.example', label: 'Dana' }, { email: 'tomas@y.example', label: 'Tomás' }], snapshot });
    expect(card.sections[0].widgets[1]).toEqual({ type: 'buttons', buttons: [
      { text: 'Write a double opt-in ask', action: { kind: 'updateDraft', params: { action: 'compose.insertTemplate', template: 'consent-ask', ...snapshot } } },
      { text: 'Write the intro (both said yes)', action: { kind: 'updateDraft', params: { action: 'compose.insertTemplate', template: 'write-the-intro', ...snapshot } } },
    ] });
    expect(card.sections[1].widgets[1]).toEqual({ type: 'buttons', buttons: [
      { text: 'Move Dana to BCC', action: { kind: 'updateDraft', params: { action: 'compose.moveToBcc', email: 'dana@x.example', ...snapshot } } },
      { text: 'Move Tomás to BCC', action: { kind: 'updateDraft', params: { action: 'compose.moveToBcc', email: 'tomas@y.example', ...snapshot } } },
    ] });
  });

  it('leaves out the BCC section for a draft without recipients', () => {
    expect(buildComposeCard({ recipients: [], snapshot: { to: '', cc: '', bcc: '' } }).sections).toHaveLength(1);
  });
});
