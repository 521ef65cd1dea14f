/**
 * On a narrow screen a claim's note opens as a popover just below the line where its number ends
 * (src/components/full-text/ClaimNotes.css), never above it, where it would cover the words it
 * discusses. When the number sits so low that the note would not fit below it, this scrolls the
 * page up just enough, so that the number, its sentence and the note are all on screen, the note
 * below. Browsers without anchor positioning show the note as a sheet at the bottom of the screen,
 * and the same scroll lifts the number above it. Without JavaScript the note still opens.
 */
/** Room kept between the note and the screen's bottom edge, in CSS pixels. */
const GAP = 8;

document.addEventListener(
  'toggle',
  (event) => {
    const note = event.target;
    if (!(event instanceof ToggleEvent) || event.newState !== 'open' || !(note instanceof HTMLElement) || !note.matches('.note')) return;
    const marker = document.querySelector(`[popovertarget="${CSS.escape(note.id)}"]`);
    if (!marker) return;
    const below = marker.getBoundingClientRect().bottom + GAP + note.offsetHeight + GAP - window.innerHeight;
    if (below > 0) window.scrollBy({ top: below, behavior: 'instant' });
  },
  true,
);

export {};
