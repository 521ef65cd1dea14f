/**
 * Progressive enhancement for "link to this" controls: without JavaScript they are plain
 * links to their fragment or page; with it, a click copies the full URL and announces it.
 */
const announcer = document.getElementById('announcer');

/** Says something to screen readers and shows it briefly. */
function announce(message: string): void {
  if (!announcer) return;
  announcer.textContent = message;
  window.setTimeout(() => {
    if (announcer.textContent === message) announcer.textContent = '';
  }, 4000);
}

document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a.permalink') : null;
  if (!link || !navigator.clipboard || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  const url = link.href;
  navigator.clipboard.writeText(url).then(
    () => {
      const target = new URL(url);
      if (target.pathname === location.pathname && target.hash) history.replaceState(null, '', target.hash);
      announce(`Link copied: ${url}`);
    },
    () => {
      location.href = url;
    },
  );
});

export {};
