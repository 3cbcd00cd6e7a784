// Logging a thread: the record the triage's verdict implies, merged into what the log already holds.
import { sameAddress } from './same-person';
import { roleForKind, threadLinkFor, type IntroRecord, type ReplyState } from './intro-record';
import { applyTimeRules, followUpDueFor } from './status-rules';
import type { LogSettings } from './log-settings';
import type { Person, Thread } from '../thread/thread';
import type { Verdict } from '../triage/verdict';

export interface ThreadFacts {
  thread: Thread;
  verdict: Verdict;
  /** The owner's addresses. */
  me: readonly string[];
}

/**
 * Whether the person who should answer has answered: me for intros, requests and consent asks
 * (rule 3), and either party for intros I made.
 */
export function replyStateOf({ thread, verdict, me }: ThreadFacts): ReplyState {
  const later = thread.messages.slice(1);
  const fromMe = (person: Person): boolean => me.some((address) => sameAddress(address, person.email));
  const answered = verdict.kind === 'my-intro'
    ? later.some((message) => !fromMe(message.from))
    : later.some((message) => fromMe(message.from));
  return answered ? 'replied' : 'awaiting reply';
}

/** A new record for a thread logged at `now`. */
export function recordFromThread(facts: ThreadFacts, now: Date, settings: LogSettings): IntroRecord {
  const { thread, verdict } = facts;
  const fresh: IntroRecord = {
    threadId: thread.id,
    threadLink: threadLinkFor(thread.id),
    subject: thread.subject,
    kind: verdict.kind,
    myRole: roleForKind(verdict.kind),
    introducer: verdict.introducer ?? { name: '', email: '' },
    otherParties: verdict.parties,
    flags: verdict.flags.map((flag) => flag.code),
    consent: 'not asked',
    consentAskedOn: null,
    reply: replyStateOf(facts),
    introSentOn: thread.messages[0]?.date ?? now,
    followUpDue: null,
    outcome: null,
    outcomeNote: '',
    loggedAt: now,
  };
  return { ...fresh, followUpDue: followUpDueFor(fresh, now, settings) };
}

/**
 * What the thread says now, over what the log holds: facts read from the thread (subject, kind,
 * people, flags, reply) are refreshed; what the user tracks (consent, outcome, note, when it was
 * first logged) is kept, and a follow-up date the user moved stays unless the state changed.
 */
export function mergeThreadInto(existing: IntroRecord | null, facts: ThreadFacts, now: Date, settings: LogSettings): IntroRecord {
  const fresh = recordFromThread(facts, now, settings);
  if (!existing) return fresh;
  const merged: IntroRecord = {
    ...fresh,
    consent: existing.consent,
    consentAskedOn: existing.consentAskedOn,
    outcome: existing.outcome,
    outcomeNote: existing.outcomeNote,
    loggedAt: existing.loggedAt,
    followUpDue: existing.followUpDue,
  };
  return withFollowUp(existing, applyTimeRules(merged, now, settings), now, settings);
}

/** `next` with its follow-up date recomputed when its state differs from `before`'s. */
export function withFollowUp(before: IntroRecord, next: IntroRecord, now: Date, settings: LogSettings): IntroRecord {
  const state = (record: IntroRecord): string =>
    [record.kind, record.consent, record.consentAskedOn?.getTime(), record.reply, record.outcome].join('|');
  return state(before) === state(next) ? next : { ...next, followUpDue: followUpDueFor(next, now, settings) };
}
