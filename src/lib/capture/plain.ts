import type { Problem } from '../source/problems';
import { sourcesLabel, type Capture, type CaptureBlock, type CaptureResult } from './capture';
import { lineEnd } from './splits';

const keyPoint = /^- /;

/**
 * Reads a capture in the plain layout (`content/sources/README` of the first article): line 1 the
 * headline, then the publisher's key points as `- ` lines, then the body, one line a paragraph, and
 * last, after a line "Sources include:", one source a line. A line cut where a link was is joined to
 * the next with one space (`lineEnd`); a short line that ends no sentence is a subheading.
 */
export function readPlainCapture(lines: readonly string[]): CaptureResult {
  const problems: Problem[] = [];
  let at = lines.findIndex((line) => line.trim() !== '');
  const headline = lines[at]?.trim() ?? '';
  if (at < 0 || headline === '') return { problems: [{ path: 'headline', line: 1, message: 'the capture is empty: its first line must be the headline' }] };
  at += 1;
  const keyPoints: string[] = [];
  for (; at < lines.length && keyPoint.test(lines[at]!); at += 1) keyPoints.push(lines[at]!.replace(keyPoint, '').trim());
  const sourcesAt = lines.findIndex((line, index) => index >= at && line.trim() === sourcesLabel);
  const bodyEnd = sourcesAt < 0 ? lines.length : sourcesAt;
  const body: CaptureBlock[] = [];
  for (; at < bodyEnd; at += 1) {
    if (lines[at]!.trim() === '') continue;
    const start = at;
    let text = lines[at]!.trim();
    let end = lineEnd(text);
    while (end === 'cut' && at + 1 < bodyEnd && lines[at + 1]!.trim() !== '') {
      text += ` ${lines[++at]!.trim()}`;
      end = lineEnd(lines[at]!);
    }
    body.push({ kind: start === at && end === 'heading' ? 'heading' : 'paragraph', text, line: start + 1 });
  }
  if (body.length === 0) problems.push({ path: 'body', line: at + 1, message: 'the capture has no body: after the headline and key points come the article\'s paragraphs' });
  const sources = sourcesAt < 0 ? [] : lines.slice(sourcesAt + 1).map((line) => line.replace(keyPoint, '').trim()).filter(Boolean);
  if (problems.length > 0) return { problems };
  const capture: Capture = { layout: 'plain', headline, keyPoints, body, sources, ...(sourcesAt < 0 ? {} : { sourcesLabel }) };
  return { capture, problems: [] };
}
