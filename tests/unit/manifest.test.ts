import { describe, expect, it } from 'vitest';
import { compareAnchors, currentAnchors, orphans, updatedManifest } from '../../src/lib/anchors/manifest';

const file = 'content/anchors/a.json';

describe('currentAnchors', () => {
  it('lists block ids, then claim entries', () => {
    expect(currentAnchors(['p-one', 'section'], ['c1'])).toEqual(['p-one', 'section', 'claim-c1']);
  });
});

describe('compareAnchors', () => {
  it.each<[string, string[], { anchors: string[]; retired: Record<string, string> }, { path: string; message: string }[]]>([
    ['nothing changed', ['p-a', 'p-b'], { anchors: ['p-a', 'p-b'], retired: {} }, []],
    [
      'a published anchor vanished',
      ['p-a'],
      { anchors: ['p-a', 'p-b'], retired: {} },
      [{ path: 'anchors', message: `published anchor "p-b" would disappear; restore it, or map it to its successor under "retired" in ${file}` }],
    ],
    ['a vanished anchor retired to a successor', ['p-a', 'p-c'], { anchors: ['p-a', 'p-c'], retired: { 'p-b': 'p-c' } }, []],
    [
      'a successor that is gone too',
      ['p-a'],
      { anchors: ['p-a'], retired: { 'p-b': 'p-c' } },
      [{ path: 'retired.p-b', message: '"p-b" is retired to "p-c", which the article no longer has' }],
    ],
    [
      'a retired anchor that is back',
      ['p-a', 'p-b'],
      { anchors: ['p-a', 'p-b'], retired: { 'p-b': 'p-a' } },
      [{ path: 'retired.p-b', message: '"p-b" is retired but the article still has it; remove the mapping' }],
    ],
    [
      'a new anchor not yet recorded',
      ['p-a', 'p-new'],
      { anchors: ['p-a'], retired: {} },
      [{ path: 'anchors', message: `new anchor "p-new" not yet in ${file}; run npm run anchors:update` }],
    ],
  ])('%s', (_case, current, manifest, expected) => {
    expect(compareAnchors(current, manifest, file)).toEqual(expected);
  });
});

describe('updatedManifest and orphans', () => {
  const previous = { anchors: ['p-a', 'p-b', 'p-c'], retired: { 'p-old': 'p-c' } };

  it('names the anchors that would vanish without a successor', () => {
    expect(orphans(['p-a', 'p-c', 'p-d'], previous)).toEqual(['p-b']);
    expect(orphans(['p-a'], undefined)).toEqual([]);
  });

  it('records the current anchors and keeps or adds mappings whose successor exists', () => {
    expect(updatedManifest(['p-a', 'p-c', 'p-d'], previous, { 'p-b': 'p-d' })).toEqual({
      anchors: ['p-a', 'p-c', 'p-d'],
      retired: { 'p-old': 'p-c', 'p-b': 'p-d' },
    });
  });

  it('drops a mapping whose successor is gone', () => {
    expect(updatedManifest(['p-a'], previous)).toEqual({ anchors: ['p-a'], retired: {} });
  });
});
