/** Set by `src/integrations/project.ts`. */
declare module 'virtual:dossier/project' {
  /** The project root Astro resolved, as an absolute path. */
  export const root: string;
}
