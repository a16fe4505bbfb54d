/**
 * `npm run dev`: the content check runs when the dev server starts and each time a content file
 * is saved, and prints its messages in the terminal (the same text as `npm run check`, by the
 * same code: scripts/check/).
 */
import type { AstroIntegration } from 'astro';
import { formatText } from '../../scripts/check/report.ts';
import { runCheck } from '../../scripts/check/run.ts';
import { contentDir } from '../config/paths.ts';

export function contentCheckOnSave(): AstroIntegration {
  return {
    name: 'content-check-on-save',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        const root = contentDir();
        let timer: ReturnType<typeof setTimeout> | undefined;
        const run = async (why: string) => {
          try {
            const result = await runCheck({ root });
            const text = formatText(result, root);
            if (result.errors > 0) logger.error(`${why}\n${text}`);
            else if (result.warnings > 0) logger.warn(`${why}\n${text}`);
            else logger.info(`${why}: ${text}`);
          } catch (error) {
            logger.error(`The content check failed: ${(error as Error).message}`);
          }
        };
        const onFile = (file: string) => {
          if (!file.startsWith(root) || !/\.(mdx|json)$/.test(file)) return;
          clearTimeout(timer);
          timer = setTimeout(() => void run(`Content check after ${file.slice(root.length + 1)} changed`), 150);
        };
        server.watcher.add(root);
        server.watcher.on('change', onFile);
        server.watcher.on('add', onFile);
        server.watcher.on('unlink', onFile);
        void run('Content check');
      },
    },
  };
}
