/**
 * `npm run actors` and `npm run questions`: list the actors and the questions the site knows (the
 * registries in `content/actors/` and `content/questions/` when there are, and what the articles declare),
 * one a line, with the number of articles that list each, so an editor can find the id to write.
 * `-- <words>` keeps the lines that contain every word, in any case.
 */
import { knownActors, knownQuestions } from '../lib/authoring/known';

const [what, ...words] = process.argv.slice(2);
const root = process.cwd();

/** Rows as aligned columns under a header. */
function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: readonly string[]) => cells.map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}

const articles = (slugs: readonly string[]) => String(slugs.length);
const [header, rows] =
  what === 'questions'
    ? [['id', 'question', 'articles'], knownQuestions(root).map((question) => [question.id, question.question, articles(question.articles)])]
    : [['id', 'name', 'kind', 'articles', 'aliases'], knownActors(root).map((actor) => [actor.id, actor.name, actor.kind, articles(actor.articles), actor.aliases.join(', ')])];
const wanted = words.map((word) => word.toLowerCase());
const kept = rows.filter((row) => wanted.every((word) => row.join(' ').toLowerCase().includes(word)));
console.log(kept.length > 0 ? table(header, kept) : `No ${what === 'questions' ? 'question' : 'actor'} matches "${words.join(' ')}".`);
