import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './build';

/** Caches a dev server writes into `node_modules/`: a copy gets its own, so the project's are never touched. */
const ownCaches = new Set(['.astro', '.vite', '.cache']);

/**
 * A copy of the project in a temporary folder, content included, for a test that writes into it: the
 * code, the config and `content/`, and a `node_modules/` of links to the project's packages.
 */
export function devProject(): string {
  const project = mkdtempSync(join(tmpdir(), 'dossier-dev-'));
  for (const entry of ['src', 'public', 'content', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(root, entry), join(project, entry), { recursive: true });
  }
  mkdirSync(join(project, 'node_modules'));
  for (const entry of readdirSync(join(root, 'node_modules')).filter((name) => !ownCaches.has(name))) {
    symlinkSync(join(root, 'node_modules', entry), join(project, 'node_modules', entry));
  }
  return project;
}

/** Whether something accepts connections on a loopback port. */
export function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => resolve(socket.destroy() === socket));
    socket.once('error', () => resolve(false));
  });
}

/** `npm start -- --port <port> --host 127.0.0.1` in a project, as the README says, once it answers. */
export async function startDevServer(project: string, port: number): Promise<{ server: ChildProcess; output: () => string }> {
  const server = spawn('npm', ['start', '--', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: project,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  server.stdout!.on('data', (chunk: Buffer) => (log += chunk));
  server.stderr!.on('data', (chunk: Buffer) => (log += chunk));
  for (let waited = 0; !(await listening(port)); waited += 500) {
    if (server.exitCode !== null || waited > 180_000) throw new Error(`npm start did not serve on port ${port}:\n${log}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return { server, output: () => log };
}

/** Stops `npm start` the way a terminal does, with a signal to npm itself, and waits for npm to exit. */
export async function stopDevServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  await exited;
}

/** Removes a project made by `devProject`. */
export function removeDevProject(project: string): void {
  rmSync(project, { recursive: true, force: true });
}
