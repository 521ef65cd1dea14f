/**
 * A small static server for tests: serves a built site under a base path, as a static host does
 * (`/base/x/` → `x/index.html`, a 404 page for the rest).
 *
 *   tsx tests/support/serve.ts <dir> <base> <port>
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const [dir = 'dist', base = '/', port = '4330'] = process.argv.slice(2);
const root = resolve(dir);
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
  '.wasm': 'application/wasm',
};

createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
  const inside = path.startsWith(base) ? normalize(path.slice(base.length)) : undefined;
  let file = inside === undefined || inside.startsWith('..') ? undefined : join(root, inside);
  if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  const found = file !== undefined && existsSync(file);
  const served = found ? file! : join(root, '404.html');
  response.writeHead(found ? 200 : 404, { 'Content-Type': types[extname(served)] ?? 'application/octet-stream' });
  createReadStream(served).pipe(response);
}).listen(Number(port), '127.0.0.1');
