// One intro as the log keeps it: one row per thread, with consent, reply and outcome tracking.
import type { Person } from '../thread/thread';
import type { FlagCode, IntroKind } from '../triage/verdict';

export const CONSENT_STATES = ['not asked', 'asked', 'yes', 'no', 'no reply, treated as no'] as const;
export type ConsentState = (typeof CONSENT_STATES)[number];

export const REPLY_STATES = ['awaiting reply', 'replied'] as const;
export type ReplyState = (typeof REPLY_STATES)[number];

export const OUTCOMES = ['met', 'working together', 'hired', 'invested', 'no fit', 'no response', 'declined'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const MY_ROLES = ['introduced', 'introducer', 'asked to introduce', 'asked for consent', 'other'] as const;
export type MyRole = (typeof MY_ROLES)[number];

export interface IntroRecord {
  threadId: string;
  threadLink: string;
  subject: string;
  kind: IntroKind;
  myRole: MyRole;
  /** Who made or proposed the intro; for an intro request, the person asking for it. */
  introducer: Person;
  /** The people I am introduced to, or the target of a request; both parties of my own intros. */
  otherParties: Person[];
  flags: FlagCode[];
  consent: ConsentState;
  /** When I asked the other party for consent; kept after the answer so "ask once" can tell. */
  consentAskedOn: Date | null;
  reply: ReplyState;
  /** When the first message of the thread was sent; due dates count from it. */
  introSentOn: Date;
  /** When the add-on next wants the user's attention; the user may move it by hand. */
  followUpDue: Date | null;
  outcome: Outcome | null;
  outcomeNote: string;
  loggedAt: Date;
}

const ROLE_BY_KIND: Record<IntroKind, MyRole> = {
  intro: 'introduced',
  'my-intro': 'introducer',
  'intro-request': 'asked to introduce',
  'consent-ask': 'asked for consent',
  other: 'other',
};

/** The role the log records for the owner of a thread of this kind. */
export function roleForKind(kind: IntroKind): MyRole {
  return ROLE_BY_KIND[kind];
}

/** Where the thread opens in Gmail; the account index is left to Gmail's own redirect. */
export function threadLinkFor(threadId: string): string {
  return `https://mail.google.com/mail/#all/${encodeURIComponent(threadId)}`;
}
