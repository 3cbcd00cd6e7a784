// Accuracy of the triage on every labelled corpus, measured the way the scoring script measures it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR } from '../../../bench/fixtures/corpus';
import { readMailFile } from '../../../src/cli/mail-file';
import { buildThread } from '../../../src/core/thread/build-thread';
import { triage } from '../../../src/core/triage/triage';
import { FLAG_CODES, type FlagCode, type Verdict } from '../../../src/core/triage/verdict';

interface Label { id: string; file: string; me: string; kind: string; flags: string[]; introducer: string; parties: string[] }

interface Score {
  kindAccuracy: number;
  flagF1: Record<FlagCode, number>;
  introducerRight: number;
  wrong: string[];
}

async function score(dir: string): Promise<Score> {
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Label[];
  const counts = Object.fromEntries(FLAG_CODES.map((code) => [code, { tp: 0, fp: 0, fn: 0 }])) as Record<FlagCode, { tp: number; fp: number; fn: number }>;
  let kindRight = 0;
  let introducerAsked = 0;
  let introducerRight = 0;
  const wrong: string[] = [];
  for (const label of labels) {
    const verdict: Verdict = triage(buildThread(await readMailFile(join(dir, label.file))), label.me);
    if (verdict.kind === label.kind) kindRight++;
    else wrong.push(`${label.id}: ${label.kind} answered ${verdict.kind}`);
    if (verdict.kind === label.kind && label.kind !== 'other' && label.introducer) {
      introducerAsked++;
      if (verdict.introducer?.email === label.introducer) introducerRight++;
    }
    const got = new Set(verdict.flags.map((flag) => flag.code));
    for (const code of FLAG_CODES) {
      const want = label.flags.includes(code);
      if (want && got.has(code)) counts[code].tp++;
      else if (got.has(code)) counts[code].fp++;
      else if (want) counts[code].fn++;
    }
  }
  const f1 = ({ tp, fp, fn }: { tp: number; fp: number; fn: number }) => (tp + fp + fn === 0 ? 1 : (2 * tp) / (2 * tp + fp + fn));
  return {
    kindAccuracy: kindRight / labels.length,
    flagF1: Object.fromEntries(FLAG_CODES.map((code) => [code, f1(counts[code])])) as Record<FlagCode, number>,
    introducerRight: introducerAsked ? introducerRight / introducerAsked : 1,
    wrong,
  };
}

