declare namespace App {
  interface Locals {
    /**
     * The claim notes of the article the page is rendering, by paragraph id: the full text sets
     * them so that each body paragraph, rendered by MDX, can place its notes after itself.
     */
    notes?: ReadonlyMap<string, import('./data/views').ClaimNote[]>;
    /** `lang` and `dir` for those notes where the article's words are in another language than Dossier's. */
    notesAttributes?: { lang?: string; dir?: 'ltr' };
  }
}
