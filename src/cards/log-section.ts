// The thread card's intro log section: what the log holds for this thread, and the buttons that change it.
import { ACTION } from './action-names';
import type { SectionSpec, WidgetSpec } from './card-spec';
import { escapeCardText, html } from './card-text';
import { LOG_ACTION, LOG_FIELD } from './log-action-names';
import { dayText } from '../core/log/day-text';
import { OUTCOMES, type IntroRecord } from '../core/log/intro-record';


const run = (action: string, extra: Record<string, string> = {}) => ({ kind: 'run' as const, params: { action, ...extra } });

/** The log section for the thread's record; a thread never logged gets one button to log it. */
export function buildLogSection(record: IntroRecord | null): SectionSpec {
  const widgets: WidgetSpec[] = [];
  if (!record) {
    widgets.push({ type: 'buttons', buttons: [{ text: 'Log this intro', action: run(LOG_ACTION.logThread) }] });
    return { header: html`Intro log`, widgets };
  }
  const consent = record.consent === 'asked' && record.consentAskedOn
    ? `asked on ${dayText(record.consentAskedOn)}` : record.consent;
  widgets.push({ type: 'decorated', topLabel: 'Consent', html: escapeCardText(consent) });
  widgets.push({ type: 'decorated', topLabel: 'Reply', html: escapeCardText(record.reply) });
  if (record.followUpDue) widgets.push({ type: 'decorated', topLabel: 'Follow-up due', html: escapeCardText(dayText(record.followUpDue)) });
  if (record.consent === 'asked') {
    widgets.push({ type: 'buttons', buttons: [
      { text: 'They said yes', action: run(LOG_ACTION.consentAnswer, { answer: 'yes' }) },
      { text: 'They said no', action: run(LOG_ACTION.consentAnswer, { answer: 'no' }) },
    ] });
  }
  widgets.push(
    {
      type: 'choice', style: 'dropdown', field: LOG_FIELD.outcome, title: 'Outcome',
      choices: [{ text: 'Not yet', value: '', selected: !record.outcome },
        ...OUTCOMES.map((outcome) => ({ text: outcome, value: outcome, selected: record.outcome === outcome }))],
    },
    { type: 'textInput', field: LOG_FIELD.outcomeNote, title: 'Outcome note', value: record.outcomeNote, multiline: true },
    { type: 'buttons', buttons: [
      { text: 'Save outcome', action: run(LOG_ACTION.saveOutcome), filled: true },
      { text: 'Intro log', action: run(ACTION.showIntroLog) },
    ] },
  );
  return { header: html`Intro log`, widgets };
}
