// Hand-made threads and verdicts for the draft and card tests.
import { buildThread } from '../../../src/core/thread/build-thread';
import type { RawMessage, Thread } from '../../../src/core/thread/thread';
import type { Flag, Verdict } from '../../../src/core/triage/verdict';

export const ME = 'priya@northwind.example.com';
export const DANA = { name: 'Dana Whitfield', email: 'dana@whitfield.example.org' };
export const TOMAS = { name: 'Tomás Ferreira', email: 'tomas@larkspur.example.net' };

let counter = 0;
/** One raw message; ids are unique and dates ascend in creation order. */
export function raw(fields: Partial<RawMessage> & Pick<RawMessage, 'from' | 'to'>): RawMessage {
  counter += 1;
  return {
    id: `m${counter}`, cc: '', bcc: '', deliveredTo: '', date: new Date(Date.UTC(2026, 0, 1, 0, counter)),
    subject: 'Dana <> Priya: freight pilot', plainBody: 'Hello', htmlBody: '', ...fields,
  };
}

export function threadOf(...raws: RawMessage[]): Thread {
  return buildThread(raws, 'thread-1');
}

/** The intro Dana sends to Priya and Tomás. */
export function introThread(...replies: RawMessage[]): Thread {
  return threadOf(
    raw({ id: 'intro', from: '"Dana Whitfield" <dana@whitfield.example.org>', to: `"Priya Raman" <${ME}>, "Tomás Ferreira" <tomas@larkspur.example.net>`, deliveredTo: ME, plainBody: 'Priya, meet Tomás. He runs freight pilots.' }),
    ...replies,
  );
}

export function verdict(fields: Partial<Verdict>): Verdict {
  return {
    kind: 'intro', confidence: 0.9, kindEvidence: 'Priya, meet Tomás.', flags: [], introducer: DANA, parties: [TOMAS],
    consent: { shown: false, evidence: '' }, language: 'en', ...fields,
  };
}

export function flag(fields: Partial<Flag>): Flag {
  return { code: 'no-consent', evidence: 'Priya, meet Tomás.', reason: 'Nothing shows you agreed to this intro first.', rule: 1, confidence: 0.9, ...fields };
}
