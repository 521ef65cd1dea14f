import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance, nearest, slugify } from '../../src/lib/check/did-you-mean';

describe('editDistance', () => {
  it.each([
    ['quote', 'quote', 0],
    ['persn', 'person', 1],
    ['qoute', 'quote', 1],
    ['ana-reyez', 'ana-reyes', 1],
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
  ])('%s → %s takes %i edits', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

describe('nearest', () => {
  const stances = ['supports', 'opposes', 'conditional', 'unclear'];
  it.each([
    ['suports', 'supports'],
    ['condtional', 'conditional'],
    ['Opposes', 'opposes'],
    ['maybe', undefined],
    ['x', undefined],
  ])('suggests for %s: %s', (value, expected) => {
    expect(nearest(value, stances)).toBe(expected);
  });

  it('says nothing when the value is already valid or nothing is close', () => {
    expect(didYouMean('supports', stances)).toBe('');
    expect(didYouMean('maybe', stances)).toBe('');
    expect(didYouMean('suports', stances)).toBe('; did you mean "supports"?');
  });
});

describe('slugify', () => {
  it.each([
    ['Ana Reyes', 'ana-reyes'],
    ['  The Gazette! ', 'the-gazette'],
    ['harbour/talks', 'harbour-talks'],
    ['Zoë Müller', 'zoe-muller'],
    ['..', ''],
  ])('%s → %s', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });
});
