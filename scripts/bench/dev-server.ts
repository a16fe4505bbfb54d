/**
 * One `astro dev` for the dev-loop bench: started from a checkout's own node_modules/.bin/astro on
 * a free port, in a process group of its own (so that stopping it stops its workers too, and a
 * Ctrl-C in the terminal reaches the bench, which stops it, rather than the server alone). Its
 * output goes to a log file, and the time of its last line is kept: the bench waits for the
 * server to fall quiet (its content check on save finished) before the next edit, as a writer
 * does not save twice within a second.
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { onCleanup } from './cleanup.ts';

export interface DevServer {
  /** The base URL, e.g. `http://127.0.0.1:43123`; follows the port the server reports. */
  origin(): string;
  /** performance.now() of the server's last output. */
  lastOutputAt(): number;
  /** Errors the server logged (`[ERROR]`, `…Error:`), but not the content check's messages. */
  errorLines(): string[];
  /** Set when the server exited before it was stopped. */
  exited(): string | undefined;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startDevServer(checkout: string, env: NodeJS.ProcessEnv, logFile: string): Promise<DevServer> {
  let port = await freePort();
  const bin = join(checkout, 'node_modules/.bin');
  const child = spawn(join(bin, 'astro'), ['dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: checkout,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
  });
  const log = createWriteStream(logFile);
  let last = performance.now();
  let exit: string | undefined;
  let pendingText = '';
  const errors: string[] = [];
  const onData = (chunk: Buffer) => {
    last = performance.now();
    log.write(chunk);
    const lines = (pendingText + chunk.toString('utf8')).split('\n');
    pendingText = lines.pop()!;
    for (const line of lines) {
      // Astro prints the port it listens on; Vite moves to another one if ours was taken meanwhile.
      const listening = /Local\s+https?:\/\/(?:127\.0\.0\.1|localhost):(\d+)/.exec(line);
      if (listening) port = Number(listening[1]);
      // The content check logs its report at error level when the content has errors (the corpus
      // plants some); that is the checker's output, not the server's failure.
      if ((/\[ERROR\]/.test(line) || /^\s*\w*Error:/.test(line)) && !line.includes('[content-check-on-save]')) errors.push(line);
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exitedPromise = new Promise<void>((resolve) =>
    child.on('exit', (code, signal) => {
      exit = `exited with ${signal ?? `code ${code}`}`;
      resolve();
    }),
  );
  const kill = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // The group is gone already.
    }
  };
  const undo = onCleanup(() => kill('SIGKILL'));
  return {
    origin: () => `http://127.0.0.1:${port}`,
    lastOutputAt: () => last,
    errorLines: () => errors,
    exited: () => exit,
    async stop() {
      if (!exit) {
        kill('SIGTERM');
        const deadline = setTimeout(() => kill('SIGKILL'), 10_000);
        await exitedPromise;
        clearTimeout(deadline);
      }
      // Workers the server started may outlive it: end the rest of its group.
      kill('SIGKILL');
      undo();
      await new Promise((resolve) => log.end(resolve));
    },
  };
}

/**
 * Fetches `url` every `pollMs` until its HTML contains `text`: the milliseconds from `since`, or,
 * after `timeoutMs`, what the attempts got, in order, with counts (a failure the caller records;
 * it does not throw).
 */
export async function waitForText(url: () => string, text: string, since: number, options: { pollMs: number; timeoutMs: number; server?: DevServer }): Promise<{ ms: number } | { attempts: string }> {
  const deadline = since + options.timeoutMs;
  const outcomes = new Map<string, number>();
  const attempts = () => [...outcomes].map(([outcome, n]) => `${outcome} ×${n}`).join(', ') || 'none';
  while (performance.now() < deadline) {
    const exited = options.server?.exited();
    if (exited) return { attempts: `${attempts()}; the server ${exited}` };
    let outcome: string;
    try {
      const response = await fetch(url(), { cache: 'no-store', signal: AbortSignal.timeout(Math.max(1, Math.ceil(deadline - performance.now()))) });
      const html = await response.text();
      if (response.ok && containsText(html, text)) return { ms: performance.now() - since };
      outcome = response.ok ? `HTTP ${response.status} without the text` : `HTTP ${response.status}`;
    } catch (error) {
      // Not listening yet (ECONNREFUSED), or the request was still open at the deadline.
      const cause = (error as Error & { cause?: { code?: string } }).cause?.code;
      outcome = `${(error as Error).message}${cause ? ` (${cause})` : ''}`;
    }
    outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    await sleep(options.pollMs);
  }
  return { attempts: attempts() };
}

/** `text` in HTML, as written or with the characters Astro escapes escaped. */
function containsText(html: string, text: string): boolean {
  const escaped = text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
  return html.includes(text) || html.includes(escaped);
}

/** Waits until the server has printed nothing for `quietMs` (at most `maxMs`), polling every `pollMs`. */
export async function waitQuiet(server: DevServer, options: { quietMs: number; maxMs: number; pollMs: number }): Promise<void> {
  const deadline = performance.now() + options.maxMs;
  while (performance.now() < deadline && !server.exited() && performance.now() - server.lastOutputAt() < options.quietMs) await sleep(options.pollMs);
}
