/**
 * `npm run dev`: the content check runs when the dev server starts and each time a content file
 * is saved, and prints its messages in the terminal (the same text as `npm run check`: it is
 * `npm run check`). It runs in a child process (background-check.ts), off the path that serves a
 * saved page: the page is served first, the messages follow.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../config/paths.ts';
import { backgroundCheck, type CheckReport } from './background-check.ts';

export function contentCheckOnSave(): AstroIntegration {
  let projectRoot = process.cwd();
  return {
    name: 'content-check-on-save',
    hooks: {
      'astro:config:done': ({ config }) => {
        projectRoot = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server, logger }) => {
        const root = contentDir();
        // The level from the exit code and the counts the check sends (never from its wording).
        const report = ({ why, exitCode, text, counts }: CheckReport) => {
          if (exitCode === 2) logger.error(`The content check failed (${why}):\n${text}`);
          else if (exitCode === 1) logger.error(`${why}\n${text}`);
          else if (counts && counts.warnings > 0) logger.warn(`${why}\n${text}`);
          else logger.info(`${why}: ${text}`);
        };
        const check = backgroundCheck({
          command: [process.execPath, join(projectRoot, 'scripts/check.ts'), root],
          cwd: projectRoot,
          onReport: report,
        });
        let timer: ReturnType<typeof setTimeout> | undefined;
        const onFile = (file: string) => {
          if (!file.startsWith(root) || !/\.(mdx|json)$/.test(file)) return;
          clearTimeout(timer);
          timer = setTimeout(() => check.request(`Content check after ${file.slice(root.length + 1)} changed`), 150);
        };
        server.watcher.add(root);
        server.watcher.on('change', onFile);
        server.watcher.on('add', onFile);
        server.watcher.on('unlink', onFile);
        check.request('Content check');
      },
    },
  };
}
