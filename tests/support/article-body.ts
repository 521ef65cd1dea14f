import { z } from 'astro/zod';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { manifestPath, parseManifest } from '../../src/lib/anchors/manifest';
import { corpusOf } from '../../src/lib/corpus/corpus';
import { resolveActor } from '../../src/lib/registry/resolve';
import { blocksOf, parseMdx, withoutPositions } from '../../src/lib/text/blocks';
import { layoutText } from '../../src/lib/text/layout';
import { articleBody, bodyParts } from '../../src/plugins/index';
import { articleSchema } from '../../src/schemas/article';

/** The fields placing reads, through the article schema's own field schemas; the rest of the frontmatter is not read. */
const placingSchema = z.object({ lang: articleSchema.shape.lang, actors: articleSchema.shape.actors.optional(), claims: articleSchema.shape.claims.optional() });

/**
 * A body rendered as the full text renders it, for Markdown the corpus has not read: parsed as the check
 * parses it, placed as the corpus places an article (the frontmatter's actors resolved against the
 * registry under `root`, its retired anchors from the manifest there), then through the production article
 * chain (`articleBody`), as HTML, its parts as `Body.astro` writes them: each paragraph with its id, and a
 * component as an empty element named for it (the page renders the component there).
 */
export function renderArticleBody(body: string, frontmatter: Record<string, unknown>, { root, slug }: { root: string; slug: string }): string {
  const { lang, claims = [], ...data } = placingSchema.parse(frontmatter);
  const { registryData } = corpusOf(root);
  const actors = (data.actors ?? []).map((actor) => resolveActor(actor, registryData, lang));
  const tree = parseMdx(body);
  const blocks = layoutText({ actors, claims, lang }, blocksOf(tree));
  const manifest = join(root, manifestPath(slug));
  const retired = existsSync(manifest) ? parseManifest(readFileSync(manifest, 'utf8'), manifestPath(slug)).retired : {};
  const rendered = articleBody(withoutPositions(tree), { slug, blocks, retired });
  return bodyParts(rendered)
    .map((part) => (part.kind === 'paragraph' ? `<p${part.id === undefined ? '' : ` id="${part.id}"`}>${part.html}</p>` : part.kind === 'component' ? `<div data-component="${part.name}"></div>` : part.html))
    .join('');
}
