import { describe, expect, it } from 'vitest';
import { activeMarkup, isEventHandler, isScriptUrl } from '../../src/schemas/markup';

describe('isScriptUrl', () => {
  it.each([
    ['javascript:alert(1)', true],
    ['JavaScript:alert(1)', true],
    [' javascript:alert(1)', true],
    ['java\tscript:alert(1)', true],
    ['vbscript:msgbox', true],
    ['&#106;avascript:alert(1)', true],
    ['&#x6A;avascript:alert(1)', true],
    ['&#106avascript:alert(1)', true],
    ['javascript&colon;alert(1)', true],
    ['java&Tab;script:alert(1)', true],
    ['&amp;javascript:', false],
    ['https://example.org/javascript:', false],
    ['#javascript', false],
    ['mailto:desk@example.org', false],
  ])('%j runs code: %s', (url, expected) => {
    expect(isScriptUrl(url)).toBe(expected);
  });
});

describe('isEventHandler', () => {
  // Every on* name counts, not only today's events: browsers add new ones.
  it.each([
    ['onclick', true],
    ['onLoad', true],
    ['onfuturething', true],
    ['on', false],
    ['href', false],
  ])('%s: %s', (name, expected) => {
    expect(isEventHandler(name)).toBe(expected);
  });
});

describe('activeMarkup', () => {
  it.each([
    ['<script>alert(1)</script>', '<script>, which runs code'],
    ['< SCRIPT src="x.js">', '<script>, which runs code'],
    ['<iframe src="https://example.org">', '<iframe>, which embeds another page'],
    ['<style>body{display:none}</style>', '<style>, which restyles the site'],
    ['<img src=x onerror=alert(1)>', 'the event handler onerror= inside <img>, which runs code'],
    ['<a href="javascript:alert(1)">here</a>', 'a script URL in href= inside <a>, which runs code'],
    ['<a href="&#106;avascript:alert(1)">here</a>', 'a script URL in href= inside <a>, which runs code'],
    ['<meta http-equiv="refresh" content="0;url=https://example.org">', '<meta>, which can send the reader to another address'],
    ['<base href="https://example.org/">', '<base>, which changes where every link of the page goes'],
    ['<link rel="stylesheet" href="https://example.org/x.css">', '<link>, which loads another resource into the page'],
    ['<form action="https://example.org">', '<form>, which sends what a reader types elsewhere'],
  ])('finds %j', (text, found) => {
    expect(activeMarkup(text)).toBe(found);
  });

  it.each([
    'Talks <b>resume</b>',
    '3 < 5 and 7 > 2',
    'AT&T "quoted" \'single\'',
    '<img src="x.png" alt="">',
    'JavaScript: the good parts',
    'The script was one onerror= away from disaster',
  ])('lets %j through: it cannot act, and the site shows it as text', (text) => {
    expect(activeMarkup(text)).toBeUndefined();
  });
});
