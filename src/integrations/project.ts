import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readCorpus } from '../lib/corpus/corpus';
import { formatProblems, type LocatedProblem } from '../lib/source/problems';

const moduleId = 'virtual:dossier/project';
const resolvedId = `\0${moduleId}`;

/** The dev server `astro:server:setup` gives an integration: Vite's. */
type DevServer = Parameters<NonNullable<AstroIntegration['hooks']['astro:server:setup']>>[0]['server'];

/** What Vite's error overlay shows: its `error` message to the browser (`ErrorPayload`), with the fields Astro's overlay adds. */
export interface ProblemsOverlay {
  type: 'error';
  /**
   * Astro's mark for a payload it has made ready for its overlay: without it, Astro's wrapper of the broadcast
   * (`core/module-loader/vite.js`) escapes the message again and replaces the hint.
   */
  __isEnhancedAstroErrorPayload: true;
  err: { name: string; title: string; message: string; hint: string; stack: string; id?: string; loc?: { file: string; line: number; column: number } };
}

/** Text for the overlay, which writes its message as HTML. */
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`);

/**
 * The content check's problems as the error overlay shows them: what the terminal prints, one a line, with
 * where to go and what happens meanwhile; no stack trace, since nothing failed in the code.
 */
export function problemsOverlay(problems: readonly LocatedProblem[], root: string): ProblemsOverlay {
  const [count = '', ...lines] = formatProblems(problems).split('\n');
  const [first] = problems;
  return {
    type: 'error',
    __isEnhancedAstroErrorPayload: true,
    err: {
      name: 'Content check',
      title: count.replace(/:$/, ''),
      message: escapeHtml(lines.join('\n')),
      hint: 'Each line names the file, the line and the field, and what to do. astro dev serves the site without the articles named here, and the registries as they last passed, until the files are fixed; saving the fix clears this page. npm run build refuses them.',
      stack: '',
      ...(first ? { id: join(root, first.file), loc: { file: join(root, first.file), line: first.line, column: 0 } } : {}),
    },
  };
}

/**
 * Shows the content check's problems in the browser in `astro dev`, in Vite's error overlay (Astro's), as
 * the loaders name them in the terminal: to every page that connects while there are any, and to the open
 * pages when an edit under `content/` brings one; the edit that fixes the last reloads them. The corpus is
 * read again only after such an edit, and checks again only the files that changed.
 */
function showProblems(server: DevServer, root: string, warn: (message: string) => void): void {
  const content = join(root, 'content') + sep;
  let shown: ProblemsOverlay | undefined;
  let current: ProblemsOverlay | undefined;
  let stale = true;
  const overlay = () => {
    if (!stale) return current;
    stale = false;
    try {
      const corpus = readCorpus(root, { drafts: 'allow' });
      const problems = [...corpus.problems, ...corpus.anchorProblems];
      current = problems.length > 0 ? problemsOverlay(problems, root) : undefined;
    } catch (error) {
      // The loaders name content problems in the terminal in any case: the overlay must not stop the server.
      warn(`content problems show in the terminal only: ${error instanceof Error ? error.message : String(error)}`);
      current = undefined;
    }
    return current;
  };
  const { hot } = server.environments.client;
  hot.on('vite:client:connect', (_data, client) => {
    const payload = overlay();
    if (payload) client.send(payload);
    shown = payload;
  });
  // Vite's overlay stays until the page reloads. The articles' loader puts the fixed article back (its own
  // watcher); say the content changed as Astro's content layer does, which clears the pages' cached paths, and reload.
  const reload = () => {
    for (const [name, environment] of Object.entries(server.environments)) if (name !== 'client') environment.hot.send('astro:content-changed', {});
    hot.send({ type: 'full-reload', path: '*' });
  };
  server.watcher.add(content);
  let timer: ReturnType<typeof setTimeout> | undefined;
  server.watcher.on('all', (_event, path) => {
    if (!path.startsWith(content)) return;
    stale = true;
    clearTimeout(timer);
    // One editor save can touch a file more than once: the overlay follows the last.
    timer = setTimeout(() => {
      const payload = overlay();
      if (payload && payload.err.message !== shown?.err.message) hot.send(payload);
      else if (!payload && shown) reload();
      shown = payload;
    }, 200);
  });
}

/**
 * Gives code that runs at build time the project root Astro resolved (`--root`, or the folder of the
 * config) as `virtual:dossier/project`, the way Starlight's `virtual:starlight/project-context` does,
 * so no module below the command-line entry points has to guess it from the working folder. In `astro dev`
 * it also shows content problems in the page (`showProblems`).
 */
export default function projectIntegration(): AstroIntegration {
  let root = '';
  return {
    name: 'dossier-project',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        root = fileURLToPath(config.root);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'dossier-project',
                resolveId: (id: string) => (id === moduleId ? resolvedId : undefined),
                load: (id: string) => (id === resolvedId ? `export const root = ${JSON.stringify(root)};` : undefined),
              },
            ],
          },
        });
      },
      'astro:server:setup': ({ server, logger }) => {
        showProblems(server, root, (message) => logger.warn(message));
      },
    },
  };
}
