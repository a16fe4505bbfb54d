/** Runs a command and measures its wall time and peak memory (via GNU time when present). */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Measurement {
  seconds: number;
  /** Peak resident memory of the command and its children, in MiB (undefined without GNU time). */
  peakMiB: number | undefined;
  status: number | null;
  stdout: string;
  stderr: string;
}

const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

export function measure(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Measurement {
  const report = join(tmpdir(), `bench-time-${process.pid}-${Date.now()}.txt`);
  const [cmd, cmdArgs] = gnuTime ? [gnuTime, ['-f', '%M', '-o', report, command, ...args]] : [command, args];
  const started = performance.now();
  const result = spawnSync(cmd, cmdArgs, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, ...options.env }, cwd: options.cwd });
  const seconds = (performance.now() - started) / 1000;
  let peakMiB: number | undefined;
  if (gnuTime && existsSync(report)) {
    const kb = Number(readFileSync(report, 'utf8').trim().split('\n').at(-1));
    peakMiB = Number.isFinite(kb) ? kb / 1024 : undefined;
    rmSync(report, { force: true });
  }
  return { seconds, peakMiB, status: result.status, stdout: result.stdout, stderr: result.stderr };
}
