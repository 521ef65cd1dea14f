import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const moduleId = 'virtual:dossier/project';
const resolvedId = `\0${moduleId}`;

/**
 * Gives code that runs at build time the project root Astro resolved (`--root`, or the folder of the
 * config) as `virtual:dossier/project`, the way Starlight's `virtual:starlight/project-context` does,
 * so no module below the command-line entry points has to guess it from the working folder.
 */
export default function projectIntegration(): AstroIntegration {
  return {
    name: 'dossier-project',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const root = fileURLToPath(config.root);
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
    },
  };
}
