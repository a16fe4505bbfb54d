/**
 * A page's slug: its file name (`reset-a-user-password.md`) when that is a slug, else the
 * anchor of its `# <a name="…"></a>` heading (the seeds' hashed names like
 * `000_870ede6414386827.txt`), else the heading's text, slugged.
 */
import { basename, extname } from 'node:path';
import GithubSlugger from 'github-slugger';
import { isSlug } from '../../../src/schemas/patterns.ts';

/** `reset-a-user-password.md` → `reset-a-user-password`; undefined when the name is not a slug. */
export function slugFromFileName(path: string): string | undefined {
  const name = basename(path, extname(path));
  return isSlug(name) ? name : undefined;
}

/** GitHub-style slug of a heading's text, when it gives a usable slug (Latin text). */
export function slugFromText(text: string): string | undefined {
  const slug = new GithubSlugger().slug(text);
  return isSlug(slug) ? slug : undefined;
}
