import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
}

/**
 * Every error the Nu HTML Checker (vnu.jar, on the machine's Java) finds in the given HTML files,
 * as `file:line: message`; one Java start for all of them.
 */
export function htmlErrors(files: readonly string[]): string[] {
  const run = spawnSync(
    process.env.JAVA ?? 'java',
    ['-jar', vnuJar, '--errors-only', '--no-langdetect', '--format', 'json', '--stdout', ...files],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (run.error) throw new Error(`could not run Java for the Nu HTML Checker: ${run.error.message}`);
  let messages: VnuMessage[];
  try {
    ({ messages } = JSON.parse(run.stdout) as { messages: VnuMessage[] });
  } catch {
    throw new Error(`the Nu HTML Checker gave no report (exit ${run.status}): ${run.stderr}`);
  }
  return messages
    .filter((message) => message.type === 'error' || message.subType === 'fatal')
    .map((message) => `${message.url?.replace(/^file:/, '') ?? '?'}:${message.lastLine ?? '?'}: ${message.message}`);
}
