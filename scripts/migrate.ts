/**
 * `npm run migrate`: the legacy-docs importer and its migration check.
 *
 *   node scripts/migrate.ts <file-or-dir>... [--out content] [--locale <locale>] [--dry-run]
 *   node scripts/migrate.ts --check <file-or-dir>... [--out content]
 *
 * What the importer does, step by step: scripts/migrate/pipeline.ts, over one folder per stage
 * (read/, repair/, convert/, write/). All files: write/import-files.ts; one file:
 * convert/legacy-file.ts. The migration check, with its own reader of legacy files: verify/check.ts.
 */
import { parseArgs, usage, UsageError } from './migrate/cli-args.ts';
import { runCheck } from './migrate/verify/check.ts';
import { importFiles } from './migrate/write/import-files.ts';
import { printImport } from './migrate/write/print.ts';
import { terminalProgress } from './migrate/progress.ts';

function main(argv: readonly string[]): number {
  let args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`migrate: ${error.message}\n\n${usage}\n`);
    return 2;
  }
  if (args.mode === 'help') {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  if (args.mode === 'check') {
    const result = runCheck(args.inputs, { out: args.out });
    process.stdout.write(result.report);
    return result.exitCode;
  }
  const started = performance.now();
  const result = importFiles(args.inputs, { out: args.out, locale: args.locale, dryRun: args.dryRun, force: args.force, beside: args.beside, progress: terminalProgress() });
  process.stdout.write(printImport(result, process.cwd(), (performance.now() - started) / 1000));
  return result.exitCode;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`migrate: internal error: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
