/**
 * The checker's version, for its cache: a hash of its own code (this folder and the site modules
 * it shares: src/lib, src/schemas, src/config), of the versions of the packages it reads pages
 * with (an upgrade of the parser may change what a page holds), and of its settings (SITE_URL,
 * the public folder). Change any of them and the next run starts from nothing, so a cached
 * message never outlives the code, the parser or the setting that produced it.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { findPackageJSON } from 'node:module';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { listFiles } from './files.ts';

const repo = join(import.meta.dirname, '../..');
const codeDirs = ['scripts/check', 'src/lib', 'src/schemas', 'src/config'];
/** The packages a page is read with (src/lib/mdx/read-page.ts), js-yaml inside Astro's helper. */
const parserPackages = ['satteri', '@astrojs/internal-helpers', 'js-yaml', 'github-slugger', 'mdast-util-to-string'];

/** The hash of the code, once a process: the code a process runs is the code it loaded. */
let codeHash: string | undefined;

function hashCode(): string {
  const hash = createHash('sha1');
  for (const dir of codeDirs) {
    for (const file of listFiles(join(repo, dir)).filter((f) => f.endsWith('.ts')).sort()) {
      hash.update(`${dir}/${file}\0`).update(readFileSync(join(repo, dir, file))).update('\0');
    }
  }
  for (const pkg of parserVersions()) hash.update(`${pkg}\0`);
  return hash.digest('hex');
}

/** `name@version` of each package a page is read with, as this checkout resolves them. */
export function parserVersions(): string[] {
  const root = pathToFileURL(join(repo, 'package.json'));
  // js-yaml as Astro's front matter helper resolves it.
  const helpers = pathToFileURL(findPackageJSON('@astrojs/internal-helpers/frontmatter', root)!);
  return parserPackages.map((name) => {
    const file = findPackageJSON(name, name === 'js-yaml' ? helpers : root);
    const { version } = JSON.parse(readFileSync(file!, 'utf8')) as { version: string };
    return `${name}@${version}`;
  });
}

export function checkerVersion(settings: { publicDir: string }): string {
  codeHash ??= hashCode();
  return createHash('sha1').update(`${codeHash}\0SITE_URL=${process.env.SITE_URL ?? ''}\0public=${settings.publicDir}`).digest('hex');
}
