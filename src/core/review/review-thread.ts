// The sidebar's use case for an open thread: who "me" is, the verdict (or the user's correction) and the drafts that fit.
import { planDrafts } from '../drafts/plan-drafts';
import type { DraftSpec } from '../drafts/draft-spec';
import type { UserSettings } from '../ports/settings-store';
import { effectiveTemplates } from '../templates/catalogue';
import { ownerAddresses } from '../thread/owner-addresses';
import type { Thread } from '../thread/thread';
import { triage } from '../triage/triage';
import type { Verdict } from '../triage/verdict';

export interface ThreadReview {
  thread: Thread;
  me: string[];
  verdict: Verdict;
  /** True when the kind is the user's correction, remembered for this thread. */
  corrected: boolean;
  drafts: DraftSpec[];
}

/** Reviews a thread for its owner; a kind the user set by hand replaces the triage's kind and is taken as sure. */
export function reviewThread(thread: Thread, signedIn: string, settings: UserSettings): ThreadReview {
  const me = ownerAddresses(signedIn, thread);
  const triaged = triage(thread, me);
  const correction = settings.kindCorrections[thread.id];
  const corrected = correction !== undefined && correction !== triaged.kind;
  const verdict = corrected ? { ...triaged, kind: correction, confidence: 1 } : triaged;
  const drafts = planDrafts({ verdict, thread, me, templates: effectiveTemplates(settings.templates), signOff: settings.signOff });
  return { thread, me, verdict, corrected, drafts };
}
