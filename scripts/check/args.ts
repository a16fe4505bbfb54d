/** `npm run check -- [content-dir] [--format text|json] [--strict] [--no-cache]` */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../../src/config/paths.ts';
import { UsageError } from './run.ts';

export const usage = 'Usage: npm run check -- [content-dir] [--format text|json] [--strict] [--no-cache]';

export interface CheckArgs {
  root: string;
  format: 'text' | 'json';
  strict: boolean;
  cache: boolean;
}

export function parseCheckArgs(argv: string[]): CheckArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { format: { type: 'string', default: 'text' }, strict: { type: 'boolean', default: false }, 'no-cache': { type: 'boolean', default: false } },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${usage}`);
  }
  const { values, positionals } = parsed;
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`--format must be "text" or "json", not "${values.format}".\n${usage}`);
  if (positionals.length > 1) throw new UsageError(`Give one content folder, not ${positionals.length}.\n${usage}`);
  return { root: positionals[0] ? resolve(positionals[0]) : contentDir(), format: values.format, strict: values.strict, cache: !values['no-cache'] };
}
