/**
 * `npm run migrate`: the legacy-docs importer and its migration check.
 *
 *   node scripts/migrate.ts <file-or-dir>... [--out content] [--locale <locale>] [--dry-run]
 *   node scripts/migrate.ts --check <file-or-dir>... [--out content]
 *
 * Reading a legacy file:   scripts/migrate/input-text.ts, front-matter.ts, body-lines.ts
 * Legacy constructs:       heading-spacing, docfx-image, docfx-no-loc, include, html-tree,
 *                          side-by-side, html-elements, html-table, anchors, h1, applies-to,
 *                          alerts, links (one module each)
 * Front matter and locale: front-matter-map.ts, title-suffix.ts, translated-keys.ts, locale.ts, slug.ts
 * English pages:           side-by-side.ts (variants), english-recovery.ts, supplied-english.ts
 * One file / all files:    convert.ts, merge-pages.ts, import-files.ts, mdx-output.ts
 * The migration check:     check.ts
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
