// Child process of the scale benchmark's CPU ceiling: codes synthetic dispatches with no database and no
// stream, so that one copy alone and two copies at once show what this machine's cores give to the
// extractor when both are busy. Prints "ready" once warmed up, waits for a line on stdin, codes
// CODE_LOOP_DOCS documents, then prints the elapsed milliseconds.
import { createInterface } from 'node:readline';
import { codeDocument } from '../src/pipeline/ingest.js';
import { syntheticDocuments } from '../src/scale/synthetic.js';
import { warmUpPipeline } from '../src/scale/worker.js';

const docs = syntheticDocuments(Number(process.env.CODE_LOOP_DOCS ?? 1_500), 7);
await warmUpPipeline();
process.stdout.write('ready\n');
const lines = createInterface({ input: process.stdin });
await new Promise<void>((resolve) => lines.once('line', () => resolve()));
const started = performance.now();
for (const doc of docs) codeDocument(doc);
process.stdout.write(`${performance.now() - started}\n`);
lines.close();
