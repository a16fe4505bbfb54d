/**
 * A worker thread: takes files from the shared counter (see pool.ts) until none is left, reads
 * and parses them, and sends back their models.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { drain, type WorkerData } from './pool.ts';

const { root, files, next } = workerData as WorkerData;
parentPort!.postMessage(drain(root, files, next));
