import type { Annotation, AnnotationChoices } from '../../lib/authoring/annotate';

/** The events the annotation app and the dev server exchange over Vite's dev connection. */
export const events = {
  /** App → server: the choices for an article. */
  ask: 'dossier-annotate:ask',
  /** Server → app: the choices, or why there are none. */
  choices: 'dossier-annotate:choices',
  /** App → server: an annotation to write. */
  add: 'dossier-annotate:add',
  /** Server → app: written, or the check's messages. */
  added: 'dossier-annotate:added',
} as const;

/** What the app asks about: the article whose full text is open. Every message carries the request's id. */
export interface Ask {
  request: string;
  slug: string;
}

/** The server's answer to `Ask`. */
export interface Choices extends Ask {
  choices?: AnnotationChoices;
  error?: string;
}

/** An annotation the app asks the server to write into the article. */
export interface Add extends Ask {
  annotation: Annotation;
}

/** The server's answer to `Add`. */
export interface Added extends Ask {
  /** The check's messages when the entry was refused; empty when it was written. */
  problems: string[];
}
