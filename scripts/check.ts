/**
 * `npm run check`: every problem a reader would hit in the content, with its place and its fix.
 * Exit 0: no errors; 1: errors; 2: a usage or internal error.
 *
 *   args.ts      the command line
 *   run.ts       one parse of every page (extract.ts, in worker threads: pool.ts; cached: cache.ts),
 *                then every rule (rules/, one module a rule) over all pages
 *   report.ts    grouped text or JSON
 */
import { enableCompileCache } from 'node:module';

// Node keeps the compiled code of the checker on disk, so the next run starts sooner.
enableCompileCache();
const { parseCheckArgs, usage } = await import('./check/args.ts');
const { formatJson, formatText } = await import('./check/report.ts');
const { runCheck, UsageError } = await import('./check/run.ts');

try {
  const args = parseCheckArgs(process.argv.slice(2));
  const result = await runCheck({ root: args.root, strict: args.strict, ...(args.cache ? {} : { cache: false }) });
  console.log(args.format === 'json' ? formatJson(result, args.root) : formatText(result, args.root));
  // Run by the dev server (src/integrations/background-check.ts, with an IPC channel): the counts,
  // so that it logs the report at its level without reading the text.
  process.send?.({ errors: result.errors, warnings: result.warnings });
  process.exitCode = result.errors > 0 ? 1 : 0;
} catch (error) {
  if (error instanceof UsageError) console.error(error.message);
  else console.error(`The content check itself failed; this is a bug in the checker, not in your content:\n${(error as Error).stack ?? error}\n${usage}`);
  process.exitCode = 2;
}
