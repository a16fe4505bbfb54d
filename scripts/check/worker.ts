/** A worker thread: parses the files it is given and sends back their models. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { extractPage } from './extract.ts';

const { root, files } = workerData as { root: string; files: string[] };
parentPort!.postMessage(files.map((file) => extractPage(file, readFileSync(join(root, file)))));
