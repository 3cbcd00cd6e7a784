// Decides what a thread is for its owner and what it breaks of the intro etiquette.
import type { Thread } from '../thread/thread';
import type { Verdict } from './verdict';

/** Triage of a whole thread from the point of view of `me` (the owner's address, or all their aliases). */
export function triage(_thread: Thread, _me: string | readonly string[]): Verdict {
  // Interim: the engine lands in the next commits.
  return {
    kind: 'other', confidence: 0, kindEvidence: '', flags: [], introducer: null, parties: [],
    consent: { shown: false, evidence: '' }, language: 'en',
  };
}
