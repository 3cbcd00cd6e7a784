// Actions of the homepage and Settings cards: show them, save or reset a template, save the sign-off name.
import { ACTION, FIELD } from '../../cards/action-names';
import { plainCardText } from '../../cards/card-text';
import { buildDueListSection } from '../../cards/due-list-section';
import { buildHomeCard } from '../../cards/home-card';
import { buildLogProblemSection } from '../../cards/log-problem-section';
import { buildSettingsCard } from '../../cards/settings-card';
import { checkTemplateEdit, defaultTemplate, effectiveTemplates } from '../../core/templates/catalogue';
import { formValue, type ActionRegistry } from '../action-registry';
import type { Services } from '../services';

function settingsCard(services: Services) {
  const settings = services.settings.load();
  return buildSettingsCard({
    signOff: settings.signOff,
    templates: effectiveTemplates(settings.templates).map((template) => ({ template, customised: template.id in settings.templates })),
  });
}

function homeCard(services: Services) {
  const due = services.log.dueList();
  if (!due) return buildHomeCard({});
  return buildHomeCard({ dueList: 'value' in due ? buildDueListSection(due.value) : buildLogProblemSection(due.problem, { action: ACTION.showHome }) });
}

export const SETTINGS_ACTIONS: ActionRegistry = {
  [ACTION.showHome]: { respond: 'card', run: ({ services }) => ({ card: homeCard(services), navigation: 'update' }) },
  [ACTION.showSettings]: { respond: 'card', run: ({ services }) => ({ card: settingsCard(services), navigation: 'push' }) },
  [ACTION.saveTemplate]: {
    respond: 'card',
    run: ({ event, params, services }) => {
      const id = params.template;
      const text = checkTemplateEdit(id, { subject: formValue(event, FIELD.templateSubject(id)), body: formValue(event, FIELD.templateBody(id)) });
      services.settings.saveTemplate(id, text);
      // Only a notice: re-drawing the card would throw away edits still unsaved in other templates.
      return { notification: `Saved "${defaultTemplate(id).title}".` };
    },
  },
  [ACTION.resetTemplate]: {
    respond: 'card',
    run: ({ params, services }) => {
      const { title } = defaultTemplate(params.template);
      services.settings.resetTemplate(params.template);
      return { card: settingsCard(services), navigation: 'update', notification: `"${title}" is back to its default.` };
    },
  },
  [ACTION.saveSignOff]: {
    respond: 'card',
    run: ({ event, services }) => {
      const name = plainCardText(formValue(event, FIELD.signOff), 80);
      services.settings.saveSignOff(name);
      return { notification: name ? `Drafts now sign off as ${name}.` : 'Drafts now take your name from the thread.' };
    },
  },
};
