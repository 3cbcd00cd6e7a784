// The triage's answer for one thread, read by the sidebar, the CLI and the intro log alike.
import type { Person } from '../thread/thread';

export const INTRO_KINDS = ['intro', 'my-intro', 'intro-request', 'consent-ask', 'other'] as const;
export type IntroKind = (typeof INTRO_KINDS)[number];

export const FLAG_CODES = ['no-consent', 'no-benefit', 'brain-pick', 'contact-request', 'sales-pitch'] as const;
export type FlagCode = (typeof FLAG_CODES)[number];

/** The etiquette rules by number: 1 ask first, 2 offer a benefit, 3 reply fast and Bcc, 4 report back, 5 contacts stay private, 6 no obligation. */
export type EtiquetteRule = 1 | 2 | 3 | 4 | 5 | 6;

export interface Flag {
  code: FlagCode;
  /** The sentence or header that shows the problem, as it appears in the mail. */
  evidence: string;
  /** Plain words naming the rule broken. */
  reason: string;
  rule: EtiquetteRule;
  confidence: number;
}

export interface Verdict {
  kind: IntroKind;
  /** 0..1; the UI says "probably" below 0.75 and stays quiet on `other` below 0.5. */
  confidence: number;
  /** The sentence that shows what the thread is, '' for `other`. */
  kindEvidence: string;
  flags: Flag[];
  /** Who makes, proposes or (for requests) asks for the intro; `me` for my-intro; null for other. */
  introducer: Person | null;
  /** The other people introduced, or the requested target; address '' where none is known. */
  parties: Person[];
  /** Whether something in the thread shows the owner agreed beforehand, and the sentence that shows it. */
  consent: { shown: boolean; evidence: string };
  /** The sentence stating what the person whose time is asked would gain, when one does (intro, request, consent ask). */
  benefit?: { shown: boolean; evidence: string };
  /** 'en' when the engine read the thread; otherwise the verdict is `other` or low confidence with no flags. */
  language: 'en' | 'unsupported';
}
