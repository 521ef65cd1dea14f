import { defineToolbarApp } from 'astro/toolbar';
import type { Annotation, AnnotationChoices } from '../../lib/authoring/annotate';
import { events, type Add, type Added, type Ask, type Choices } from './messages';

/** What the site adds inside a paragraph that is not the article's words: claim numbers, "link to this". */
const notWords = '.claim-ref, .permalink';

/** The selected words of the article's body, as the body has them, or nothing when the selection is elsewhere. */
function selectedWords(): string | undefined {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0);
  const start = range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
  if (!start?.closest('article.source .body')) return undefined;
  const copy = range.cloneContents();
  copy.querySelectorAll(notWords).forEach((element) => element.remove());
  const words = copy.textContent?.trim();
  return words || undefined;
}

const markup = `
<style>
  :host { color-scheme: dark; }
  form, .actions { display: grid; gap: 0.5rem; margin-top: 0.75rem; }
  .actions { grid-auto-flow: column; justify-content: start; }
  label { display: grid; gap: 0.25rem; }
  [hidden] { display: none !important; }
  blockquote { margin: 0.5rem 0; padding-left: 0.75rem; border-left: 3px solid #888; max-height: 8rem; overflow: auto; }
  [role="alert"] { white-space: pre-wrap; color: #ffb4b4; }
  button, select, input { font: inherit; padding: 0.25rem 0.5rem; }
</style>
<h2>Annotate the article</h2>
<p data-help>Select words of the article’s text, then choose what to add.</p>
<blockquote data-selection aria-live="polite">Nothing selected yet.</blockquote>
<div class="actions" role="group" aria-label="Add from the selection">
  <button type="button" data-type="claim">Add claim</button>
  <button type="button" data-type="position">Add position</button>
  <button type="button" data-type="alias">Add alias</button>
</div>
<form hidden>
  <label data-for="claim"><span>Speaker</span><select name="speaker"></select></label>
  <label data-for="position alias"><span>Actor</span><select name="actor"></select></label>
  <label data-for="claim"><span>Kind</span><select name="kind"></select></label>
  <label data-for="position"><span>Question</span><select name="question"></select></label>
  <label data-for="position"><span>Stance</span><select name="stance"></select></label>
  <label data-for="claim position"><span>Summary, in the site’s words</span><input name="summary" autocomplete="off"></label>
  <button type="submit">Write it into the article</button>
</form>
<div role="alert" data-result></div>
`;

/** Fills a select with options, each a value and its label. */
function fill(select: HTMLSelectElement, options: readonly [value: string, label: string][]): void {
  select.replaceChildren(...options.map(([value, label]) => new Option(label, value)));
}

/** The Annotate app: its panel, the selection it keeps, and the form it sends to the dev server. */
export default defineToolbarApp({
  init(canvas, app, server) {
    const panel = document.createElement('astro-dev-toolbar-window');
    panel.innerHTML = markup;
    canvas.append(panel);
    const find = <T extends Element>(selector: string) => panel.querySelector<T>(selector)!;
    const form = find<HTMLFormElement>('form');
    const shown = find<HTMLElement>('[data-selection]');
    const result = find<HTMLElement>('[data-result]');
    const slug = /\/articles\/([^/]+)\/full\/$/.exec(location.pathname)?.[1];
    let excerpt: string | undefined;
    let type: Annotation['type'] = 'claim';
    let choices: AnnotationChoices | undefined;
    // The digest of the file the choices were read from: the server writes only into that very version.
    let digest = '';
    let pending = '';

    if (!slug) {
      find<HTMLElement>('[data-help]').textContent = 'Open an article’s full text (…/articles/<slug>/full/) to annotate it.';
      find<HTMLElement>('.actions').hidden = true;
      shown.hidden = true;
      return;
    }

    // The last selection in the article's words stays the excerpt, even once a click elsewhere clears it.
    const capture = () => {
      const words = selectedWords();
      if (words === undefined) return;
      excerpt = words;
      shown.textContent = words;
    };
    capture();
    document.addEventListener('selectionchange', capture);
    app.onToggled(({ state }) => state && capture());

    const request = () => (pending = `${Date.now()}-${Math.random()}`);
    server.on<Choices>(events.choices, (reply) => {
      if (reply.request !== pending) return;
      if (reply.error) result.textContent = reply.error;
      choices = reply.choices;
      digest = reply.digest ?? '';
      if (!choices) return;
      const actors = choices.actors.map(({ id, name }): [string, string] => [id, `${name} (${id})`]);
      fill(form.elements.namedItem('speaker') as HTMLSelectElement, [['', 'No one: the article’s own voice'], ...actors]);
      fill(form.elements.namedItem('actor') as HTMLSelectElement, actors);
      fill(form.elements.namedItem('kind') as HTMLSelectElement, choices.kinds.map((kind) => [kind, kind]));
      fill(form.elements.namedItem('question') as HTMLSelectElement, choices.questions.map(({ id, question }) => [id, question]));
      fill(form.elements.namedItem('stance') as HTMLSelectElement, choices.stances.map((stance) => [stance, stance]));
    });
    server.send<Ask>(events.ask, { request: request(), slug });

    panel.querySelectorAll<HTMLButtonElement>('[data-type]').forEach((button) => {
      button.addEventListener('click', () => {
        type = button.dataset.type as Annotation['type'];
        result.textContent = excerpt ? '' : 'Select words of the article’s text first.';
        form.hidden = !excerpt || !choices;
        form.querySelectorAll<HTMLElement>('[data-for]').forEach((label) => {
          label.hidden = !label.dataset.for!.split(' ').includes(type);
        });
        form.querySelector<HTMLButtonElement>('[type="submit"]')!.textContent = `Add this ${type} to the article`;
      });
    });

    server.on<Added>(events.added, (reply) => {
      if (reply.request !== pending) return;
      if (reply.problems.length === 0) location.reload();
      else result.textContent = `Not written:\n${reply.problems.join('\n')}`;
    });

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (!excerpt) return;
      const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement).value;
      const annotation: Annotation =
        type === 'claim'
          ? { type, excerpt, kind: value('kind') as Extract<Annotation, { type: 'claim' }>['kind'], speaker: value('speaker') || undefined, summary: value('summary') }
          : type === 'position'
            ? { type, excerpt, actor: value('actor'), question: value('question'), stance: value('stance') as Extract<Annotation, { type: 'position' }>['stance'], summary: value('summary') }
            : { type, excerpt, actor: value('actor') };
      result.textContent = 'Writing…';
      server.send<Add>(events.add, { request: request(), slug, digest, annotation });
    });
  },
});
