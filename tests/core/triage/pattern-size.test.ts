// Each family of phrases compiles into one regular expression, which V8 optimises only while its source is under 20 KB.
import { oneMatcher } from '../../../src/core/text/patterns';
import { wordGates } from '../../../src/core/text/word-gates';
import { triage } from '../../../src/core/triage/triage';

// Importing the triage makes every gate.
void triage;

// V8 compiles a pattern longer than this without optimising it (RegExpImpl::kRegExpTooLargeToOptimize, 20 KB).
const V8_OPTIMISES_BELOW = 20 * 1024;

describe('phrase families', () => {
  it.each(wordGates().map((gate, i) => [i, gate] as const))('family %i compiles to a pattern V8 still optimises', (_i, gate) => {
    for (const flags of new Set(gate.guards.map((pattern) => pattern.flags))) {
      const family = gate.guards.filter((pattern) => pattern.flags === flags);
      expect(oneMatcher(family).source.length).toBeLessThan(V8_OPTIMISES_BELOW);
    }
  });
});
