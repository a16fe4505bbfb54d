/**
 * A static file server for a build, as a static host serves it: `/x/` → `x/index.html`,
 * `/x` → 301 to `/x/` when that is a folder, unknown paths → `404.html` with status 404.
 * It also applies the build's `_headers` file (public/_headers: the Netlify / Cloudflare Pages
 * format), so the tests see the security headers a deployed site sends.
 * Used by the browser tests and the benchmarks (so they never collide with a writer's
 * `npm start` preview).
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};

/** `_headers`: a path pattern (`*` matches anything) on its own line, then indented `Name: value` lines. */
export function readHeadersFile(file: string): { pattern: RegExp; headers: [string, string][] }[] {
  if (!existsSync(file)) return [];
  const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp(`^${line.trim().split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
      rules.push({ pattern, headers: [] });
    } else {
      const [name, ...value] = line.trim().split(':');
      rules.at(-1)?.headers.push([name!.trim(), value.join(':').trim()]);
    }
  }
  return rules;
}

export function createStaticServer(root: string): Server {
  const headerRules = readHeadersFile(join(root, '_headers'));
  return createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    for (const rule of headerRules) if (rule.pattern.test(path)) for (const [name, value] of rule.headers) response.setHeader(name, value);
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    } catch {
      response.writeHead(400).end('Bad request');
      return;
    }
    const file = normalize(join(root, pathname));
    if (!file.startsWith(normalize(root + sep)) && file !== normalize(root)) {
      response.writeHead(403).end('Forbidden');
      return;
    }
    const send = (path: string, status = 200) => {
      response.writeHead(status, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
      createReadStream(path).pipe(response);
    };
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        response.writeHead(301, { location: `${pathname}/` }).end();
        return;
      }
      const index = join(file, 'index.html');
      if (existsSync(index)) return send(index);
    } else if (existsSync(file)) {
      return send(file);
    }
    const notFound = join(root, '404.html');
    if (existsSync(notFound)) return send(notFound, 404);
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  });
}
