import { checkTemplateEdit, defaultTemplate, effectiveTemplates, TEMPLATE_CATALOGUE, TemplateEditError } from '../../../src/core/templates/catalogue';
import { placeholdersIn } from '../../../src/core/templates/fill-template';
import { InputError } from '../../../src/core/input-error';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { corpusDir } from '../../../bench/fixtures/corpus';

describe('the template catalogue', () => {
  it('holds every draft the sidebar and compose card offer, with unique ids', () => {
    const ids = TEMPLATE_CATALOGUE.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining([
      'consent-ask', 'reply-move-to-bcc', 'decline-kindly', 'ask-for-blurb', 'decline-contact-details',
      'consent-yes', 'consent-no', 'write-the-intro', 'not-a-fit', 'tell-introducer', 'ask-how-it-went',
    ]));
  });

  it('says in the double opt-in ask that no reply is a fine answer, and quotes the blurb', () => {
    const ask = defaultTemplate('consent-ask');
    expect(ask.body).toMatch(/no reply is a fine answer/);
    expect(placeholdersIn(ask.body)).toEqual(expect.arrayContaining(['blurb', 'target', 'requester_full', 'my_name']));
  });

  it('says in the reply that the introducer moves to BCC', () => {
    expect(defaultTemplate('reply-move-to-bcc').body).toMatch(/\{introducer\}.*BCC/s);
  });

  it('signs every template with the user name', () => {
    for (const template of TEMPLATE_CATALOGUE) expect(template.body.trimEnd().endsWith('{my_name}')).toBe(true);
  });

  it('copies no sentence of the etiquette source text', () => {
    const source = readFileSync(join(dirname(corpusDir()), 'seed/intro-rules.txt'), 'utf8').toLowerCase();
    for (const template of TEMPLATE_CATALOGUE) {
      for (const sentence of template.body.split(/(?<=[.!?:])\s+/)) {
        const words = sentence.toLowerCase().replace(/\{[a-z_]+\}/g, '').trim();
        if (words.split(/\s+/).length >= 6) expect(source).not.toContain(words);
      }
    }
  });
});

describe('effectiveTemplates', () => {
  it('lays the user version over the default and keeps the title', () => {
    const templates = effectiveTemplates({ 'consent-no': { subject: '', body: 'No, thanks. {my_name}' } });
    expect(templates.find((t) => t.id === 'consent-no')).toEqual({ id: 'consent-no', title: 'Not now, thanks', subject: '', body: 'No, thanks. {my_name}' });
    expect(templates.find((t) => t.id === 'consent-yes')).toEqual(defaultTemplate('consent-yes'));
  });
});

describe('checkTemplateEdit', () => {
  it('accepts an edit that uses the template placeholders, trimmed', () => {
    expect(checkTemplateEdit('consent-ask', { subject: ' Intro to {requester_full}? ', body: ' Hi {target}\n{blurb} ' })).toEqual({
      subject: 'Intro to {requester_full}?',
      body: 'Hi {target}\n{blurb}',
    });
  });

  it('refuses a placeholder the template cannot fill, naming it and the ones it knows', () => {
    expect(() => checkTemplateEdit('consent-yes', { subject: '', body: 'Yes {introduce}' })).toThrow(
      /cannot fill \{introduce\}\. It knows \{introducer\}, \{other\}, \{my_name\}/,
    );
  });

  it('refuses an empty body with a way back', () => {
    expect(() => checkTemplateEdit('consent-yes', { subject: '', body: '  \n' })).toThrow(/needs some text.*Reset to default/);
  });

  it('drops a subject on reply templates, which keep the reply subject', () => {
    expect(checkTemplateEdit('consent-yes', { subject: 'New', body: 'Yes. {my_name}' }).subject).toBe('');
  });

  it('refuses an unknown template id as input the user can act on', () => {
    expect(() => checkTemplateEdit('nope', { subject: '', body: 'x' })).toThrow(TemplateEditError);
    expect(() => defaultTemplate('nope')).toThrow(InputError);
  });
});
