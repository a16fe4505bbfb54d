/** `node scripts/serve.ts [dist] [--port 4322]`: serve a build as a static host would (see lib/static-server.ts). */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createStaticServer } from './lib/static-server.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { port: { type: 'string', default: '4322' } } });
const root = resolve(positionals[0] ?? 'dist');
const port = Number(values.port);
createStaticServer(root).listen(port, '127.0.0.1', () => console.log(`Serving ${root} on http://127.0.0.1:${port}/`));
