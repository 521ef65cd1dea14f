import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { annotate, annotationChoices } from '../../lib/authoring/annotate';
import { corpusOf } from '../../lib/corpus/corpus';
import { articlesFolder } from '../../lib/source/article-files';
import { idSchema } from '../../schemas/id';
import { events, type Add, type Added, type Ask, type Choices } from './messages';

/**
 * The "Annotate" app of Astro's dev toolbar, in `astro dev` only (nothing of it reaches the built site):
 * on an article's full text, selected words become a claim, a position's excerpt or an actor's alias,
 * written into the article's frontmatter by the dev server, or refused with the content check's messages.
 */
export default function annotateIntegration(): AstroIntegration {
  let root = '';
  return {
    name: 'dossier-annotate',
    hooks: {
      'astro:config:setup': ({ command, config, addDevToolbarApp }) => {
        if (command !== 'dev') return;
        root = fileURLToPath(config.root);
        addDevToolbarApp({
          id: 'dossier-annotate',
          name: 'Annotate the article',
          icon: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2"><path d="M4 20h4L19 9l-4-4L4 16z"/><path d="M13 7l4 4"/></svg>',
          entrypoint: new URL('./app.ts', import.meta.url),
        });
      },
      'astro:server:setup': ({ toolbar, refreshContent, logger }) => {
        /** The article's file, when the slug names one: never a path outside the articles folder. */
        const articleAt = (slug: string) => {
          if (!idSchema.safeParse(slug).success) return undefined;
          const file = `${articlesFolder}/${slug}.mdx`;
          return existsSync(join(root, file)) ? { file, slug, source: readFileSync(join(root, file), 'utf8') } : undefined;
        };
        toolbar.on(events.ask, ({ request, slug }: Ask) => {
          const article = articleAt(slug);
          const reply: Choices = article ? { request, slug, choices: annotationChoices(article.source, corpusOf(root, { drafts: 'allow' }).registry) } : { request, slug, error: `no article "${slug}" in ${articlesFolder}/` };
          toolbar.send(events.choices, reply);
        });
        toolbar.on(events.add, async ({ request, slug, annotation }: Add) => {
          const article = articleAt(slug);
          const result = article ? annotate(article, annotation, corpusOf(root, { drafts: 'allow' }).registry) : { problems: [`no article "${slug}" in ${articlesFolder}/`] };
          if (article && result.source !== undefined) {
            writeFileSync(join(root, article.file), result.source);
            logger.info(`${article.file}: added a ${annotation.type}`);
            // The page is reloaded once the content layer holds the new entry.
            await refreshContent?.({ loaders: ['dossier-articles'] });
          }
          const reply: Added = { request, slug, problems: result.problems };
          toolbar.send(events.added, reply);
        });
      },
    },
  };
}
