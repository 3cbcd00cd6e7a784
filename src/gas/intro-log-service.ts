// The intro log as the sidebar uses it: the sheet adapter, the clock and the user's log settings, plus the hooks the cards call.
import type { SectionSpec } from '../cards/card-spec';
import { escapeCardText, html } from '../cards/card-text';
import { buildDueListSection } from '../cards/due-list-section';
import { ACTION } from '../cards/action-names';
import { buildLogSection } from '../cards/log-section';
import type { DraftSpec } from '../core/drafts/draft-spec';
import { loadDueList } from '../core/log/due-list';
import { consentAskRefusal, loggedStateOf, logThread, recordConsentAsk, recordOutcome, type LogContext } from '../core/log/log-actions';
import type { ThreadFacts } from '../core/log/log-thread';
import { DEFAULT_LOG_SETTINGS, type LogSettings } from '../core/log/log-settings';
import { LogBusyError, LogUnavailableError } from '../core/ports/intro-log';
import type { ThreadReview } from '../core/review/review-thread';
import type { IntroLogHooks } from './services';
import { SheetIntroLog, type UserStore } from './sheet-intro-log';

const SETTINGS_KEY = 'introLog.settings';

/** Reads the user's log settings, falling back to the defaults for anything missing or unreadable. */
export function loadLogSettings(properties: UserStore): LogSettings {
  try {
    const stored = JSON.parse(properties.getProperty(SETTINGS_KEY) ?? '{}') as Partial<LogSettings>;
    const days = (value: unknown, fallback: number) => (Number.isInteger(value) && (value as number) > 0 ? (value as number) : fallback);
    return {
      consentExpiryDays: days(stored.consentExpiryDays, DEFAULT_LOG_SETTINGS.consentExpiryDays),
      outcomeFollowUpDays: days(stored.outcomeFollowUpDays, DEFAULT_LOG_SETTINGS.outcomeFollowUpDays),
    };
  } catch {
    return DEFAULT_LOG_SETTINGS;
  }
}

export function saveLogSettings(properties: UserStore, settings: LogSettings): void {
  properties.setProperty(SETTINGS_KEY, JSON.stringify(settings));
}

export interface IntroLogService {
  sheet: SheetIntroLog;
  context: LogContext;
  properties: UserStore;
  hooks: IntroLogHooks;
}

/** Facts the log needs from a reviewed thread. */
export function factsOf(review: ThreadReview): ThreadFacts {
  return { thread: review.thread, verdict: review.verdict, me: review.me };
}

/** The section shown instead of the log's own when the sheet cannot be used or is busy. */
function problemSection(error: unknown): SectionSpec {
  if (!(error instanceof LogUnavailableError || error instanceof LogBusyError)) throw error;
  return {
    header: html`Intro log`,
    widgets: [
      { type: 'text', html: escapeCardText(error.message) },
      { type: 'buttons', buttons: [{ text: 'Fix the log', action: { kind: 'run', params: { action: ACTION.showIntroLog } } }] },
    ],
  };
}

// Which drafts say something the log tracks; any other draft just logs the thread.
const DRAFT_EFFECTS: Record<string, (context: LogContext, facts: ThreadFacts) => void> = {
  'consent-ask': recordConsentAsk,
  'decline-kindly': (context, facts) => { recordOutcome(context, facts, 'declined', ''); },
};

/** Builds the log service over the given Apps Script services. */
export function createIntroLogService(deps: ConstructorParameters<typeof SheetIntroLog>[0] & { now(): Date }): IntroLogService {
  const sheet = new SheetIntroLog(deps);
  const context: LogContext = { log: sheet, clock: { now: deps.now }, settings: loadLogSettings(deps.properties) };
  const hooks: IntroLogHooks = {
    threadSection(review) {
      if (review.verdict.kind === 'other' && !sheet.logUrl()) return null;
      try {
        const facts = factsOf(review);
        const askRefusal = review.verdict.kind === 'intro-request' ? consentAskRefusal(context, facts) : null;
        return buildLogSection({ record: loggedStateOf(context, facts), askRefusal });
      } catch (error) {
        return problemSection(error);
      }
    },
    dueSection() {
      if (!sheet.logUrl()) return null;
      try {
        return buildDueListSection(loadDueList(sheet, context.clock, context.settings));
      } catch (error) {
        return problemSection(error);
      }
    },
    recordDraft(review, draft: DraftSpec) {
      const facts = factsOf(review);
      try {
        (DRAFT_EFFECTS[draft.id] ?? ((c: LogContext, f: ThreadFacts) => logThread(c, f)))(context, facts);
      } catch (error) {
        // The draft is already open; a log that cannot be written shows its problem on the thread card instead.
        if (!(error instanceof LogUnavailableError || error instanceof LogBusyError)) throw error;
        console.error(error);
      }
    },
  };
  return { sheet, context, properties: deps.properties, hooks };
}

