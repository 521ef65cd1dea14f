import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './build.ts';

/** The base path, web root and address the README's nginx server block is written for. */
export const documented = { base: '/news/dossier/', webRoot: '/var/www/dossier', listen: 'listen 80;' };

/** The nginx server block from the README's deploy recipe, as written there. */
export function readmeServerBlock(): string {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const block = /^```nginx\n([\s\S]*?)^```$/m.exec(readme)?.[1];
  if (!block) throw new Error('README.md has no ```nginx block');
  return block;
}

/** Where and how the tests serve a build. */
export interface Serving {
  /** The folder for nginx's own files (pid, temporary files); the web root is `<dir>/www`. */
  dir: string;
  port: number;
  /** The base path, with leading and trailing slashes. */
  base: string;
}

/**
 * A complete nginx configuration around the README's server block, moved to a loopback port,
 * a web root under `dir` and the given base path: the tests serve exactly what the README tells
 * deployers to write.
 */
export function nginxConfig({ dir, port, base }: Serving): string {
  const server = readmeServerBlock()
    .replaceAll(documented.listen, `listen 127.0.0.1:${port};`)
    .replaceAll(documented.webRoot, join(dir, 'www'))
    .replaceAll(documented.base, base);
  return `pid ${join(dir, 'nginx.pid')};
error_log stderr warn;
events {}
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  log_not_found off;
  client_body_temp_path ${join(dir, 'body')};
  proxy_temp_path ${join(dir, 'proxy')};
  fastcgi_temp_path ${join(dir, 'fastcgi')};
  uwsgi_temp_path ${join(dir, 'uwsgi')};
  scgi_temp_path ${join(dir, 'scgi')};
${server}}
`;
}