// The shared sample corpus carries the bar; the project's own corpora (written and published mail that the
// rules were not written from case by case) hold the engine to nearly the same one. Each entry: a name, a folder,
// the lowest kind accuracy and the lowest flag F1, one for every flag or one for each flag that has a floor.
const CORPORA: Array<[string, string, number, number | Partial<Record<FlagCode, number>>]> = [
  ['the shared sample corpus', CORPUS_DIR, 0.92, 0.85],
  ['the written test corpus', 'tests/corpus', 0.9, 0.85],
  ['the published-intro corpus', 'tests/corpus-published', 0.9, 0.8],
  ['the validation corpus', 'tests/corpus-validation', 0.9, 0.8],
  ['the holdout corpus', 'tests/corpus-holdout', 0.85, 0.7],
  ['the second holdout corpus', 'tests/corpus-holdout-2', 0.85, 0.7],
  ['the third holdout corpus', 'tests/corpus-holdout-3', 0.85, 0.7],
  ['the fourth holdout corpus', 'tests/corpus-holdout-4', 0.85, 0.7],
  ['the fifth holdout corpus', 'tests/corpus-holdout-5', 0.85, 0.7],
  ['the sixth holdout corpus', 'tests/corpus-holdout-6', 0.85, 0.7],
  ['the seventh holdout corpus', 'tests/corpus-holdout-7', 0.9, 0.85],
  ['the eighth holdout corpus', 'tests/corpus-holdout-8', 0.9, 0.85],
  ['the ninth holdout corpus', 'tests/corpus-holdout-9', 0.9, 0.85],
  ['the tenth holdout corpus', 'tests/corpus-holdout-10', 0.9, 0.6],
  ['the eleventh holdout corpus', 'tests/corpus-holdout-11', 0.9, 0.6],
  // Written after every other rule, in everyday words; only its sales pitches were tuned on, much later.
  ['the twelfth holdout corpus', 'tests/corpus-holdout-12', 0.8, 0.6],
  ['the thirteenth holdout corpus', 'tests/corpus-holdout-13', 0.95, 0.85],
  ['the fourteenth holdout corpus', 'tests/corpus-holdout-14', 0.95, 0.6],
  ['the fifteenth holdout corpus', 'tests/corpus-holdout-15', 0.9, 0.8],
  ['the sixteenth holdout corpus', 'tests/corpus-holdout-16', 0.9, 0.8],
  ['the seventeenth holdout corpus', 'tests/corpus-holdout-17', 0.9, 0.75],
  ['the eighteenth holdout corpus', 'tests/corpus-holdout-18', 0.9, 0.75],
  // Written after every rule of this release and not tuned on, like the twelfth: a floor, not a goal.
  ['the nineteenth holdout corpus', 'tests/corpus-holdout-19', 0.85, 0.45],
  ['the twentieth holdout corpus', 'tests/corpus-holdout-20', 0.95, 0.85],
  // Tuned on in the release after it was written.
  ['the twenty-first holdout corpus', 'tests/corpus-holdout-21', 0.8, 0.65],
  // Written after every rule of this release and not tuned on: a floor against regressions, not a goal. Its sales
  // pitches are the engine's weakest point on fresh mail.
  ['the twenty-second holdout corpus', 'tests/corpus-holdout-22', 0.8, 0.3],
  // Written blind after the first rules of this release, with the sample's convention that a free estimate is a benefit.
  ['the twenty-third holdout corpus', 'tests/corpus-holdout-23', 0.95, 0.85],
  // Written blind far from startup mail (clinics, trades, law, parishes, clubs); tuned on after it was scored.
  ['the twenty-fourth holdout corpus', 'tests/corpus-holdout-24', 0.85, 0.45],
  // Written blind after the previous release and not tuned on then; its advice asks and pitches were tuned on in this one.
  ['the twenty-fifth holdout corpus', 'tests/corpus-holdout-25', 0.85, 0.75],
  // Written blind from published mail after this release's first rules; scored untuned (82.5% kind, as the previous
  // release), then tuned on.
  ['the twenty-sixth holdout corpus', 'tests/corpus-holdout-26', 0.85, 0.55],
  // Written blind in everyday settings at the same time; scored untuned (75.0% kind, as the previous release), then
  // tuned on.
  ['the twenty-seventh holdout corpus', 'tests/corpus-holdout-27', 0.85, 0.6],
  // Written blind after this release's rules and scored before any was drawn from them (90.0% kind over the four,
  // against 88.8% for the previous release); a few of their misses became rules after. Sales pitches are the weakest flag.
  ['the twenty-eighth holdout corpus', 'tests/corpus-holdout-28', 0.9, 0.4],
  ['the twenty-ninth holdout corpus', 'tests/corpus-holdout-29', 0.85, 0.45],
  ['the thirtieth holdout corpus', 'tests/corpus-holdout-30', 0.85, 0.4],
  ['the thirty-first holdout corpus', 'tests/corpus-holdout-31', 0.85, 0.5],
  // Written blind after this release's second round of rules and scored before the third drew on them.
  ['the thirty-second holdout corpus', 'tests/corpus-holdout-32', 0.8, 0.55],
  ['the thirty-third holdout corpus', 'tests/corpus-holdout-33', 0.9, 0.55],
  // Written blind after every rule of this release and not tuned on: floors against regressions, not goals.
  ['the thirty-fourth holdout corpus', 'tests/corpus-holdout-34', 0.85, 0.5],
  ['the thirty-fifth holdout corpus', 'tests/corpus-holdout-35', 0.9, 0.45],
];

describe.each(CORPORA.filter(([, dir]) => existsSync(join(dir, 'labels.json'))))('triage on %s', (_name, dir, minKind, minF1) => {
  let result: Score;
  beforeAll(async () => {
    result = await score(dir);
  }, 60_000);

  it(`gets the kind right on at least ${minKind * 100}% of threads`, () => {
    // On failure the wrong cases are listed with the figure.
    expect({ accuracy: result.kindAccuracy >= minKind ? 'met' : result.kindAccuracy, wrong: result.kindAccuracy >= minKind ? [] : result.wrong }).toEqual({ accuracy: 'met', wrong: [] });
  });

  const floors = FLAG_CODES.flatMap((code) => {
    const floor = typeof minF1 === 'number' ? minF1 : minF1[code];
    return floor === undefined ? [] : [[code, floor] as const];
  });
  it.each(floors)('finds %s with an F1 of at least %s', (code, floor) => {
    expect(result.flagF1[code]).toBeGreaterThanOrEqual(floor);
  });

  it('names the introducer right where the kind is right', () => {
    expect(result.introducerRight).toBeGreaterThanOrEqual(0.95);
  });
});
