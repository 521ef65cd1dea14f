import { deserialize, serialize, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { sharingStrings } from '../../src/lib/corpus/shared-strings';

/** V8's collector, for the test that weighs the heap (as `node --expose-gc` gives it). */
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapUsed = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

describe('sharingStrings (src/lib/corpus/shared-strings.ts)', () => {
  it('leaves every value as it was: objects, arrays, map values, nested and repeated objects', () => {
    const inner = { id: 'macron', name: 'Emmanuel Macron' };
    const made = () => ({
      title: 'Allies pledge troops',
      tags: ['troops', 'ceasefire', ['nested', 'troops']],
      actor: inner,
      again: inner,
      names: new Map<string, unknown>([['macron', 'Emmanuel Macron'], ['tree', { text: 'troops' }]]),
      seen: new Set(['troops']),
      count: 3,
      none: null,
      unset: undefined,
    });
    const value = made();
    sharingStrings()(value);
    expect(value).toStrictEqual(made());
    // Objects are kept, not copied: a value shared by two places still is.
    expect(value.actor).toBe(value.again);
  });

  it('ends on a value that holds itself, and leaves a frozen object as it is', () => {
    const looped: Record<string, unknown> = { name: 'loop' };
    looped.self = looped;
    const frozen = Object.freeze({ name: 'frozen' });
    const share = sharingStrings();
    expect(() => share({ looped, frozen })).not.toThrow();
    expect(looped.self).toBe(looped);
    expect(frozen).toStrictEqual({ name: 'frozen' });
  });

  it('holds equal strings once, across the values it is given, as a reading kept between builds needs', () => {
    // What `v8.deserialize` gives back holds a string of its own at every place: 100 readings, each with the same
    // 100,000-character text, are 100 texts in the heap until their strings are shared.
    const text = 'The coalition of the willing met in Paris. '.repeat(2400).slice(0, 100_000);
    const readings = Array.from({ length: 100 }, () => deserialize(serialize({ blocks: [{ text }] })) as { blocks: { text: string }[] });
    const before = heapUsed();
    const share = sharingStrings();
    for (const reading of readings) share(reading);
    const freed = before - heapUsed();
    // 99 of the 100 copies are garbage: about 9.9 MB (one byte a character). Half of that is asked for, to leave room
    // for whatever else the heap did meanwhile.
    expect(freed).toBeGreaterThan(5_000_000);
    expect(readings.every((reading) => reading.blocks[0]!.text === text)).toBe(true);
  });
});
