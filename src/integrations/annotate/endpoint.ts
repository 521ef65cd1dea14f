import { join } from 'node:path';
import type { z } from 'astro/zod';
import { annotate, annotationBlockers, annotationChoices } from '../../lib/authoring/annotate';
import { digestOf, unsafeTarget, writeAtomically } from '../../lib/authoring/write-file';
import { corpusOf } from '../../lib/corpus/corpus';
import { articlesFolder, readArticleFile, type ArticleFile } from '../../lib/source/article-files';
import { formatProblem } from '../../lib/source/problems';
import { addSchema, askSchema } from './message-schemas';
import type { Added, Choices } from './messages';

/** The request id a message carries, if it carries one the app could have made, so that even a bad message gets its answer. */
export function requestOf(message: unknown): string {
  const request = (message as { request?: unknown } | null | undefined)?.request;
  return typeof request === 'string' && request.length <= 100 ? request : '';
}

/** A message the schema refuses, as lines that say what is wrong with which field. */
function messageProblems(error: z.ZodError): string[] {
  return error.issues.map((issue) => `the message's ${issue.path.join('.') || 'payload'}: ${issue.message}`);
}

/**
 * The article a slug names, read with the content check's strict reader (UTF-8 only, never through a link,
 * never a folder), with the digest of its bytes; or why it cannot be annotated.
 */
function readArticle(root: string, slug: string): { article: ArticleFile; digest: string } | { problems: string[] } {
  const file = `${articlesFolder}/${slug}.mdx`;
  const unsafe = unsafeTarget(root, file);
  if (unsafe) return { problems: [unsafe] };
  let article: ArticleFile;
  try {
    article = readArticleFile(root, articlesFolder, join(root, file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { problems: [`no article "${slug}" in ${articlesFolder}/`] };
    throw error;
  }
  if (article.refused) return { problems: [formatProblem({ ...article.refused, file })] };
  // Decoded strictly, the text is the file's bytes exactly: its digest is theirs.
  return { article, digest: digestOf(article.source) };
}

/**
 * What the dev server answers the Annotate app, as plain functions of the project root and a message as it
 * arrived (anything at all): every message is validated, and every answer says why when nothing can be done.
 */
export function annotateEndpoint(root: string) {
  return {
    /** Answers `ask`: the choices for the article and its file's digest, or why it cannot be annotated. */
    ask(message: unknown): Choices {
      const request = requestOf(message);
      const parsed = askSchema.safeParse(message);
      if (!parsed.success) return { request, slug: '', error: messageProblems(parsed.error).join('\n') };
      const { slug } = parsed.data;
      const read = readArticle(root, slug);
      if ('problems' in read) return { request, slug, error: read.problems.join('\n') };
      // The registry as the content loaders last read it: they read it again whenever a file changes.
      const { registry } = corpusOf(root, { drafts: 'allow' });
      const blockers = annotationBlockers(read.article, registry);
      if (blockers.length > 0) return { request, slug, error: blockers.join('\n') };
      return { request, slug, digest: read.digest, choices: annotationChoices(read.article.source, registry) };
    },

    /**
     * Answers `add`: writes the entry into the article, atomically, when the file is still the one the page
     * was loaded from and the check passes the result; `written` names the file it wrote.
     */
    add(message: unknown): { reply: Added; written?: string } {
      const request = requestOf(message);
      const parsed = addSchema.safeParse(message);
      if (!parsed.success) return { reply: { request, slug: '', problems: messageProblems(parsed.error) } };
      const { slug, digest, annotation } = parsed.data;
      const refuse = (problems: string[]) => ({ reply: { request, slug, problems } });
      const read = readArticle(root, slug);
      if ('problems' in read) return refuse(read.problems);
      const changed = () => [`${read.article.file} has changed since the page loaded (saved in an editor?): reload the page, then add the entry again`];
      if (read.digest !== digest) return refuse(changed());
      const result = annotate(read.article, annotation, corpusOf(root, { drafts: 'allow' }).registry);
      if (result.source === undefined) return refuse(result.problems);
      // Checked again just before the write: an editor may have saved while the check ran.
      const again = readArticle(root, slug);
      if ('problems' in again || again.digest !== digest) return refuse(changed());
      try {
        writeAtomically(root, read.article.file, result.source);
      } catch (error) {
        return refuse([`${read.article.file} was not written: ${error instanceof Error ? error.message : String(error)}`]);
      }
      return { reply: { request, slug, problems: [] }, written: read.article.file };
    },
  };
}
