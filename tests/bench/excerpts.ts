/**
 * `npm run bench:excerpts`: how long the content check takes over one article whose claims all quote
 * words the body does not have, the worst case for the excerpt check (each missing excerpt is searched
 * for again with its slips forgiven, then across paragraphs). Prints the median of `--runs` checks.
 *
 *   npm run bench:excerpts -- --claims 1000 --body 100000 --runs 5
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { checkSource } from '../../src/lib/check/check-articles';

const { values } = parseArgs({
  options: { claims: { type: 'string', default: '1000' }, body: { type: 'string', default: '100000' }, runs: { type: 'string', default: '5' } },
});
const claims = Number(values.claims);
const bodyLength = Number(values.body);
const runs = Number(values.runs);

/** A body of about `length` characters: numbered paragraphs of plain sentences. */
function body(length: number): string {
  const paragraphs: string[] = [];
  for (let n = 0, size = 0; size < length - 200; n++) {
    const paragraph = `Paragraph ${n} says that Northport and Southby met again on day ${n}, and that the ferry timetable was discussed at length by both councils.`;
    paragraphs.push(paragraph);
    size += paragraph.length + 2;
  }
  return paragraphs.join('\n\n');
}

/** An article whose `count` claims each quote a sentence that is nowhere in the body. */
function article(count: number, length: number): string {
  const lines = ['---', 'headline: "A long article"', 'actors:', '  - id: northport', '    name: Northport', '    kind: organization', '    role: A harbour town council', 'claims:'];
  for (let n = 0; n < count; n++) {
    lines.push(`  - id: claim-${n}`, '    kind: assertion', `    excerpt: "Claim ${n} quotes words that the body never says at all."`, '    summary: Missing.');
  }
  return `${lines.join('\n')}\n---\n\n${body(length)}\n`;
}

const source = article(claims, bodyLength);
const times: number[] = [];
let problems = 0;
for (let run = 0; run < runs; run++) {
  const start = performance.now();
  problems = checkSource({ file: 'content/articles/long.mdx', slug: 'long', source }).length;
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;
console.log(`${claims} missing excerpts against a ${(source.length / 1000).toFixed(0)} KB file (body ${bodyLength.toLocaleString('en')} characters): ${problems} problems`);
console.log(`median of ${runs}: ${median.toFixed(0)} ms (${(median / claims).toFixed(2)} ms per excerpt); runs: ${times.map((time) => time.toFixed(0)).join(', ')} ms`);
