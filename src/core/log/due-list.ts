// The homepage's list of what is due: replies owed, consent asks about to expire or expired, outcomes to report.
import type { IntroLog } from '../ports/intro-log';
import type { Clock } from '../ports/clock';
import type { IntroRecord } from './intro-record';
import type { LogSettings } from './log-settings';
import { applyTimeRules, dueHorizon, dueReasonFor, type DueReason } from './status-rules';

/** A card shows at most this many due items; more would bury the first ones. */
export const DUE_LIST_LIMIT = 20;

export interface DueItem {
  record: IntroRecord;
  reason: DueReason;
  /** When it fell or falls due. */
  due: Date;
}

/**
 * What is due as of `now`, most overdue first. Records are taken as the sheet holds them with the
 * time rules applied, so an ask that just expired shows as expired.
 */
export function buildDueList(records: readonly IntroRecord[], now: Date, settings: LogSettings): DueItem[] {
  const items: DueItem[] = [];
  for (const stored of records) {
    const record = applyTimeRules(stored, now, settings);
    const reason = dueReasonFor(record, now, settings);
    if (reason && record.followUpDue) items.push({ record, reason, due: record.followUpDue });
  }
  return items.sort((a, b) => a.due.getTime() - b.due.getTime());
}

/** Reads the due rows from the log and builds the list. */
export function loadDueList(log: IntroLog, clock: Clock, settings: LogSettings): DueItem[] {
  const now = clock.now();
  return buildDueList(log.listDue(dueHorizon(now), DUE_LIST_LIMIT), now, settings);
}
