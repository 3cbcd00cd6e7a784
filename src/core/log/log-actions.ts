// What the sidebar's actions do to the log: log a thread, record a consent ask or answer, record an outcome.
import { fullName } from '../drafts/person-names';
import type { Clock } from '../ports/clock';
import type { IntroLog } from '../ports/intro-log';
import { dayText } from './day-text';
import type { IntroRecord, Outcome } from './intro-record';
import { mergeThreadInto, recordFromThread, withFollowUp, type ThreadFacts } from './log-thread';
import type { LogSettings } from './log-settings';

export interface LogContext {
  log: IntroLog;
  clock: Clock;
  settings: LogSettings;
}

/** Logs the thread (creating or refreshing its one row), then applies `change` to the record. */
export function logThread(
  { log, clock, settings }: LogContext,
  facts: ThreadFacts,
  change: (record: IntroRecord, now: Date) => IntroRecord = (record) => record,
): IntroRecord {
  const now = clock.now();
  return log.upsert(facts.thread.id, (existing) => {
    const merged = mergeThreadInto(existing, facts, now, settings);
    return withFollowUp(merged, change(merged, now), now, settings);
  });
}

/**
 * Why a consent ask for this thread must not be sent (rule 1: ask once), or null when it may.
 * Looks across the whole log, since the same request often arrives again in a new thread.
 */
export function consentAskRefusal({ log, clock, settings }: LogContext, facts: ThreadFacts): string | null {
  const planned = recordFromThread(facts, clock.now(), settings);
  const target = planned.otherParties[0];
  if (!target) return null;
  const earlier = log.findConsentAsks(target, planned.introducer).find((record) => record.consentAskedOn);
  if (!earlier?.consentAskedOn) return null;
  const who = fullName(target) || target.email;
  const forWhom = fullName(planned.introducer) || planned.introducer.email || 'this requester';
  return `You already asked ${who} about ${forWhom} on ${dayText(earlier.consentAskedOn)} `
    + `(thread "${earlier.subject}"). Ask once: ${earlier.consent === 'asked' ? 'if no answer comes, silence is a no.' : `the answer was "${earlier.consent}".`}`;
}

/** Records that the owner drafted a consent ask to the target today; an earlier ask date on the row is kept. */
export function recordConsentAsk(context: LogContext, facts: ThreadFacts): IntroRecord {
  return logThread(context, facts, (record, now) => record.consentAskedOn
    ? record
    : { ...record, consent: 'asked', consentAskedOn: now });
}

/** Records the target's answer to a consent ask. */
export function recordConsentAnswer(context: LogContext, facts: ThreadFacts, answer: 'yes' | 'no'): IntroRecord {
  return logThread(context, facts, (record, now) => ({ ...record, consent: answer, consentAskedOn: record.consentAskedOn ?? now }));
}

/** Records what came of an intro (rule 4), with the user's note. */
export function recordOutcome(context: LogContext, facts: ThreadFacts, outcome: Outcome, note: string): IntroRecord {
  return logThread(context, facts, (record) => ({ ...record, outcome, outcomeNote: note.trim() }));
}

/**
 * The thread's record as of now when it has one, or null. A record whose state moved on since it
 * was written (the user replied, a consent ask expired) is written back, so the sheet stays exact.
 */
export function loggedStateOf(context: LogContext, facts: ThreadFacts): IntroRecord | null {
  const stored = context.log.find(facts.thread.id);
  if (!stored) return null;
  const current = mergeThreadInto(stored, facts, context.clock.now(), context.settings);
  const changed = current.reply !== stored.reply || current.consent !== stored.consent || current.kind !== stored.kind;
  return changed ? logThread(context, facts) : current;
}

/** What the log holds for a thread, as the thread card and its drafts need it. */
export interface LoggedThread {
  /** The thread's record as of now, or null when it was never logged. */
  record: IntroRecord | null;
  /** Why a consent ask must not be drafted (rule 1: ask once), or null when it may. */
  askRefusal: string | null;
}

/** Reads the thread's record and, for an intro request, whether its consent ask was already sent. */
export function loggedThreadOf(context: LogContext, facts: ThreadFacts): LoggedThread {
  const askRefusal = facts.verdict.kind === 'intro-request' ? consentAskRefusal(context, facts) : null;
  return { record: loggedStateOf(context, facts), askRefusal };
}
