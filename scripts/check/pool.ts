/**
 * Parses files on every core: the files are split among worker threads (one per core, up to 4);
 * a small set is parsed in this thread, where starting workers would cost more than it saves.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { extractPage } from './extract.ts';
import type { PageModel } from './model.ts';

const minFilesPerWorker = 150;

export async function extractAll(root: string, jobs: { file: string; bytes: Uint8Array }[]): Promise<PageModel[]> {
  const workers = Math.min(4, availableParallelism(), Math.floor(jobs.length / minFilesPerWorker));
  if (workers < 2) return jobs.map((job) => extractPage(job.file, job.bytes));
  // Interleave so each worker gets a similar mix of file sizes.
  const chunks: string[][] = Array.from({ length: workers }, () => []);
  jobs.forEach((job, i) => chunks[i % workers]!.push(job.file));
  const results = await Promise.all(
    chunks.map(
      (files) =>
        new Promise<PageModel[]>((resolve, reject) => {
          const worker = new Worker(new URL('./worker.ts', import.meta.url), {
            workerData: { root, files },
            // A larger young generation: parsing makes many short-lived objects.
            resourceLimits: { maxYoungGenerationSizeMb: 96 },
          });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    ),
  );
  return results.flat();
}
