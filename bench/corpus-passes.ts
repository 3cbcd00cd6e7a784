// Triages the sample corpus PASSES times (default 150) in one process, for counting its instructions:
//   PASSES=30 valgrind --tool=callgrind node --predictable scripts/run-ts.mjs bench/corpus-passes.ts
// An instruction count does not depend on what else the machine is doing, so two versions compare on it. Less the
// count for PASSES=10 and divided by 20, it is one warm pass without start-up and pattern compiling; --predictable
// keeps the JIT from moving the count between runs of the same code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readMailFile } from '../src/cli/mail-file';
import { buildThread } from '../src/core/thread/build-thread';
import { triage } from '../src/core/triage/triage';
import { CORPUS_DIR } from './fixtures/corpus';

const passes = Number(process.env.PASSES ?? 150);
const labels = JSON.parse(readFileSync(join(CORPUS_DIR, 'labels.json'), 'utf8')) as { file: string; me: string }[];
const corpus = await Promise.all(labels.map(async ({ file, me }) => ({ raws: await readMailFile(join(CORPUS_DIR, file)), me })));
for (let pass = 0; pass < passes; pass++) for (const { raws, me } of corpus) triage(buildThread(raws), me);
console.log(`${passes} passes over ${corpus.length} threads`);
