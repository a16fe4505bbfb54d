/**
 * A progress line for long imports, on a terminal only (never in a log or a pipe, which keep the
 * per-file messages as they are):
 *
 *   importing  312/534 files  26.4 files/s  about 8 s left
 *
 * redrawn in place at most ten times a second on standard error, and cleared when done.
 */
export interface Progress {
  tick(done: number, total: number): void;
  done(): void;
}

export const silentProgress: Progress = { tick() {}, done() {} };

export function terminalProgress(stream: NodeJS.WriteStream = process.stderr, label = 'importing'): Progress {
  if (!stream.isTTY) return silentProgress;
  const started = performance.now();
  let last = 0;
  let drawn = false;
  return {
    tick(done, total) {
      const now = performance.now();
      if (done < total && now - last < 100) return;
      last = now;
      const seconds = (now - started) / 1000;
      const rate = seconds > 0 ? done / seconds : 0;
      const left = rate > 0 ? Math.ceil((total - done) / rate) : undefined;
      const line = `${label}  ${String(done).padStart(String(total).length)}/${total} files  ${rate.toFixed(1)} files/s${left !== undefined ? `  about ${left} s left` : ''}`;
      stream.write(`\r\x1b[2K${line}`);
      drawn = true;
    },
    done() {
      if (drawn) stream.write('\r\x1b[2K');
    },
  };
}
