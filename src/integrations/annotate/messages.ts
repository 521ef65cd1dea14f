import type { z } from 'astro/zod';
import type { AnnotationChoices } from '../../lib/authoring/annotate';
import type { addSchema, askSchema } from './message-schemas';

/**
 * The events the annotation app and the dev server exchange over Vite's dev connection. The app imports this
 * file: it holds no code but the names, so the browser loads nothing of the server's.
 */
export const events = {
  /** App → server: the choices for an article. */
  ask: 'dossier-annotate:ask',
  /** Server → app: the choices, or why there are none. */
  choices: 'dossier-annotate:choices',
  /** App → server: an annotation to write. */
  add: 'dossier-annotate:add',
  /** Server → app: written, or why not. */
  added: 'dossier-annotate:added',
} as const;

export type Ask = z.infer<typeof askSchema>;
export type Add = z.infer<typeof addSchema>;

/** The server's answer to `Ask`: the choices and the file's digest, or why there are none. */
export interface Choices {
  request: string;
  slug: string;
  choices?: AnnotationChoices;
  digest?: string;
  error?: string;
}

/** The server's answer to `Add`. */
export interface Added {
  request: string;
  slug: string;
  /** Why the entry was not written (the check's messages, or what was wrong with the request); empty when it was written. */
  problems: string[];
}
