// Triage of one corpus thread in a fresh process, printed as milliseconds: what an add-on run that starts cold pays.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readMailFile } from '../src/cli/mail-file';
import { buildThread } from '../src/core/thread/build-thread';
import { triage } from '../src/core/triage/triage';
import { CORPUS_DIR } from './fixtures/corpus';

const [first] = JSON.parse(readFileSync(join(CORPUS_DIR, 'labels.json'), 'utf8')) as { file: string; me: string }[];
const raws = await readMailFile(join(CORPUS_DIR, first.file));
const started = performance.now();
triage(buildThread(raws), first.me);
console.log(performance.now() - started);
