/**
 * The cache's version covers the packages pages are read with: an upgrade of the parser changes
 * the version, and the next run starts from nothing (scripts/check/version.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parserVersions } from '../../../scripts/check/version.ts';

const repo = join(import.meta.dirname, '../../..');
const versionOf = (name: string) => (JSON.parse(readFileSync(join(repo, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;

describe('the checker version', () => {
  it('names the installed version of every package the reader parses with', () => {
    const versions = parserVersions();
    for (const name of ['satteri', '@astrojs/internal-helpers', 'github-slugger', 'mdast-util-to-string']) {
      expect(versions).toContain(`${name}@${versionOf(name)}`);
    }
    // js-yaml as Astro's front matter helper resolves it, which may be another copy than the top-level one.
    const helpers = createRequire(join(repo, 'node_modules/@astrojs/internal-helpers/package.json'));
    const yaml = JSON.parse(readFileSync(helpers.resolve('js-yaml/package.json'), 'utf8')) as { version: string };
    expect(versions).toContain(`js-yaml@${yaml.version}`);
  });
});
