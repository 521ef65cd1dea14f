/**
 * Builds the site for a loopback address and base path, then serves it with nginx from the
 * README's server block until stopped. Playwright starts one per project (tests/playwright.config.ts):
 *
 *   node tests/support/serve.ts --port 8610 --base /news/dossier/
 *   node tests/support/serve.ts --port 8612 --fixture story
 *
 * The site URL is the server's own address, so every absolute URL the build writes (sitemap,
 * feed, canonical and share links) can be fetched from it. Run by Node itself, hence the `.ts`
 * in the imports.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fixtureProject, removeFixtureBuilds, root } from './build.ts';
import { nginxConfig } from './nginx.ts';

const { values } = parseArgs({ options: { port: { type: 'string' }, base: { type: 'string', default: '/' }, fixture: { type: 'string' } } });
const port = Number(values.port);
const base = values.base;
const dir = mkdtempSync(join(tmpdir(), `dossier-nginx-${port}-`));
chmodSync(dir, 0o755); // nginx's workers run as an unprivileged user and must read the web root
// `--fixture story` serves this project's code over the content of tests/fixtures/story/ instead of its own;
// `--fixture story,story-languages` over the content of both.
const project = values.fixture ? fixtureProject(...values.fixture.split(',')) : root;
const cleanUp = () => {
  rmSync(dir, { recursive: true, force: true });
  removeFixtureBuilds();
};

const outDir = join(dir, 'www', base);
const build = spawnSync(
  process.execPath,
  [join(project, 'src/cli/build.ts'), '--site', `http://127.0.0.1:${port}`, '--base', base, '--outDir', outDir],
  { cwd: project, stdio: ['ignore', 'ignore', 'inherit'] },
);
if (build.status !== 0 || !existsSync(join(outDir, 'index.html'))) {
  cleanUp();
  throw new Error(`building the site for ${base} failed`);
}

const config = join(dir, 'nginx.conf');
writeFileSync(config, nginxConfig({ dir, port, base }));
const nginx = existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx';
const server = spawn(nginx, ['-e', 'stderr', '-p', dir, '-c', config, '-g', 'daemon off;'], { stdio: 'inherit' });
server.on('error', (error) => {
  console.error(`could not start nginx (${error.message}); on Debian: apt-get install nginx`);
  cleanUp();
  process.exit(1);
});
server.on('exit', (code) => {
  cleanUp();
  process.exit(code ?? 0);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill('SIGQUIT'));
