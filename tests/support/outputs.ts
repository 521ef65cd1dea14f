import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { listFiles } from './site';

/** Why a text is not well-formed HTML, or `undefined`: the HTML parser's first error, by name and line. */
export function htmlError(html: string): string | undefined {
  let first: string | undefined;
  const tree = fromHtml(html, { onerror: (error) => void (first ??= `${error.ruleId} at line ${error.line}`) });
  if (first) return first;
  for (const script of selectAll('script[type="application/ld+json"]', tree)) {
    try {
      JSON.parse(toString(script));
    } catch (error) {
      return `JSON-LD that does not parse: ${String(error)}`;
    }
  }
  return undefined;
}

// XML 1.0 allows tab, line feed, carriage return and everything from U+0020 but surrogates, U+FFFE and U+FFFF.
const notXml = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** The first character reference in XML text to a character XML does not allow, such as `&#7;`. */
function forbiddenReference(text: string): string | undefined {
  for (const match of text.matchAll(/&#(?:x([\da-f]+)|(\d+));/gi)) {
    const codePoint = match[1] ? Number.parseInt(match[1], 16) : Number(match[2]);
    if (codePoint > 0x10ffff || notXml.test(String.fromCodePoint(codePoint))) return match[0];
  }
  return undefined;
}

/** Why a text is not well-formed JSON or XML, or `undefined`. */
export function dataError(text: string, kind: 'json' | 'xml'): string | undefined {
  if (kind === 'xml') {
    const character = notXml.exec(text);
    if (character) return `U+${character[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}, which XML does not allow, at offset ${character.index}`;
    const reference = forbiddenReference(text);
    if (reference) return `${reference}, a reference to a character XML does not allow`;
    try {
      SyntaxValidator.validate(text);
      return undefined;
    } catch (error) {
      return String(error);
    }
  }
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    return String(error);
  }
}

/**
 * Every built file that is not well-formed for its format, with why: each `.xml` (the feed, the
 * sitemaps) and `.json` file, and each page's HTML and JSON-LD.
 */
export function malformedOutputs(dist: string): string[] {
  return listFiles(dist).flatMap((file) => {
    const kind = /\.(html|json|xml)$/.exec(file)?.[1];
    if (!kind) return [];
    const text = readFileSync(join(dist, file), 'utf8');
    const error = kind === 'html' ? htmlError(text) : dataError(text, kind as 'json' | 'xml');
    return error ? [`${file}: ${error}`] : [];
  });
}

/** A feed's items as XML gives them: each description still HTML, as a feed reader receives it. */
export function feedItems(xml: string): { title: string; link: string; description?: string }[] {
  const parsed = new XMLParser({ processEntities: true, htmlEntities: false, parseTagValue: false, isArray: (name) => name === 'item' }).parse(xml) as {
    rss: { channel: { item?: { title: string; link: string; description?: string }[] } };
  };
  return parsed.rss.channel.item ?? [];
}

/** A feed's items as a reader sees them: each title, and each description rendered as HTML and read as text. */
export function feedEntries(xml: string): { title: string; link: string; description?: string }[] {
  return feedItems(xml).map(({ title, link, description }) => ({
    title,
    link,
    ...(description === undefined ? {} : { description: toString(fromHtml(description, { fragment: true })) }),
  }));
}
