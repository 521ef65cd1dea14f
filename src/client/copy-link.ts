/**
 * Progressive enhancement for "link to this" controls: without JavaScript they are plain
 * links to their fragment or page; with it, a click copies the full URL and announces it.
 * A page's own "Copy link" and "Share…" buttons (`data-copy`, `data-share`) exist only with it:
 * the share button where the browser has a share sheet.
 */
const announcer = document.getElementById('announcer');

/** Says something to screen readers and shows it briefly. */
function announce(message: string): void {
  if (!announcer) return;
  announcer.textContent = message;
  setTimeout(() => {
    if (announcer.textContent === message) announcer.textContent = '';
  }, 4000);
}

/** Copies a URL and says so. */
const copy = (url: string) => navigator.clipboard.writeText(url).then(() => announce(`Link copied: ${url}`));

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  // Shown from the first paint where scripts run (no layout shift), so removed where it cannot work.
  if (!navigator.clipboard) button.remove();
  button.hidden = false;
  button.onclick = () => void copy(button.dataset['copy']!);
}
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-share]')) {
  button.hidden = !navigator.share;
  button.onclick = () => void navigator.share({ url: button.dataset['share']!, title: button.dataset['title']! }).catch(() => {});
}

document.addEventListener('click', (event) => {
  // A click's target is an element (never a text node), inside the document.
  const link = (event.target as Element).closest<HTMLAnchorElement>('a.permalink');
  if (!link || !navigator.clipboard || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  const url = link.href;
  copy(url).then(
    () => {
      const target = new URL(url);
      if (target.pathname === location.pathname && target.hash) history.replaceState(null, '', target.hash);
    },
    () => {
      location.href = url;
    },
  );
});

export {};
