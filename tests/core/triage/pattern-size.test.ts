// Each family of phrases compiles into one regular expression, which V8 optimises only while its source is under 20 KB.
import { oneMatcher } from '../../../src/core/text/patterns';
import { wordGates } from '../../../src/core/text/word-gates';
import { SALES_PATTERNS } from '../../../src/core/triage/sales-pitch';
import { triage } from '../../../src/core/triage/triage';

// Importing the triage makes every gate.
void triage;

// V8 compiles a pattern longer than this without optimising it (RegExpImpl::kRegExpTooLargeToOptimize, 20 KB).
const V8_OPTIMISES_BELOW = 20 * 1024;

// The families behind word gates, and the sales family, which every sentence reaches without one.
const FAMILIES: [string, readonly RegExp[]][] = [...wordGates().map((gate, i) => [`gated family ${i}`, gate.guards] as [string, readonly RegExp[]]), ['the sales family', SALES_PATTERNS]];

describe('phrase families', () => {
  it.each(FAMILIES)('%s compiles to a pattern V8 still optimises', (_name, patterns) => {
    for (const flags of new Set(patterns.map((pattern) => pattern.flags))) {
      const family = patterns.filter((pattern) => pattern.flags === flags);
      expect(oneMatcher(family).source.length).toBeLessThan(V8_OPTIMISES_BELOW);
    }
  });

  it.each(FAMILIES)('%s has had its ~ shorthand read (see phrase)', (_name, patterns) => {
    expect(patterns.filter((pattern) => /~/.test(pattern.source.replace(/\\.|\[[^\]]*\]/g, ''))).map((p) => p.source)).toEqual([]);
  });
});
