// The sidebar's use case for an open thread: who "me" is, the verdict (or the user's correction) and the drafts that fit.
import { planDrafts } from '../drafts/plan-drafts';
import type { DraftSpec } from '../drafts/draft-spec';
import type { LoggedThread } from '../log/log-actions';
import type { ThreadFacts } from '../log/log-thread';
import type { UserSettings } from '../ports/settings-store';
import { effectiveTemplates } from '../templates/catalogue';
import { ownerAddresses } from '../thread/owner-addresses';
import type { Thread } from '../thread/thread';
import { triage } from '../triage/triage';

/** A thread with its owner's addresses and its verdict. */
export interface JudgedThread extends ThreadFacts {
  /** True when the kind is the user's correction, remembered for this thread. */
  corrected: boolean;
}

export interface ThreadReview extends JudgedThread {
  drafts: DraftSpec[];
  /** What the intro log holds for the thread, when it could be read. */
  logged: LoggedThread | null;
}

/** Judges a thread for its owner; a kind the user set by hand replaces the triage's kind and is taken as sure. */
export function judgeThread(thread: Thread, signedIn: string, settings: UserSettings): JudgedThread {
  const me = ownerAddresses(signedIn, thread);
  const triaged = triage(thread, me);
  const correction = settings.kindCorrections[thread.id];
  const corrected = correction !== undefined && correction !== triaged.kind;
  const verdict = corrected ? { ...triaged, kind: correction, confidence: 1 } : triaged;
  return { thread, me, verdict, corrected };
}

/** The drafts that fit a judged thread, given what the log holds for it (null when unknown). */
export function reviewThread(judged: JudgedThread, settings: UserSettings, logged: LoggedThread | null = null): ThreadReview {
  const { thread, me, verdict } = judged;
  const drafts = planDrafts({ verdict, thread, me, templates: effectiveTemplates(settings.templates), signOff: settings.signOff, logged });
  return { ...judged, drafts, logged };
}
