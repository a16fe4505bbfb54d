/**
 * The writer's preview loop, measured once (issue 14): `astro dev` started from cold caches in a
 * checkout, the time until it serves a known content page (its title in the HTML), then N saves
 * of that same page, each adding a new marker sentence, and the time until the page's HTML holds
 * it. The same page every time: a writer edits the page they are previewing; other pages would add
 * their first render to the figure. Between saves the bench waits until the server falls quiet (its
 * content check on save done), as a writer does not save twice within a second.
 *
 * Cold caches: the checkout's .astro (the dev data store), node_modules/.vite (Vite's dependency
 * cache), node_modules/.astro and .cache (the content check's) are deleted before the start, and
 * ASTRO_CACHE_DIR points at a new temporary folder. The checkout must have a node_modules folder
 * of its own (bench-checkouts.ts makes one of links): deleting the caches inside a linked
 * node_modules would delete another checkout's. The page is put back in a `finally`, and on Ctrl-C.
 */
import { randomUUID } from 'node:crypto';
import { lstatSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPage } from '../../src/lib/mdx/read-page.ts';
import { onCleanup } from './cleanup.ts';
import { startDevServer, waitForText, waitQuiet, type DevServer } from './dev-server.ts';

export interface DevLoopOptions {
  /** The content root given to the site as CONTENT_DIR; without it, the checkout's own content/. */
  contentDir?: string | undefined;
  /** The page to load and save, as its path under the content root without `.mdx`. */
  page: string;
  edits: number;
  logFile: string;
  pollMs?: number;
  startTimeoutMs?: number;
  saveTimeoutMs?: number;
}

export interface DevLoopRun {
  /** Spawning `astro dev` → the page served with its title; undefined if it never was. */
  startSeconds: number | undefined;
  /** Each save's write → the page served with the new text; undefined for a save never served. */
  saves: { seconds: number | undefined }[];
  failures: string[];
  /** Errors the server logged, the content check's messages left out (dev-server.ts). */
  errorLines: string[];
  logFile: string;
}

const quiet = { quietMs: 1000, maxMs: 60_000 };

export async function benchDevLoop(checkout: string, options: DevLoopOptions): Promise<DevLoopRun> {
  const { pollMs = 25, startTimeoutMs = 300_000, saveTimeoutMs = 60_000, logFile } = options;
  const file = join(options.contentDir ?? join(checkout, 'content'), `${options.page}.mdx`);
  const original = readFileSync(file, 'utf8');
  const data = readPage(original, file).frontmatter?.data;
  const title = String((data as { title?: unknown } | undefined)?.title);
  const run: DevLoopRun = { startSeconds: undefined, saves: [], failures: [], errorLines: [], logFile };
  const cacheDir = coldCaches(checkout);
  const dropCache = onCleanup(() => rmSync(cacheDir, { recursive: true, force: true }));
  const restore = onCleanup(() => writeFileSync(file, original));
  let server: DevServer | undefined;
  try {
    const env = { ASTRO_CACHE_DIR: cacheDir, ...(options.contentDir ? { CONTENT_DIR: options.contentDir } : {}) };
    const started = performance.now();
    const dev = (server = await startDevServer(checkout, env, logFile));
    const url = () => `${dev.origin()}/${options.page}/`;
    const why = (failed: { attempts: string }) => `requests: ${failed.attempts}; log: ${logFile}`;
    const first = await waitForText(url, title, started, { pollMs, timeoutMs: startTimeoutMs, server: dev });
    if (!('ms' in first)) {
      run.failures.push(`start: ${url()} did not serve a page titled "${title}" within ${startTimeoutMs / 1000} s (${why(first)})`);
      return run;
    }
    run.startSeconds = first.ms / 1000;
    await waitQuiet(dev, { ...quiet, pollMs });
    const id = randomUUID().slice(0, 8);
    for (let i = 1; i <= options.edits; i++) {
      const marker = `Dev loop bench marker ${id} number ${i}.`;
      const written = performance.now();
      writeFileSync(file, `${original.trimEnd()}\n\n${marker}\n`);
      const served = await waitForText(url, marker, written, { pollMs, timeoutMs: saveTimeoutMs, server: dev });
      run.saves.push({ seconds: 'ms' in served ? served.ms / 1000 : undefined });
      if (!('ms' in served)) run.failures.push(`save ${i}: ${url()} did not serve "${marker}" within ${saveTimeoutMs / 1000} s (${why(served)})`);
      await waitQuiet(dev, { ...quiet, pollMs });
    }
    return run;
  } finally {
    restore();
    await server?.stop();
    dropCache();
    run.errorLines = server?.errorLines() ?? []; // on the object returned above, with the lines up to the stop
  }
}

/** Deletes the checkout's caches (see the header) and returns a new, empty ASTRO_CACHE_DIR. */
function coldCaches(checkout: string): string {
  const modules = join(checkout, 'node_modules');
  if (lstatSync(modules).isSymbolicLink()) {
    throw new Error(`${modules} is a link to another node_modules: its .vite cache is shared, and the bench would delete it. Run the bench in a checkout made by bench-checkouts.ts (a node_modules folder of links).`);
  }
  for (const cache of ['.astro', 'node_modules/.vite', 'node_modules/.astro', '.cache']) rmSync(join(checkout, cache), { recursive: true, force: true });
  return mkdtempSync(join(tmpdir(), 'partner-docs-dev-cache-'));
}
