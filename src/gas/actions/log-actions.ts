// Actions of the intro log: log the open thread, record a consent answer or an outcome, show the log card, create or pick the sheet, save its settings.
import { ACTION } from '../../cards/action-names';
import { buildDueListSection } from '../../cards/due-list-section';
import { buildIntroLogCard } from '../../cards/intro-log-card';
import { LOG_ACTION, LOG_FIELD } from '../../cards/log-action-names';
import { buildLogSection } from '../../cards/log-section';
import { InputError } from '../../core/input-error';
import { loadDueList } from '../../core/log/due-list';
import { OUTCOMES, type IntroRecord, type Outcome } from '../../core/log/intro-record';
import { logThread, recordConsentAnswer, recordOutcome } from '../../core/log/log-actions';
import { parseDays } from '../../core/log/log-settings';
import { reviewThread } from '../../core/review/review-thread';
import { LogUnavailableError } from '../../core/ports/intro-log';
import { formValue, gmailEvent, type ActionRegistry, type ActionRequest, type Reply } from '../action-registry';
import { factsOf, saveLogSettings, type IntroLogService } from '../intro-log-service';

function logOf({ services }: ActionRequest): IntroLogService {
  if (!services.log) throw new Error('the intro log is not available in this host');
  return services.log;
}

/** Runs a change on the open thread's record and answers with the updated log section as a notice. */
function onThread(request: ActionRequest, change: (log: IntroLogService, review: ReturnType<typeof reviewThread>) => IntroRecord, notice: string): Reply {
  const open = gmailEvent(request.event);
  const { services } = request;
  const thread = services.mailbox.readThread({ accessToken: open.accessToken, messageId: open.messageId, threadId: open.threadId });
  const review = reviewThread(thread, services.signedInEmail(), services.settings.load());
  const log = logOf(request);
  const record = change(log, review);
  const section = buildLogSection({ record, askRefusal: null });
  return {
    card: { name: 'log-entry', header: { title: 'Intro log', subtitle: review.thread.subject.slice(0, 80) }, sections: [section] },
    navigation: 'push',
    notification: notice,
  };
}

function introLogCard(request: ActionRequest, notification?: string): Reply {
  const log = logOf(request);
  let problem: string | null = null;
  let due = null;
  try {
    due = log.sheet.logUrl() ? buildDueListSection(loadDueList(log.sheet, log.context.clock, log.context.settings)) : null;
  } catch (error) {
    if (!(error instanceof LogUnavailableError)) throw error;
    problem = error.message;
  }
  const card = buildIntroLogCard({ logUrl: log.sheet.logUrl(), problem, due, settings: log.context.settings });
  return notification ? { card, navigation: 'update', notification } : { card, navigation: 'update' };
}

export const LOG_ACTIONS: ActionRegistry = {
  [ACTION.showIntroLog]: { respond: 'card', run: (request) => introLogCard(request) },
  [LOG_ACTION.logThread]: {
    respond: 'card',
    run: (request) => onThread(request, (log, review) => logThread(log.context, factsOf(review)), 'Logged.'),
  },
  [LOG_ACTION.consentAnswer]: {
    respond: 'card',
    run: (request) => {
      const answer = request.params.answer;
      if (answer !== 'yes' && answer !== 'no') throw new InputError('Choose "They said yes" or "They said no".');
      return onThread(request, (log, review) => recordConsentAnswer(log.context, factsOf(review), answer), `Recorded: they said ${answer}.`);
    },
  },
  [LOG_ACTION.saveOutcome]: {
    respond: 'card',
    run: (request) => {
      const outcome = formValue(request.event, LOG_FIELD.outcome);
      if (!(OUTCOMES as readonly string[]).includes(outcome)) throw new InputError('Pick an outcome from the list, then save.');
      const note = formValue(request.event, LOG_FIELD.outcomeNote).slice(0, 2000);
      return onThread(request, (log, review) => recordOutcome(log.context, factsOf(review), outcome as Outcome, note), `Outcome saved: ${outcome}.`);
    },
  },
  [LOG_ACTION.createLog]: {
    respond: 'card',
    run: (request) => {
      logOf(request).sheet.createLog();
      return introLogCard(request, 'A new "Intro Guard log" is in your Drive.');
    },
  },
  [LOG_ACTION.useLog]: {
    respond: 'card',
    run: (request) => {
      const refusal = logOf(request).sheet.useExistingLog(formValue(request.event, LOG_FIELD.logUrl));
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
      saveLogSettings(logOf(request).properties, { consentExpiryDays: expiry.days, outcomeFollowUpDays: outcome.days });
      return { notification: 'Log settings saved.' };
    },
  },
};
