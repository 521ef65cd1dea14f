declare namespace App {
  interface Locals {
    /**
     * The claim notes of the article the page is rendering, by paragraph id. MDX hands a component
     * that renders a paragraph nothing but the paragraph's own attributes, so the full text's body
     * (`src/components/full-text/Body.astro`) sets them here and each body paragraph
     * (`Paragraph.astro`) places its notes after itself: see `src/components/full-text/README.md`.
     */
    notes?: ReadonlyMap<string, import('./views/claim-note').ClaimNote[]>;
  }
}
