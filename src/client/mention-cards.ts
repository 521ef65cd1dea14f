/**
 * Preview cards for actor mentions in the full text: hovering or focusing a mention shows the
 * actor's role and stances, read from the analysis beside the text (the actors list and the
 * positions by question), so the page ships no copy of them. The card floats over the text, below
 * the line it explains (no layout shift), and closes on Escape. On a touch screen a first tap on a
 * mention opens its card, with a link on to the actor's page, instead of leaving the page at once
 * (as Wikipedia's mobile previews do). Without JavaScript the link still works.
 */
import { actorPositionsPrefix } from '../lib/anchors/fragments';
const card = document.createElement('div');
card.id = 'mention-card';
card.className = 'mention-card';
card.setAttribute('role', 'tooltip');
card.hidden = true;
document.body.append(card);

let current: HTMLAnchorElement | undefined;
/** The mention whose card a tap opened: a second tap on it follows it. */
let tapped: HTMLAnchorElement | undefined;
/** Whether the last pointer was a finger: its emulated hover and focus do not open cards. */
let touched = false;
let closing: number | undefined;

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, ...children: (Node | string)[]) => {
  const made = document.createElement(tag);
  made.append(...children);
  return made;
};

/**
 * The card's content for the actor a mention links to: the entry in the actors list that links to
 * the same page, and the positions whose ids start with the actor's id (`position-<actor>--<question>`),
 * each under its question's short label.
 */
function contentFor(link: HTMLAnchorElement): Node[] | undefined {
  const entry = [...document.querySelectorAll<HTMLAnchorElement>('.actors a')].find((actor) => actor.pathname === link.pathname);
  const item = entry?.parentElement;
  if (!entry || !item) return undefined;
  const name = entry.textContent ?? '';
  const id = link.pathname.split('/').at(-2) ?? '';
  const stances = [...document.querySelectorAll(`[id^="${CSS.escape(actorPositionsPrefix(id))}"]`)].map((position) =>
    element('li', `${position.closest<HTMLElement>('[data-label]')?.dataset['label'] ?? ''}: `, position.querySelector('.stance')?.cloneNode(true) ?? ''),
  );
  return [
    element('p', element('strong', name), (item.textContent ?? '').slice(name.length)),
    stances.length > 0 ? element('ul', ...stances) : element('p', 'No position recorded in this article.'),
  ];
}

function open(link: HTMLAnchorElement, touch = false): void {
  const content = contentFor(link);
  if (!content) return;
  if (touch) content.push(element('p', Object.assign(element('a', `Open ${link.textContent}’s page`), { href: link.href })));
  window.clearTimeout(closing);
  if (current && current !== link) current.removeAttribute('aria-describedby');
  current = link;
  card.replaceChildren(...content);
  card.hidden = false;
  link.setAttribute('aria-describedby', card.id);
  const box = link.getBoundingClientRect();
  const screen = document.documentElement.clientWidth;
  const width = Math.min(card.offsetWidth, screen - 16);
  // Under the name's first letter: its left edge, or its right one in a right-to-left text.
  const start = getComputedStyle(link).direction === 'rtl' ? box.right - width : box.left;
  card.style.left = `${Math.max(8, Math.min(start, screen - width - 8)) + window.scrollX}px`;
  card.style.top = `${box.bottom + window.scrollY + 6}px`;
}

function close(): void {
  card.hidden = true;
  current?.removeAttribute('aria-describedby');
  current = tapped = undefined;
}

const mentionOf = (target: EventTarget | null) =>
  target instanceof Element ? (target.closest<HTMLAnchorElement>('a.mention') ?? undefined) : undefined;

document.addEventListener('mouseover', (event) => {
  if (touched) return;
  const link = mentionOf(event.target);
  if (link) open(link);
  else if (event.target instanceof Node && card.contains(event.target)) window.clearTimeout(closing);
});
document.addEventListener('mouseout', (event) => {
  if (touched) return;
  if (mentionOf(event.target) || (event.target instanceof Node && card.contains(event.target))) {
    closing = window.setTimeout(close, 200);
  }
});
document.addEventListener('focusin', (event) => {
  if (touched) return;
  const link = mentionOf(event.target);
  if (link) open(link);
  else close();
});
// A tap on a mention opens its card first; a second tap on it, or the card's link, goes on.
document.addEventListener('pointerdown', (event) => {
  touched = event.pointerType === 'touch';
});
document.addEventListener('click', (event) => {
  if (!touched) return;
  const link = mentionOf(event.target);
  if (link && link !== tapped) {
    event.preventDefault();
    open(link, true);
    tapped = link;
  } else if (!link && !(event.target instanceof Node && card.contains(event.target))) close();
});
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && !card.hidden) close();
});

export {};
