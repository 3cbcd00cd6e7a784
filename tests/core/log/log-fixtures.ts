// Threads, verdicts and records the intro log tests share.
import type { IntroRecord } from '../../../src/core/log/intro-record';
import type { ThreadFacts } from '../../../src/core/log/log-thread';
import type { Message, Person } from '../../../src/core/thread/thread';
import type { IntroKind, Verdict } from '../../../src/core/triage/verdict';

export const ME = 'me@example.com';
export const DANA: Person = { name: 'Dana West', email: 'dana@example.org' };
export const TOMAS: Person = { name: 'Tomás Ruiz', email: 'tomas@example.net' };

export function day(iso: string): Date {
  return new Date(`${iso}T09:00:00Z`);
}

export function message(from: Person, date: Date, id = `m-${date.getTime()}-${from.email}`): Message {
  return {
    id, from, to: [], cc: [], bcc: [], deliveredTo: [], date, subject: 'Meet Tomás',
    newText: '', quoted: [], forwarded: [], signature: '',
  };
}

export function facts(options: { kind?: IntroKind; threadId?: string; subject?: string; messages?: Message[]; introducer?: Person; parties?: Person[] } = {}): ThreadFacts {
  const verdict: Verdict = {
    kind: options.kind ?? 'intro', confidence: 0.9, kindEvidence: 'Dana, meet Tomás.',
    flags: [{ code: 'no-consent', evidence: 'I told him you would help.', reason: 'not asked first', rule: 1, confidence: 0.8 }],
    introducer: options.introducer ?? DANA, parties: options.parties ?? [TOMAS],
    consent: { shown: false, evidence: '' }, language: 'en',
  };
  return {
    thread: { id: options.threadId ?? 't-1', subject: options.subject ?? 'Meet Tomás', messages: options.messages ?? [message(DANA, day('2026-11-02'))] },
    verdict,
    me: [ME],
  };
}

export function record(overrides: Partial<IntroRecord> = {}): IntroRecord {
  return {
    threadId: 't-1', threadLink: 'https://mail.google.com/mail/#all/t-1', subject: 'Meet Tomás', kind: 'intro',
    myRole: 'introduced', introducer: DANA, otherParties: [TOMAS], flags: ['no-consent'], consent: 'not asked',
    consentAskedOn: null, reply: 'awaiting reply', introSentOn: day('2026-11-02'), followUpDue: day('2026-11-03'),
    outcome: null, outcomeNote: '', loggedAt: day('2026-11-02'),
    ...overrides,
  };
}
