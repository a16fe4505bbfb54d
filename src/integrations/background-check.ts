/**
 * The content check, run beside the dev server rather than in it (issue 14: the writer's preview
 * loop). `npm run check` runs in a child process at a lower CPU priority, so a save is served as
 * soon as Astro has reloaded the page, and the check's messages follow in the terminal.
 *
 * One run at a time (the runs share the check's cache). A request during a run is remembered and
 * runs once when the run ends, however many saves came meanwhile; its reason names the last one.
 * The child gets an IPC channel, on which `npm run check` sends its counts of errors and warnings:
 * the dev server logs the report at its level without reading its wording.
 */
import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';

export interface CheckReport {
  /** Why the run was asked for, e.g. "Content check after en-us/partner-center/x.mdx changed". */
  why: string;
  /** 0: no errors, 1: errors, 2: the checker failed (npm run check's exit codes). */
  exitCode: number;
  /** What the check printed (its report, or why it failed). */
  text: string;
  /** The counts the check sent over its IPC channel (scripts/check.ts); absent when it sent none. */
  counts?: { errors: number; warnings: number } | undefined;
}

const isCounts = (value: unknown): value is { errors: number; warnings: number } =>
  typeof value === 'object' && value !== null && Number.isInteger((value as { errors?: unknown }).errors) && Number.isInteger((value as { warnings?: unknown }).warnings);

export interface BackgroundCheckOptions {
  /** The command line: the Node binary, then its arguments. */
  command: readonly [string, ...string[]];
  cwd: string;
  onReport: (report: CheckReport) => void;
  /** Niceness of the child process (Linux: 0 normal, 19 lowest). Default 10. */
  niceness?: number;
}

export interface BackgroundCheck {
  /** Ask for a run; it starts now, or after the run in progress. */
  request(why: string): void;
  /** Resolves when no run is in progress or waiting. */
  idle(): Promise<void>;
}

export function backgroundCheck(options: BackgroundCheckOptions): BackgroundCheck {
  const { command, cwd, onReport, niceness = 10 } = options;
  let running: Promise<void> | undefined;
  let waiting: string | undefined;

  const runOnce = (why: string) =>
    new Promise<void>((done) => {
      const [file, ...args] = command;
      // An IPC channel beside the output: the check sends its counts there (scripts/check.ts).
      const child = spawn(file, args, { cwd, stdio: ['ignore', 'pipe', 'pipe', 'ipc'], serialization: 'json', env: { ...process.env, FORCE_COLOR: '0' } });
      let counts: CheckReport['counts'];
      child.on('message', (message) => {
        if (isCounts(message)) counts = { errors: message.errors, warnings: message.warnings };
      });
      if (child.pid !== undefined) {
        try {
          setPriority(child.pid, niceness);
        } catch {
          // Not allowed here (some containers): the check still runs, at normal priority.
        }
      }
      let text = '';
      // Piped above (Node's types cannot tell with an IPC channel in the list).
      child.stdout!.on('data', (chunk: Buffer) => (text += chunk.toString()));
      child.stderr!.on('data', (chunk: Buffer) => (text += chunk.toString()));
      child.on('error', (error) => {
        onReport({ why, exitCode: 2, text: `The content check could not start: ${error.message}` });
        done();
      });
      child.on('close', (code) => {
        onReport({ why, exitCode: code ?? 2, text: text.trimEnd(), ...(counts ? { counts } : {}) });
        done();
      });
    });

  const loop = async (why: string) => {
    let next: string | undefined = why;
    while (next !== undefined) {
      waiting = undefined;
      await runOnce(next);
      next = waiting;
    }
    running = undefined;
  };

  return {
    request(why) {
      if (running) waiting = why;
      else running = loop(why);
    },
    async idle() {
      while (running) await running;
    },
  };
}
