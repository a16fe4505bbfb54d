/**
 * Undo steps that must run however the bench ends: a content file put back, a dev server's
 * process group killed, a temporary git worktree removed. Each is registered when its resource is
 * made and run by the code that made it (in a `finally`); on Ctrl-C or SIGTERM the ones still
 * registered run here, newest first, before the process exits, since Node skips `finally` blocks
 * when a signal ends it.
 */
const pending: (() => void)[] = [];
let installed = false;

function runPending(): void {
  while (pending.length) {
    const undo = pending.pop()!;
    try {
      undo();
    } catch (error) {
      console.error(`bench: cleanup failed: ${(error as Error).message}`);
    }
  }
}

/** Registers `undo` (synchronous) and returns a function that runs it once and unregisters it. */
export function onCleanup(undo: () => void): () => void {
  if (!installed) {
    installed = true;
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.on(signal, () => {
        console.error(`\nbench: ${signal}: cleaning up…`);
        runPending();
        process.exit(130);
      });
    }
  }
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    const i = pending.indexOf(run);
    if (i >= 0) pending.splice(i, 1);
    undo();
  };
  pending.push(run);
  return run;
}
