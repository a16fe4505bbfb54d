/**
 * linkinator crawls the build from `/` over a local server (internal links only; external links
 * are not a gate) and checks every `#fragment` against the ids of its target page. Its fragment
 * check decodes percent-encoded non-ASCII fragments (`#%E8%B3%87…` = `#資…`) before matching,
 * as a browser does (tested in test/unit/check-site.test.ts).
 */
import { createServer } from 'node:net';
import { relative, sep } from 'node:path';
import { check, LinkState } from 'linkinator';
import type { SiteMessage } from './report.ts';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function crawlBuild(distDir: string): Promise<{ messages: SiteMessage[]; links: number }> {
  const port = await freePort();
  const local = [`http://localhost:${port}`, `http://127.0.0.1:${port}`];
  const result = await check({
    path: distDir,
    port,
    recurse: true,
    checkFragments: true,
    concurrency: 32,
    // Only the local server's own URLs. Absolute site URLs (canonical, hreflang) are checked
    // against the build by alternate-links.ts; other hosts are not a gate.
    linksToSkip: async (link) => /^[a-z]+:/i.test(link) && !local.some((origin) => link.startsWith(origin)),
  });
  // linkinator reports URLs as paths under the folder it was given: show them as site paths.
  const roots = [distDir.split(sep).join('/'), relative(process.cwd(), distDir).split(sep).join('/')];
  const sitePath = (url: string | undefined) => {
    if (!url) return '/';
    const root = roots.find((r) => url.startsWith(r));
    const path = root ? url.slice(root.length) : url;
    return path.startsWith('/') ? path : `/${path}`;
  };
  const messages: SiteMessage[] = [];
  for (const link of result.links) {
    if (link.state !== LinkState.BROKEN) continue;
    const fragment = link.status === 200 && link.failureDetails?.some((d) => String((d as { message?: string }).message ?? '').includes('Fragment'));
    messages.push({
      file: sitePath(link.parent),
      ruleId: fragment ? 'fragment' : 'broken-link',
      message: fragment
        ? `links to "${sitePath(link.url)}", and that page has no such id`
        : `links to "${sitePath(link.url)}", which answers ${link.status || 'nothing'}`,
    });
  }
  return { messages, links: result.links.length };
}
