// The port through which core reads and writes the intro log, one record per thread.
import type { IntroRecord } from '../log/intro-record';
import type { Person } from '../thread/thread';

export interface IntroLog {
  /** The thread's record, or null when it has none or no log exists yet (never creates one). */
  find(threadId: string): IntroRecord | null;
  /**
   * Reads, changes and writes one thread's record as one step no other execution of the same user
   * can interleave with, creating the log on first use. `change` receives null when the thread has
   * no record yet. Returns what was written.
   */
  upsert(threadId: string, change: (existing: IntroRecord | null) => IntroRecord): IntroRecord;
  /** Every record in which `asked` was asked for consent on behalf of `requester`. */
  findConsentAsks(asked: Person, requester: Person): IntroRecord[];
  /** Records whose follow-up falls on or before `until`, soonest first, at most `limit` of them. */
  listDue(until: Date, limit: number): IntroRecord[];
}

export type LogProblem = 'missing' | 'no-access' | 'tab-missing';

const PROBLEM_TEXT: Record<LogProblem, string> = {
  missing: 'Your intro log spreadsheet no longer exists (it was deleted, or its trash was emptied).',
  'no-access': 'Intro Guard can no longer open your intro log spreadsheet (it was unshared, or moved out of your reach).',
  'tab-missing': 'Your intro log spreadsheet no longer has its log tab.',
};

/** The log exists in settings but cannot be used; the sidebar answers with a recovery card. */
export class LogUnavailableError extends Error {
  constructor(readonly problem: LogProblem, readonly spreadsheetId: string) {
    super(PROBLEM_TEXT[problem]);
    this.name = 'LogUnavailableError';
  }
}

/** The log could not be written now (busy or failing service); nothing logged before was changed. */
export class LogBusyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LogBusyError';
  }
}
