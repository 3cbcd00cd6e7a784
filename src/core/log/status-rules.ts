// The log's time rules: when silence becomes a no, when a follow-up falls due, and what is due now.
import type { IntroRecord } from './intro-record';
import type { LogSettings } from './log-settings';

const DAY_MS = 86_400_000;

/** Rule 3 wants the introduced person to answer at once; a day is the grace the log gives. */
export const REPLY_GRACE_DAYS = 1;

/** How long before a consent ask expires the homepage starts to mention it. */
export const EXPIRY_WARNING_DAYS = 1;

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** The moment a pending consent ask counts as a no, or null when nothing is pending. */
export function consentExpiresOn(record: IntroRecord, settings: LogSettings): Date | null {
  if (record.consent !== 'asked' || !record.consentAskedOn) return null;
  return addDays(record.consentAskedOn, settings.consentExpiryDays);
}

/** The record as of `now`: a consent ask left unanswered past the expiry becomes "no reply, treated as no" (rule 1). */
export function applyTimeRules(record: IntroRecord, now: Date, settings: LogSettings): IntroRecord {
  const expiry = consentExpiresOn(record, settings);
  if (!expiry || now < expiry) return record;
  const expired: IntroRecord = { ...record, consent: 'no reply, treated as no' };
  return { ...expired, followUpDue: followUpDueFor(expired, now, settings) };
}

const OUTCOME_KINDS: readonly string[] = ['intro', 'my-intro', 'intro-request'];

/**
 * When the user should next look at this intro: the consent expiry while an ask is pending; at
 * once after a refusal or silence (to tell the requester); a day after the intro while it awaits my
 * answer; otherwise the outcome check N days after the intro. Null once an outcome is in.
 */
export function followUpDueFor(record: IntroRecord, now: Date, settings: LogSettings): Date | null {
  if (record.outcome) return null;
  const expiry = consentExpiresOn(record, settings);
  if (expiry) return expiry;
  if (record.consent === 'no reply, treated as no' && record.consentAskedOn) {
    return addDays(record.consentAskedOn, settings.consentExpiryDays);
  }
  if (record.consent === 'no' || record.consent === 'no reply, treated as no') return now;
  if (awaitsMyReply(record)) return addDays(record.introSentOn, REPLY_GRACE_DAYS);
  if (OUTCOME_KINDS.includes(record.kind) && (record.kind !== 'intro-request' || record.consent === 'yes')) {
    return addDays(record.introSentOn, settings.outcomeFollowUpDays);
  }
  return null;
}

function awaitsMyReply(record: IntroRecord): boolean {
  if (record.reply !== 'awaiting reply') return false;
  return record.kind === 'intro' || record.kind === 'consent-ask'
    || (record.kind === 'intro-request' && record.consent === 'not asked');
}

export type DueReason = 'reply' | 'consent-expiring' | 'consent-expired' | 'outcome';

/** Why an intro needs the user now, or null when it does not (yet). */
export function dueReasonFor(record: IntroRecord, now: Date, settings: LogSettings): DueReason | null {
  if (record.outcome || !record.followUpDue) return null;
  const expiry = consentExpiresOn(record, settings);
  if (expiry) return expiry.getTime() - now.getTime() <= EXPIRY_WARNING_DAYS * DAY_MS ? 'consent-expiring' : null;
  if (record.followUpDue > now) return null;
  if (record.kind === 'intro-request' && (record.consent === 'no' || record.consent === 'no reply, treated as no')) {
    return 'consent-expired';
  }
  if (awaitsMyReply(record)) return 'reply';
  return OUTCOME_KINDS.includes(record.kind) ? 'outcome' : null;
}

/** The latest follow-up date the homepage must read to find everything `dueReasonFor` could report. */
export function dueHorizon(now: Date): Date {
  return addDays(now, EXPIRY_WARNING_DAYS);
}
