import { anchorManifestSchema, type AnchorManifest } from '../../schemas/manifest';
import { lineAt } from '../source/frontmatter';
import type { Problem } from '../source/problems';
import { claimAnchor } from './fragments';


/** Where the manifests live, relative to the project root. */
export const MANIFEST_DIR = 'content/anchors';

/** The manifest file of an article. */
export const manifestPath = (slug: string) => `${MANIFEST_DIR}/${slug}.json`;

/** Every anchor an article publishes: its blocks' ids and its claims' entries. */
export function currentAnchors(blockIds: readonly string[], claimIds: readonly string[]): string[] {
  return [...blockIds, ...claimIds.map(claimAnchor)];
}

/**
 * Compares the anchors a build would publish with the committed manifest: a published anchor
 * may disappear only when it is retired to a successor that exists, and a new anchor must be
 * recorded before it is published. `astro dev` publishes nothing and allows `unrecorded` anchors,
 * as it allows drafts: a claim added there is recorded with `npm run anchors:update` before the build.
 */
export function compareAnchors(current: readonly string[], manifest: AnchorManifest, file: string, unrecorded: 'allow' | 'refuse' = 'refuse'): Problem[] {
  const now = new Set(current);
  const problems: Problem[] = [];
  for (const anchor of manifest.anchors) {
    if (now.has(anchor) || anchor in manifest.retired) continue;
    problems.push({
      path: 'anchors',
      message: `published anchor "${anchor}" would disappear; restore it, or map it to its successor under "retired" in ${file}`,
    });
  }
  for (const [old, successor] of Object.entries(manifest.retired)) {
    if (!now.has(successor)) {
      problems.push({ path: `retired.${old}`, message: `"${old}" is retired to "${successor}", which the article no longer has` });
    }
    if (now.has(old)) {
      problems.push({ path: `retired.${old}`, message: `"${old}" is retired but the article still has it; remove the mapping` });
    }
  }
  const recorded = new Set(manifest.anchors);
  const fresh = current.filter((anchor) => !recorded.has(anchor));
  if (fresh.length > 0 && unrecorded === 'refuse') {
    problems.push({
      path: 'anchors',
      message: `new anchor${fresh.length === 1 ? '' : 's'} ${fresh.map((a) => `"${a}"`).join(', ')} not yet in ${file}; run npm run anchors:update`,
    });
  }
  return problems;
}

/**
 * The manifest after an intended change: the current anchors, the old mappings whose successor
 * still exists, and every vanished anchor mapped to the successor given in `successors`.
 */
export function updatedManifest(
  current: readonly string[],
  previous: AnchorManifest | undefined,
  successors: Readonly<Record<string, string>> = {},
): AnchorManifest {
  const now = new Set(current);
  const retired: Record<string, string> = {};
  for (const [old, successor] of Object.entries({ ...previous?.retired, ...successors })) {
    if (now.has(successor) && !now.has(old)) retired[old] = successor;
  }
  return { anchors: [...current], retired };
}

/** Anchors the previous manifest publishes that neither exist now nor have a successor. */
export function orphans(current: readonly string[], manifest: AnchorManifest | undefined): string[] {
  if (!manifest) return [];
  const now = new Set(current);
  return manifest.anchors.filter((anchor) => !now.has(anchor) && !(anchor in manifest.retired));
}

/** An article's manifest from its text; `file` names it in the error a malformed one throws. */
export function parseManifest(text: string, file: string): AnchorManifest {
  try {
    return anchorManifestSchema.parse(JSON.parse(text));
  } catch (error) {
    throw new Error(`${file}: not a valid anchor manifest: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The line in a manifest's text of the key a problem's path ends with (`anchors`, or a retired anchor), or 1. */
export function manifestLine(text: string, path: string): number {
  const at = text.indexOf(`"${path.split('.').at(-1)}"`);
  return at === -1 ? 1 : lineAt(text, at);
}

/** The retired anchors (old → successor, as a manifest's `retired` maps them) that now lead to `anchor`. */
export function retiredTo(retired: Readonly<Record<string, string>>, anchor: string): string[] {
  return Object.entries(retired)
    .filter(([, successor]) => successor === anchor)
    .map(([old]) => old);
}
