import type { Definition, Image, ImageReference, Link, LinkReference, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { visit } from 'unist-util-visit';
import { parseMdx } from '../text/blocks';
import { activeElements, isEventHandler, isScriptUrl } from '../../schemas/markup';
import { didYouMean } from './did-you-mean';
import type { Problem } from '../source/problems';

/**
 * All an article body may hold beyond Markdown. The full-text page passes exactly these components to
 * `<Content components={...} />`; a body imports nothing, so the list of modules it may import is empty.
 */
export const mdxAllowlist = {
  /** `<MissingVideo />` stands where the original embedded a video that the capture lacks; it takes no attributes. */
  components: ['MissingVideo'],
  imports: [] as string[],
} as const;

const only = mdxAllowlist.components.map((name) => `<${name} />`).join(', ');
const clip = (text: string, max = 40) => (text.length > max ? `${text.slice(0, max)}…` : text);

const noLinks = 'the body holds no links, because the capture carries no link targets; keep the words and drop the link';

/** A link, image or definition as messages name it: where it points, javascript: URLs called out. */
function linkTarget(node: Link | Image | LinkReference | ImageReference | Definition): string {
  const kind = node.type === 'image' || node.type === 'imageReference' ? 'an image' : 'a link';
  if (!('url' in node)) return `${kind} by reference [${clip(node.identifier)}] is not allowed`;
  const script = isScriptUrl(node.url) ? ', a javascript: URL that runs code,' : '';
  return `${node.type === 'definition' ? 'a link definition' : kind} to "${clip(node.url)}"${script} is not allowed`;
}

/** Every problem with one JSX element: its name, its attributes, its content. */
function elementProblems(node: MdxJsxFlowElement | MdxJsxTextElement): Problem[] {
  const line = node.position?.start.line ?? 0;
  const problems: Problem[] = [];
  const name = node.name ?? '';
  const allowed = (mdxAllowlist.components as readonly string[]).includes(name);
  const active = activeElements[name.toLowerCase()];
  if (!name) problems.push({ path: 'body', line, message: `a fragment <>…</> is JSX, which article bodies do not use; the only component allowed is ${only}` });
  else if (active) problems.push({ path: 'body', line, message: `<${name}> is not allowed: it ${active}, and article bodies hold only text and ${only}` });
  else if (/^[a-z]/.test(name) && !name.includes('.')) {
    problems.push({ path: 'body', line, message: `<${name}> is raw HTML, which is not allowed in the body: article bodies are Markdown, and the only component allowed is ${only}` });
  } else if (!allowed) {
    problems.push({
      path: 'body',
      line,
      message: `<${name}> is not allowed: article bodies are Markdown, and the only component allowed is ${only}${didYouMean(name, mdxAllowlist.components)}`,
    });
  } else if (node.children.length > 0) {
    problems.push({ path: 'body', line, message: `<${name}> takes no content; write it as <${name} />` });
  }
  for (const attribute of node.attributes) {
    const at = attribute.position?.start.line ?? line;
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problems.push({ path: 'body', line: at, message: `<${name}> spreads the JavaScript expression ${clip(attribute.value)}; article bodies run no JavaScript` });
    } else if (isEventHandler(attribute.name)) {
      problems.push({ path: 'body', line: at, message: `<${name}> has the event handler ${attribute.name}=, which runs code; remove it` });
    } else if (attribute.value !== null && typeof attribute.value === 'object') {
      problems.push({ path: 'body', line: at, message: `<${name}> sets ${attribute.name} to the JavaScript expression {${clip(attribute.value.value)}}; article bodies run no JavaScript` });
    } else if (typeof attribute.value === 'string' && isScriptUrl(attribute.value)) {
      problems.push({ path: 'body', line: at, message: `<${name}> has ${attribute.name}="${clip(attribute.value)}", a javascript: URL, which runs code; remove it` });
    } else if (allowed) {
      problems.push({ path: 'body', line: at, message: `<${name} /> takes no attributes; remove ${attribute.name}` });
    }
  }
  return problems;
}

