import { readFileSync } from 'node:fs';
import { parseCapture } from './src/lib/capture/parse';
import { knownActors } from './src/lib/authoring/known';
import { scaffoldArticle } from './src/lib/authoring/scaffold';
for (const f of ['content/sources/uk-france-troops-ukraine-ceasefire.txt', 'tests/fixtures/captures/harbour-bridge.txt']) {
const cap = parseCapture(readFileSync(f, 'utf8')).capture!;
const s = scaffoldArticle(cap, knownActors('.'), 'declared', f);
console.log(s.mdx.split('\n---\n')[0]);
}
