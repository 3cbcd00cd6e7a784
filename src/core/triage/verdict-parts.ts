// Builds verdicts and flags, so every kind of answer has the same shape.
import type { Person } from '../thread/thread';
import type { Flag, FlagCode, IntroKind, Verdict } from './verdict';
import { FLAG_RULES, reasonFor } from './reasons';

export function baseVerdict(kind: IntroKind, confidence: number, evidence: string, introducer: Person, parties: Person[]): Verdict {
  return {
    kind,
    confidence,
    kindEvidence: evidence,
    flags: [],
    introducer,
    parties,
    consent: { shown: false, evidence: '' },
    language: 'en',
  };
}

export function otherVerdict(confidence: number): Verdict {
  return {
    kind: 'other', confidence, kindEvidence: '', flags: [], introducer: null, parties: [],
    consent: { shown: false, evidence: '' }, language: 'en',
  };
}

export function flag(code: FlagCode, evidence: string, who: string, confidence: number): Flag {
  return { code, evidence, reason: reasonFor(code, who), rule: FLAG_RULES[code], confidence };
}