/** Everything in a parsed body that is not text and Markdown: code, markup, components outside the allowlist. */
export function lintMdx(tree: Root): Problem[] {
  const problems: Problem[] = [];
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 0;
    switch (node.type) {
      case 'mdxjsEsm':
        // remark-mdx gives each import and export statement as estree; without it, the block is refused whole.
        for (const statement of node.data?.estree?.body ?? [undefined]) {
          const at = statement?.loc?.start.line ?? line;
          if (statement?.type !== 'ImportDeclaration') {
            problems.push({ path: 'body', line: at, message: 'exports JavaScript, which is not allowed: article bodies hold only text and Markdown' });
          } else if (!mdxAllowlist.imports.includes(String(statement.source.value))) {
            const allowed = mdxAllowlist.imports.length > 0 ? `the modules allowed are ${mdxAllowlist.imports.join(', ')}` : 'article bodies import nothing';
            problems.push({ path: 'body', line: at, message: `imports ${JSON.stringify(statement.source.value)}, which is not allowed: ${allowed}` });
          }
        }
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        problems.push({
          path: 'body',
          line,
          message: `{${clip(node.value)}} is a JavaScript expression, which article bodies may not use; to show a brace as text, write \\{`,
        });
        break;
      case 'mdxJsxFlowElement':
        problems.push(...elementProblems(node));
        break;
      case 'mdxJsxTextElement': {
        const own = elementProblems(node);
        problems.push(...own);
        // Inside a paragraph, an element would render as nothing amid the article's words, which the analysis reads as they are written.
        if (own.length === 0 && node.name !== null && (mdxAllowlist.components as readonly string[]).includes(node.name)) {
          problems.push({ path: 'body', line, message: `<${node.name} /> stands inside a paragraph here; put it on a line of its own, with a blank line before and after` });
        }
        break;
      }
      case 'link':
        problems.push({ path: 'body', line, message: `${linkTarget(node)}: ${noLinks}` });
        break;
      case 'linkReference':
      case 'definition':
        problems.push({ path: 'body', line, message: `${linkTarget(node)}: ${noLinks}` });
        break;
      case 'image':
      case 'imageReference':
        problems.push({
          path: 'body',
          line,
          message: `${linkTarget(node)}: the body holds no images, because the capture carries none; where the original embedded a video, write ${only}`,
        });
        break;
    }
  });
  return problems;
}

/** The location and reason of an MDX syntax error, in the shape micromark throws it. */
interface MdxSyntaxError {
  line?: number;
  reason?: string;
  message: string;
}

/**
 * Parses and lints an MDX body. Where it cannot be read, says where and why; its tree is then missing,
 * and nothing that needs the body can be checked.
 */
export function readBody(body: string): { tree?: Root; problems: Problem[] } {
  let tree: Root;
  try {
    tree = parseMdx(body);
  } catch (error) {
    const { reason, message } = error as MdxSyntaxError;
    // Some errors carry their place only in the message, as (line:column-line:column).
    const line = (error as MdxSyntaxError).line ?? Number(/\((\d+):\d+/.exec(message)?.[1] ?? body.split('\n').findIndex((text) => text.trim() !== '') + 1);
    if (error instanceof RangeError) {
      return { problems: [{ path: 'body', line, message: 'the body nests elements too deeply for the parser to read; an article\'s text is paragraphs and ## headings' }] };
    }
    const text = body.split('\n')[line - 1] ?? '';
    if (/<\/?[a-z]/.test(text) && /attribute|tag|closing|element|JSX/i.test(reason ?? message)) {
      const tag = /<\/?[a-z][\w-]*/.exec(text)![0];
      return {
        problems: [
          { path: 'body', line, message: `raw HTML is not allowed in the body (${tag}…>): article bodies are Markdown, and the only component allowed is ${only}; to write < as text, put a backslash before it: \\<` },
        ],
      };
    }
    return {
      problems: [
        {
          path: 'body',
          line,
          message: `the MDX cannot be read: ${reason ?? message}; to write < or { as text, put a backslash before it: \\< or \\{`,
        },
      ],
    };
  }
  return { tree, problems: lintMdx(tree) };
}
