// The "Intro log" card: where the log lives, what is due, the log's settings, and recovery when the sheet is gone.
import type { CardSpec, SectionSpec } from './card-spec';
import { escapeCardText, html } from './card-text';
import { LOG_ACTION, LOG_FIELD } from './log-action-names';
import type { LogSettings } from '../core/log/log-settings';

export interface IntroLogCardModel {
  /** The sheet's address, or null before the first intro is logged. */
  logUrl: string | null;
  /** Why the sheet cannot be used, when it cannot; the card then leads with the two ways out. */
  problem: string | null;
  due: SectionSpec | null;
  settings: LogSettings;
}

/** The intro log card. */
export function buildIntroLogCard(model: IntroLogCardModel): CardSpec {
  const sections: SectionSpec[] = [];
  const run = (action: string) => ({ kind: 'run' as const, params: { action } });
  const pick: SectionSpec['widgets'] = [
    { type: 'textInput', field: LOG_FIELD.logUrl, title: 'Use another Intro Guard log (its link)', value: '',
      hint: 'Intro Guard can open only spreadsheets it created.' },
    { type: 'buttons', buttons: [{ text: 'Use this log', action: run(LOG_ACTION.useLog) }, { text: 'Create a new log', action: run(LOG_ACTION.createLog) }] },
  ];
  if (model.problem) {
    sections.push({ header: html`Your log needs attention`, widgets: [{ type: 'text', html: escapeCardText(model.problem) }, ...pick] });
  } else if (model.logUrl) {
    sections.push({ widgets: [{ type: 'buttons', buttons: [{ text: 'Open the log sheet', action: { kind: 'openLink', url: model.logUrl } }] }] });
  } else {
    sections.push({ widgets: [{ type: 'text', html: html`Your log is created in your Drive the first time you log an intro.` }] });
  }
  if (model.due) sections.push(model.due);
  sections.push({
    header: html`Log settings`,
    collapsible: { visibleWidgets: 0 },
    widgets: [
      { type: 'textInput', field: LOG_FIELD.consentExpiryDays, title: 'Days before silence counts as no', value: String(model.settings.consentExpiryDays) },
      { type: 'textInput', field: LOG_FIELD.outcomeFollowUpDays, title: 'Days before asking how an intro went', value: String(model.settings.outcomeFollowUpDays) },
      { type: 'buttons', buttons: [{ text: 'Save', action: run(LOG_ACTION.saveLogSettings) }] },
      ...(model.problem ? [] : pick),
    ],
  });
  return { name: 'intro-log', header: { title: 'Intro log' }, sections };
}
