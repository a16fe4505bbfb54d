/** `migrate.ts` arguments. A mistake here is a usage error (exit 2). */
import { isLocale, localeSlugs, type Locale } from '../../src/config/locales.ts';

export interface Args {
  mode: 'import' | 'check' | 'help';
  inputs: string[];
  out: string;
  locale: Locale | undefined;
  dryRun: boolean;
  /** Replace pages a writer changed since the last import. */
  force: boolean;
  /** Write the new import of such a page beside it (`.mdx.new`). */
  beside: boolean;
}

/**
 * The repository's legacy sources, in order of precedence (the seeds win over the 2018 docset
 * where both give a page): what `npm run migrate` imports when no path is given.
 */
export const defaultInputs: readonly string[] = ['content/legacy/seeds', 'content/legacy/partner-center-pr-2018'];

export const usage = `Usage:
  node scripts/migrate.ts [<file-or-dir>...] [--out content] [--locale <locale>] [--dry-run] [--force | --beside]
  node scripts/migrate.ts --check [<file-or-dir>...] [--out content]

Without paths: ${defaultInputs.join(' ')} (a page given by two inputs comes from the first).

Imports legacy Microsoft Docs (DocFX) Markdown into content/<locale>/partner-center/<slug>.mdx,
or (--check) compares legacy files with the imported pages.
Locales: ${localeSlugs.join(', ')}.
Exit codes: 0 ok, 1 a file failed or something was lost, 2 usage error.`;

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): Args {
  const args: Args = { mode: 'import', inputs: [], out: 'content', locale: undefined, dryRun: false, force: false, beside: false };
  let check = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (name: string) => {
      const eq = arg.indexOf('=');
      if (eq !== -1) return arg.slice(eq + 1);
      const next = argv[++i];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${name} needs a value`);
      return next;
    };
    if (arg === '--help' || arg === '-h') args.mode = 'help';
    else if (arg === '--check') check = true;
    else if (arg === '--dry-run') args.dryRun = true;
    else if (arg === '--force') args.force = true;
    else if (arg === '--beside') args.beside = true;
    else if (arg === '--out' || arg.startsWith('--out=')) args.out = value('--out');
    else if (arg === '--locale' || arg.startsWith('--locale=')) {
      const locale = value('--locale').toLowerCase();
      if (!isLocale(locale)) throw new UsageError(`Unknown locale "${locale}"; use one of ${localeSlugs.join(', ')}`);
      args.locale = locale;
    } else if (arg === '--') {
      args.inputs.push(...argv.slice(i + 1));
      break;
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`Unknown option "${arg}"`);
    else args.inputs.push(arg);
  }
  if (args.mode === 'help') return args;
  if (check) {
    args.mode = 'check';
    if (args.locale !== undefined || args.dryRun || args.force || args.beside) throw new UsageError('--check takes only files or directories and --out');
  }
  if (args.inputs.length === 0) args.inputs.push(...defaultInputs);
  return args;
}
