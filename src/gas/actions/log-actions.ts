// Actions of the intro log: log the open thread, record a consent answer or an outcome, show the log card, create or pick the sheet, save its settings.
import { ACTION } from '../../cards/action-names';
import { buildDueListSection } from '../../cards/due-list-section';
import { buildIntroLogCard } from '../../cards/intro-log-card';
import { LOG_ACTION, LOG_FIELD } from '../../cards/log-action-names';
import { InputError } from '../../core/input-error';
import { OUTCOMES, type Outcome } from '../../core/log/intro-record';
import { logThread, recordConsentAnswer, recordOutcome, type LogContext } from '../../core/log/log-actions';
import type { ThreadFacts } from '../../core/log/log-thread';
import { parseDays } from '../../core/log/log-settings';
import { formValue, type ActionRegistry, type ActionRequest, type Reply } from '../action-registry';
import { isLogProblem } from '../intro-log-service';
import { judgeOpenThread, threadCardReply } from './open-thread';

/**
 * Changes the open thread's record, then draws the thread card again. When the log cannot be written
 * the card says why (and how to fix it) and the notice repeats it; nothing already logged is touched.
 */
function onThread(request: ActionRequest, change: (context: LogContext, facts: ThreadFacts) => unknown, notice: string): Reply {
  const opened = judgeOpenThread(request);
  let said = notice;
  try {
    change(request.services.log.context, opened.judged);
  } catch (error) {
    if (!isLogProblem(error)) throw error;
    said = error.message;
  }
  return threadCardReply(request, opened, said);
}

function introLogCard({ services }: ActionRequest, notification?: string): Reply {
  const { sheet, context } = services.log;
  const due = services.log.dueList();
  const card = buildIntroLogCard({
    logUrl: sheet.logUrl(),
    problem: due && 'problem' in due ? due.problem.message : null,
    due: due && 'value' in due ? buildDueListSection(due.value) : null,
    settings: context.settings,
  });
  return notification ? { card, navigation: 'update', notification } : { card, navigation: 'update' };
}

export const LOG_ACTIONS: ActionRegistry = {
  [ACTION.showIntroLog]: { respond: 'card', run: (request) => introLogCard(request) },
  [LOG_ACTION.logThread]: {
    respond: 'card',
    run: (request) => onThread(request, (context, facts) => logThread(context, facts), 'Logged.'),
  },
  [LOG_ACTION.consentAnswer]: {
    respond: 'card',
    run: (request) => {
      const answer = request.params.answer;
      if (answer !== 'yes' && answer !== 'no') throw new InputError('Choose "They said yes" or "They said no".');
      return onThread(request, (context, facts) => recordConsentAnswer(context, facts, answer), `Recorded: they said ${answer}.`);
    },
  },
  [LOG_ACTION.saveOutcome]: {
    respond: 'card',
    run: (request) => {
      const outcome = formValue(request.event, LOG_FIELD.outcome);
      if (!(OUTCOMES as readonly string[]).includes(outcome)) throw new InputError('Pick an outcome from the list, then save.');
      const note = formValue(request.event, LOG_FIELD.outcomeNote).slice(0, 2000);
      return onThread(request, (context, facts) => recordOutcome(context, facts, outcome as Outcome, note), `Outcome saved: ${outcome}.`);
    },
  },
  [LOG_ACTION.createLog]: {
    respond: 'card',
    run: (request) => {
      request.services.log.sheet.createLog();
      const notice = 'A new "Intro Guard log" is in your Drive.';
      // Pressed on a thread card's problem section: back to that thread, now with a working log.
      return request.params.then === ACTION.showThread ? threadCardReply(request, undefined, notice) : introLogCard(request, notice);
    },
  },
  [LOG_ACTION.useLog]: {
    respond: 'card',
    run: (request) => {
      const refusal = request.services.log.sheet.useExistingLog(formValue(request.event, LOG_FIELD.logUrl));
      if (refusal) throw new InputError(refusal);
      return introLogCard(request, 'Intro Guard now logs to that spreadsheet.');
    },
  },
  [LOG_ACTION.saveLogSettings]: {
    respond: 'card',
    run: (request) => {
      const expiry = parseDays(formValue(request.event, LOG_FIELD.consentExpiryDays), 'Days before silence counts as no');
      const outcome = parseDays(formValue(request.event, LOG_FIELD.outcomeFollowUpDays), 'Days before asking how an intro went');
      if ('error' in expiry) throw new InputError(expiry.error);
      if ('error' in outcome) throw new InputError(outcome.error);
      request.services.log.saveSettings({ consentExpiryDays: expiry.days, outcomeFollowUpDays: outcome.days });
      return { notification: 'Log settings saved.' };
    },
  },
};
