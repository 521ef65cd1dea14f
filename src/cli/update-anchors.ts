/**
 * Records each article's published anchors in content/anchors/<slug>.json.
 *
 *   npm run anchors:update                          record new anchors
 *   npm run anchors:update -- --retire old=new      retire an anchor to its successor
 *
 * It reads the articles with the content check's reader, refuses to run while the check finds a
 * problem, and refuses to drop an anchor that has vanished without a successor.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST_DIR, manifestPath, orphans, updatedManifest } from '../lib/anchors/manifest';
import { readCorpus } from '../lib/corpus/corpus';
import { formatProblems } from '../lib/source/problems';

const root = process.cwd();
const args = process.argv.slice(2);
const successors: Record<string, string> = {};
for (let index = 0; index < args.length; index += 1) {
  const [old, successor] = (args[index] === '--retire' ? args[++index] ?? '' : '').split('=');
  if (!old || !successor) {
    console.error(`usage: npm run anchors:update -- [--retire old-anchor=new-anchor ...]`);
    process.exit(2);
  }
  successors[old] = successor;
}

// The same check as npm run check:content and the build: the registries, then every article against them.
const { articles, problems } = readCorpus(root);
if (problems.length > 0) {
  console.error(`${formatProblems(problems)}\nanchors are recorded only for articles the content check passes: fix these first.`);
  process.exit(1);
}

let failed = false;
mkdirSync(join(root, MANIFEST_DIR), { recursive: true });
for (const { slug, anchors: current, manifest: previous } of articles.values()) {
  const lost = orphans(current, previous).filter((anchor) => !(anchor in successors));
  if (lost.length > 0) {
    failed = true;
    console.error(`${manifestPath(slug)}: these published anchors would disappear: ${lost.join(', ')}`);
    console.error(`  map each to its successor: npm run anchors:update -- ${lost.map((a) => `--retire ${a}=<new-anchor>`).join(' ')}`);
    continue;
  }
  const next = updatedManifest(current, previous, successors);
  writeFileSync(join(root, manifestPath(slug)), `${JSON.stringify(next, null, 2)}\n`);
  console.log(`${manifestPath(slug)}: ${next.anchors.length} anchors, ${Object.keys(next.retired).length} retired`);
}
process.exit(failed ? 1 : 0);
