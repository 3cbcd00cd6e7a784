// Writes a file's triage as the JSON line the scoring script reads, or as a readable report.
import type { Person } from '../core/thread/thread';
import type { IntroKind } from '../core/triage/verdict';
import type { FileTriage } from './triage-file';

const KIND_WORDS: Record<IntroKind, string> = {
  intro: 'an introduction of you to someone',
  'my-intro': 'an introduction you made',
  'intro-request': 'a request that you introduce someone',
  'consent-ask': 'a question whether you are open to an introduction',
  other: 'not an introduction',
};

/** One JSON object on one line: kind, flags with evidence and reason, introducer and parties as addresses. */
export function toJsonLine(result: FileTriage): string {
  if ('error' in result) return JSON.stringify({ file: result.file, error: result.error });
  const { verdict } = result;
  return JSON.stringify({
    file: result.file,
    kind: verdict.kind,
    flags: verdict.flags.map(({ code, evidence, reason }) => ({ code, evidence, reason })),
    introducer: verdict.introducer?.email || null,
    parties: verdict.parties.map((party) => party.email).filter((email) => email !== ''),
    confidence: Math.round(verdict.confidence * 100) / 100,
  });
}

/** A few indented lines a person can read: the kind in words, who is who, and each flag with its evidence. */
export function toReport(result: FileTriage): string {
  if ('error' in result) return `${result.file}\n  error: ${result.error}`;
  const { verdict } = result;
  const lines = [result.file, `  ${KIND_WORDS[verdict.kind]} (confidence ${verdict.confidence.toFixed(2)})`];
  if (verdict.introducer) lines.push(`  introducer: ${describePerson(verdict.introducer)}`);
  if (verdict.parties.length) lines.push(`  parties: ${verdict.parties.map(describePerson).join(', ')}`);
  if (verdict.consent.shown) lines.push(`  consent shown: "${verdict.consent.evidence}"`);
  lines.push(verdict.flags.length ? '  flags:' : '  flags: none');
  for (const flag of verdict.flags) lines.push(`  - ${flag.code}: ${flag.reason}`, `      "${flag.evidence}"`);
  return lines.join('\n');
}

function describePerson(person: Person): string {
  if (!person.email) return person.name || '(unknown)';
  return person.name ? `${person.name} <${person.email}>` : person.email;
}
