import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { annotateEndpoint, requestOf } from './endpoint';
import { events, type Added, type Choices } from './messages';

/** A failure's message alone: the terminal names what went wrong, without a stack trace. */
const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The "Annotate" app of Astro's dev toolbar, in `astro dev` only (nothing of it reaches the built site):
 * on an article's full text, selected words become a claim, a position's excerpt or an actor's alias,
 * written into the article's frontmatter by the dev server, or refused with the content check's messages.
 * Every message is answered, and nothing a message holds can stop the server.
 */
export default function annotateIntegration(): AstroIntegration {
  let root = '';
  return {
    name: 'dossier-annotate',
    hooks: {
      'astro:config:setup': ({ command, config, addDevToolbarApp, updateConfig }) => {
        if (command !== 'dev') return;
        root = fileURLToPath(config.root);
        addDevToolbarApp({
          id: 'dossier-annotate',
          name: 'Annotate the article',
          icon: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2"><path d="M4 20h4L19 9l-4-4L4 16z"/><path d="M13 7l4 4"/></svg>',
          entrypoint: new URL('./app.ts', import.meta.url),
        });
        // The dev server writes files when asked over its connection, so no other origin may read its client
        // (which holds the connection's token): Vite's default lets any page served from localhost do so.
        updateConfig({ vite: { server: { cors: false } } });
      },
      'astro:server:setup': ({ toolbar, refreshContent, logger }) => {
        const endpoint = annotateEndpoint(root);
        toolbar.on(events.ask, (message: unknown) => {
          let reply: Choices;
          try {
            reply = endpoint.ask(message);
          } catch (error) {
            logger.error(`Annotate could not answer: ${reason(error)}`);
            reply = { request: requestOf(message), slug: '', error: `the dev server could not answer: ${reason(error)}` };
          }
          toolbar.send(events.choices, reply);
        });
        toolbar.on(events.add, async (message: unknown) => {
          let reply: Added;
          try {
            const result = endpoint.add(message);
            reply = result.reply;
            if (result.written) {
              logger.info(`${result.written}: added a ${(message as { annotation: { type: string } }).annotation.type}`);
              // The page is reloaded once the content layer holds the new entry; a refusal there is the loader's to report.
              await refreshContent?.({ loaders: ['dossier-articles'] }).catch((error: unknown) => logger.error(reason(error)));
            }
          } catch (error) {
            logger.error(`Annotate could not answer: ${reason(error)}`);
            reply = { request: requestOf(message), slug: '', problems: [`the dev server could not answer: ${reason(error)}`] };
          }
          toolbar.send(events.added, reply);
        });
      },
    },
  };
}
