/** Elements that run code, embed another page or restyle the site, each with what it would do. */
export const activeElements: Readonly<Record<string, string>> = {
  script: 'runs code',
  iframe: 'embeds another page',
  style: 'restyles the site',
  object: 'embeds a plug-in',
  embed: 'embeds a plug-in',
  applet: 'embeds a plug-in',
  frame: 'embeds another page',
  frameset: 'embeds other pages',
  meta: 'can send the reader to another address',
  base: 'changes where every link of the page goes',
  link: 'loads another resource into the page',
  form: 'sends what a reader types elsewhere',
};

/** Whether an attribute name is an event handler such as `onclick`, which runs code. */
export function isEventHandler(name: string): boolean {
  return /^on[a-z]/i.test(name);
}

// The character references an attribute value may spell a scheme with, beyond numeric ones.
const namedReferences: Readonly<Record<string, string>> = { colon: ':', tab: '\t', newline: '\n', sol: '/', lpar: '(', rpar: ')' };

/** An attribute value as a browser reads it: `&#106;`, `&#x6A;` and `&colon;` decoded, with or without `;`. */
export function decodeReferences(value: string): string {
  return value.replace(/&(?:#(\d+)|#x([\da-f]+)|([a-z]+));?/gi, (whole, decimal?: string, hex?: string, name?: string) => {
    const codePoint = decimal ? Number(decimal) : hex ? Number.parseInt(hex, 16) : undefined;
    if (codePoint !== undefined) return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : whole;
    return namedReferences[name!.toLowerCase()] ?? whole;
  });
}

/**
 * Whether following a URL runs code: `javascript:` and `vbscript:`, however spelt (browsers decode
 * character references, ignore case and drop spaces, tabs and newlines before and inside the scheme).
 */
export function isScriptUrl(url: string): boolean {
  return /^(?:javascript|vbscript):/.test(decodeReferences(url).replace(/[\u0000-\u0020]/g, '').toLowerCase());
}

const tag = /<\s*\/?\s*([a-z][a-z0-9-]*)([^<>]*)>?/gi;
const attribute = /([^\s"'<>/=]+)\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+)?/g;

/**
 * What, in a line of plain text, would act if it were ever read as HTML: an active element, an
 * event handler or a script URL inside a tag. Returns a description of the first, or `undefined`.
 */
export function activeMarkup(text: string): string | undefined {
  for (const [, rawName = '', rest = ''] of text.matchAll(tag)) {
    const name = rawName.toLowerCase();
    if (activeElements[name]) return `<${name}>, which ${activeElements[name]}`;
    for (const [, attributeName = '', value = ''] of rest.matchAll(attribute)) {
      if (isEventHandler(attributeName)) return `the event handler ${attributeName}= inside <${name}>, which runs code`;
      if (isScriptUrl(value.replace(/^["']|["']$/g, ''))) return `a script URL in ${attributeName}= inside <${name}>, which runs code`;
    }
  }
  return undefined;
}
