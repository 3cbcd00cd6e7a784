// The intro log as the sidebar uses it: the sheet adapter, the clock and the user's log settings, read so that a failing log never hides the verdict.
import type { LogProblemModel } from '../cards/log-problem-section';
import { trimForDisplay } from '../cards/card-text';
import { loadDueList, type DueItem } from '../core/log/due-list';
import { loggedThreadOf, logThread, recordConsentAsk, recordOutcome, type LogContext, type LoggedThread } from '../core/log/log-actions';
import type { ThreadFacts } from '../core/log/log-thread';
import { DEFAULT_LOG_SETTINGS, type LogSettings } from '../core/log/log-settings';
import { LogBusyError, LogUnavailableError } from '../core/ports/intro-log';
import { SheetIntroLog, type SheetIntroLogDeps, type UserStore } from './sheet-intro-log';

const SETTINGS_KEY = 'introLog.settings';

/** What a read of the log gave: its value, or what keeps the log from working. */
export type LogRead<T> = { value: T } | { problem: LogProblemModel };

type DraftEffect = (context: LogContext, facts: ThreadFacts) => unknown;
const declined: DraftEffect = (context, facts) => recordOutcome(context, facts, 'declined', '');

// Which drafts say something the log tracks; any other draft just logs the thread. Telling the requester
// it is not a fit closes the request, so it leaves the due list.
const DRAFT_EFFECTS: Record<string, DraftEffect> = {
  'consent-ask': recordConsentAsk,
  'decline-kindly': declined,
  'not-a-fit': declined,
};

export class IntroLogService {
  readonly sheet: SheetIntroLog;
  readonly context: LogContext;

  constructor(private readonly deps: SheetIntroLogDeps & { now(): Date }) {
    this.sheet = new SheetIntroLog(deps);
    this.context = { log: this.sheet, clock: { now: deps.now }, settings: loadLogSettings(deps.properties) };
  }

  /**
   * What the log holds for a thread, or null for threads that are not about intros (they never touch the
   * sheet). Reading never creates the log; a log that cannot be read becomes a problem, never an error.
   */
  threadState(facts: ThreadFacts): LogRead<LoggedThread> | null {
    if (facts.verdict.kind === 'other') return null;
    return this.reading(() => loggedThreadOf(this.context, facts));
  }

  /** The homepage's due list, or null before the first intro is logged. */
  dueList(): LogRead<DueItem[]> | null {
    if (!this.sheet.logUrl()) return null;
    return this.reading(() => loadDueList(this.sheet, this.context.clock, this.context.settings));
  }

  /** Logs a thread after one of its drafts was opened, so acting on a thread logs it. */
  recordDraft(facts: ThreadFacts, draftId: string): void {
    try {
      (DRAFT_EFFECTS[draftId] ?? logThread)(this.context, facts);
    } catch (error) {
      // The draft is already open; a log that cannot be written shows its problem when the thread card is drawn again.
      if (!isLogProblem(error)) throw error;
      console.error(error);
    }
  }

  saveSettings(settings: LogSettings): void {
    this.deps.properties.setProperty(SETTINGS_KEY, JSON.stringify(settings));
  }

  private reading<T>(read: () => T): LogRead<T> {
    try {
      return { value: read() };
    } catch (error) {
      return { problem: logProblemOf(error) };
    }
  }
}

/** True for the log's own failures: a sheet out of reach, or one busy or failing for now. */
export function isLogProblem(error: unknown): error is LogUnavailableError | LogBusyError {
  return error instanceof LogUnavailableError || error instanceof LogBusyError;
}

/** What the user is told when the log fails, and the way out: a new or another log when the sheet is gone, else trying again. */
export function logProblemOf(error: unknown): LogProblemModel {
  if (error instanceof LogUnavailableError) return { message: error.message, fix: 'replace' };
  if (error instanceof LogBusyError) return { message: error.message, fix: 'retry' };
  console.error(error);
  const detail = error instanceof Error ? error.message : String(error);
  return { message: `Intro Guard could not read your intro log (${trimForDisplay(detail, 200)}). Nothing in it was changed.`, fix: 'retry' };
}

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
