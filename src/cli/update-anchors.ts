/**
 * Records each article's published anchors in content/anchors/<slug>.json.
 *
 *   npm run anchors:update                          record new anchors
 *   npm run anchors:update -- --retire old=new      retire an anchor to its successor
 *
 * It refuses to drop an anchor that has vanished without a successor.
 */
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseBlocks } from '../lib/text/blocks';
import { currentAnchors, MANIFEST_DIR, manifestPath, orphans, readManifest, updatedManifest } from '../lib/anchors/manifest';
import { splitSource } from '../lib/check/mdx-file';

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

let failed = false;
mkdirSync(join(root, MANIFEST_DIR), { recursive: true });
for (const file of readdirSync(join(root, 'content/articles')).filter((name) => name.endsWith('.mdx')).sort()) {
  const slug = file.replace(/\.mdx$/, '');
  const { frontmatter, body } = splitSource(readFileSync(join(root, 'content/articles', file), 'utf8'));
  const claims = ((parse(frontmatter) as { claims?: { id: string }[] } | null)?.claims ?? []).map((claim) => claim.id);
  const current = currentAnchors(parseBlocks(body).map((block) => block.id), claims);
  const previous = readManifest(root, slug);
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
