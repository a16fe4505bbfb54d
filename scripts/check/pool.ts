/**
 * Parses files on every core (extract.ts: the site's reader, src/lib/mdx/read-page.ts).
 *
 * The main thread parses too. For a large set it also starts worker threads (one per other
 * core, up to 3), and every thread takes the next file from a shared counter (a
 * SharedArrayBuffer with Atomics), so a worker still starting up simply takes fewer files and no
 * core waits for another. A small set is parsed in this thread only; so is a set this thread
 * finishes before any worker took a file (those workers are then stopped).
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { extractPage, unreadableModel } from './extract.ts';
import type { PageModel } from './model.ts';

/** A file to parse; its bytes when the caller already read them (else they are read here). */
export interface ExtractJob {
  file: string;
  bytes?: Uint8Array;
}

/** What a worker sends back: the indices (into the job list) it took, and their models. */
export interface WorkerResult {
  indices: number[];
  models: PageModel[];
}

export interface WorkerData {
  root: string;
  files: string[];
  /** Int32Array over a SharedArrayBuffer: [0] is the index of the next file to take. */
  next: Int32Array;
}

/**
 * Fewer files than this are parsed in this thread: a worker needs some 100–300 ms to load its
 * modules, and one core reads a few thousand pages a second (Sätteri's parse and the rules' model).
 */
const minFilesForWorkers = 400;
const maxWorkers = 3;

/** One file's model, reading it unless its bytes are given; a file that cannot be read gets a model that says so. */
export function extractFile(root: string, file: string, bytes?: Uint8Array): PageModel {
  if (!bytes) {
    try {
      bytes = readFileSync(join(root, file));
    } catch (error) {
      return unreadableModel(file, error);
    }
  }
  return extractPage(file, bytes);
}

/** Takes files from `next` until none is left; returns the indices taken and their models. */
export function drain(root: string, files: readonly string[], next: Int32Array, bytesOf?: (index: number) => Uint8Array | undefined): WorkerResult {
  const indices: number[] = [];
  const models: PageModel[] = [];
  for (;;) {
    const index = Atomics.add(next, 0, 1);
    if (index >= files.length) break;
    const file = files[index]!;
    indices.push(index);
    models.push(extractFile(root, file, bytesOf?.(index)));
  }
  return { indices, models };
}

export async function extractAll(root: string, jobs: readonly ExtractJob[]): Promise<PageModel[]> {
  const helpers = jobs.length < minFilesForWorkers ? 0 : Math.min(maxWorkers, availableParallelism() - 1);
  if (helpers < 1) return jobs.map((job) => extractFile(root, job.file, job.bytes));

  const files = jobs.map((job) => job.file);
  const next = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const workers: Worker[] = [];
  const results = Array.from(
    { length: helpers },
    () =>
      new Promise<WorkerResult>((resolve, reject) => {
        const worker = new Worker(new URL('./worker.ts', import.meta.url), {
          workerData: { root, files, next } satisfies WorkerData,
          // A larger young generation: a full parse makes many short-lived objects.
          resourceLimits: { maxYoungGenerationSizeMb: 96 },
        });
        workers.push(worker);
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`A content-check worker stopped (exit code ${code}) before it sent its results.`)));
      }),
  );

  const models = new Array<PageModel>(jobs.length);
  const mine = drain(root, files, next, (index) => jobs[index]!.bytes);
  mine.indices.forEach((index, i) => (models[index] = mine.models[i]!));
  if (mine.indices.length === jobs.length) {
    // This thread took every file: the workers are not needed (they may still be starting).
    for (const result of results) result.catch(() => {}); // a worker that failed to start did no harm
    for (const worker of workers) {
      worker.removeAllListeners();
      worker.on('error', () => {});
      worker.unref();
      void worker.terminate();
    }
    return models;
  }
  for (const result of await Promise.all(results)) result.indices.forEach((index, i) => (models[index] = result.models[i]!));
  return models;
}
