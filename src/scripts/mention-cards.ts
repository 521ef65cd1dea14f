/**
 * Preview cards for actor mentions in the full text: hovering or focusing a mention shows the
 * actor's role and stances, from a `<template id="card-…">` the page carries. The card floats
 * over the text (no layout shift) and closes on Escape; without JavaScript the link still works.
 */
const card = document.createElement('div');
card.id = 'mention-card';
card.className = 'mention-card';
card.setAttribute('role', 'tooltip');
card.hidden = true;
document.body.append(card);

let current: HTMLAnchorElement | undefined;
let closing: number | undefined;

function open(link: HTMLAnchorElement): void {
  const template = document.getElementById(`card-${link.dataset['actor'] ?? ''}`);
  if (!(template instanceof HTMLTemplateElement)) return;
  window.clearTimeout(closing);
  if (current && current !== link) current.removeAttribute('aria-describedby');
  current = link;
  card.replaceChildren(template.content.cloneNode(true));
  card.hidden = false;
  link.setAttribute('aria-describedby', card.id);
  const box = link.getBoundingClientRect();
  const width = Math.min(card.offsetWidth, document.documentElement.clientWidth - 16);
  card.style.left = `${Math.max(8, Math.min(box.left, document.documentElement.clientWidth - width - 8)) + window.scrollX}px`;
  card.style.top = `${box.bottom + window.scrollY + 6}px`;
}

function close(): void {
  card.hidden = true;
  current?.removeAttribute('aria-describedby');
  current = undefined;
}

const mentionOf = (target: EventTarget | null) =>
  target instanceof Element ? (target.closest<HTMLAnchorElement>('a.mention') ?? undefined) : undefined;

document.addEventListener('mouseover', (event) => {
  const link = mentionOf(event.target);
  if (link) open(link);
  else if (event.target instanceof Node && card.contains(event.target)) window.clearTimeout(closing);
});
document.addEventListener('mouseout', (event) => {
  if (mentionOf(event.target) || (event.target instanceof Node && card.contains(event.target))) {
    closing = window.setTimeout(close, 200);
  }
});
document.addEventListener('focusin', (event) => {
  const link = mentionOf(event.target);
  if (link) open(link);
  else close();
});
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && !card.hidden) close();
});

export {};
