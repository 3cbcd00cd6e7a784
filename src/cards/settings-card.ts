// The Settings card: the sign-off name and every template, each editable and resettable to its default.
import type { Template } from '../core/templates/template';
import { ACTION, FIELD } from './action-names';
import type { CardSpec, SectionSpec } from './card-spec';
import { escapeCardText, html } from './card-text';

export interface SettingsCardModel {
  signOff: string;
  /** The templates as the user gets them, each marked when it is their own version. */
  templates: { template: Template; customised: boolean }[];
}

/** The Settings card. */
export function buildSettingsCard(model: SettingsCardModel): CardSpec {
  const signOff: SectionSpec = {
    header: html`Your name in drafts`,
    widgets: [
      { type: 'textInput', field: FIELD.signOff, title: 'Sign-off name', value: model.signOff, hint: 'Left empty, drafts use the first name your mail shows.' },
      { type: 'buttons', buttons: [{ text: 'Save name', action: { kind: 'run', params: { action: ACTION.saveSignOff } } }] },
    ],
  };
  const templates = model.templates.map(({ template, customised }): SectionSpec => ({
    header: html`${escapeCardText(template.title)}${customised ? html` <i>(yours)</i>` : html``}`,
    collapsible: { visibleWidgets: 0 },
    widgets: [
      ...(template.subject ? [{ type: 'textInput' as const, field: FIELD.templateSubject(template.id), title: 'Subject', value: template.subject }] : []),
      { type: 'textInput', field: FIELD.templateBody(template.id), title: 'Text', value: template.body, multiline: true, hint: 'Words in {braces} are filled in for you.' },
      {
        type: 'buttons',
        buttons: [
          { text: 'Save', filled: true, action: { kind: 'run', params: { action: ACTION.saveTemplate, template: template.id } } },
          { text: 'Reset to default', action: { kind: 'run', params: { action: ACTION.resetTemplate, template: template.id } } },
        ],
      },
    ],
  }));
  return { name: 'settings', header: { title: 'Settings', subtitle: 'Intro Guard' }, sections: [signOff, ...templates] };
}
