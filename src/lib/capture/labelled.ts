import { didYouMean } from '../check/did-you-mean';
import type { Problem } from '../source/problems';
import { sourcesLabel, type Capture, type CaptureBlock, type CaptureResult } from './capture';
import { readDay } from './day';

/** The labels of a labelled capture, each with the field it fills. */
export const captureLabels = {
  Headline: 'headline',
  Outlet: 'outlet',
  Author: 'author',
  Published: 'published',
  Address: 'url',
  'Key points': 'keyPoints',
  Body: 'body',
  'Sources include': 'sources',
} as const;

type Label = keyof typeof captureLabels;

const labelLine = /^([A-Z][A-Za-z ]*):(?:\s+(.*))?$/;
const item = /^- /;
const heading = /^##\s+/;

/** Whether a capture is in the labelled layout: its first line that is not blank is `Headline: …`. */
export function isLabelled(lines: readonly string[]): boolean {
  return /^Headline:/.test(lines.find((line) => line.trim() !== '') ?? '');
}

/** The body's blocks: paragraphs apart by blank lines, their lines joined with one space; `## ` lines are headings. */
function bodyBlocks(lines: readonly string[], first: number): CaptureBlock[] {
  const blocks: CaptureBlock[] = [];
  let open: CaptureBlock | undefined;
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') open = undefined;
    else if (heading.test(line)) {
      blocks.push({ kind: 'heading', text: line.replace(heading, ''), line: first + index });
      open = undefined;
    } else if (open) open.text += ` ${line}`;
    else blocks.push((open = { kind: 'paragraph', text: line, line: first + index }));
  });
  return blocks;
}

/** `- ` items, an item's further lines joined to it with one space. */
function items(lines: readonly string[]): string[] {
  const found: string[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (item.test(line) || found.length === 0) found.push(line.replace(item, ''));
    else found[found.length - 1] += ` ${line}`;
  }
  return found;
}

/**
 * Reads a capture in the labelled layout: `Headline:`, `Outlet:`, `Author:`, `Published:` and `Address:`
 * lines, each with its value after the colon; `Key points:` followed by `- ` items; `Body:` followed by
 * the body, paragraphs apart by blank lines and `## ` subheadings; optionally `Sources include:` followed
 * by the sources, one a line. Only `Headline` and `Body` are required; what is not there stays unstated.
 */
export function readLabelledCapture(lines: readonly string[]): CaptureResult {
  const problems: Problem[] = [];
  const values = new Map<Label, { value: string; line: number }>();
  const sections = new Map<Label, { from: number; to: number }>();
  let section: Label | undefined;
  for (let index = 0; index < lines.length; index += 1) {
    const match = labelLine.exec(lines[index]!);
    const label = match?.[1] as Label | undefined;
    const known = label !== undefined && label in captureLabels;
    // Inside the body only the sources label ends it: a paragraph may well begin "Note: …".
    if (section === 'Body' && label !== 'Sources include') continue;
    if (match && known) {
      if (values.has(label)) problems.push({ path: label, line: index + 1, message: `a second "${label}:" line; the first is on line ${values.get(label)!.line}: keep one` });
      values.set(label, { value: match[2]?.trim() ?? '', line: index + 1 });
      section = label;
      sections.set(label, { from: index + 1, to: lines.length });
      for (const [other, range] of sections) if (other !== label && range.to === lines.length) range.to = index;
    } else if (match && !known && section !== 'Key points' && section !== 'Sources include') {
      problems.push({
        path: match[1]!,
        line: index + 1,
        message: `"${match[1]}:" is not a label of a capture${didYouMean(match[1]!, Object.keys(captureLabels))}; the labels are ${Object.keys(captureLabels).map((name) => `"${name}:"`).join(', ')}`,
      });
    } else if (lines[index]!.trim() !== '' && section === undefined) {
      problems.push({ path: 'capture', line: index + 1, message: 'a line before any label: start each field with its label, e.g. "Outlet: The Gazette"' });
    }
  }
  const stated = (label: Label) => values.get(label)?.value || undefined;
  const linesIn = (label: Label) => {
    const range = sections.get(label);
    return range ? lines.slice(range.from, range.to) : [];
  };
  const headline = stated('Headline');
  if (!headline) problems.push({ path: 'Headline', line: values.get('Headline')?.line ?? 1, message: 'the capture has no headline: write it after "Headline: " on the first line' });
  const bodyAt = sections.get('Body');
  const body = bodyAt ? bodyBlocks(linesIn('Body'), bodyAt.from + 1) : [];
  if (body.length === 0) problems.push({ path: 'Body', line: values.get('Body')?.line ?? Math.max(1, lines.findLastIndex((line) => line.trim() !== '') + 1), message: 'the capture has no body: put the article\'s words under a line "Body:", paragraphs apart by blank lines' });
  const published = stated('Published');
  const url = stated('Address');
  if (url !== undefined && !/^https?:\/\/\S+$/.test(url)) {
    problems.push({ path: 'Address', line: values.get('Address')!.line, message: `"${url}" is not a web address: write the address starting with https:// or http://, or leave the line out` });
  }
  if (problems.length > 0 || headline === undefined) return { problems };
  const day = published && readDay(published);
  const capture: Capture = {
    layout: 'labelled',
    headline,
    ...(stated('Outlet') ? { outlet: stated('Outlet')! } : {}),
    ...(stated('Author') ? { author: stated('Author')! } : {}),
    ...(published ? { publishedAsWritten: published } : {}),
    ...(day ? { published: day } : {}),
    ...(url ? { url } : {}),
    keyPoints: items(linesIn('Key points')),
    body,
    ...(sections.has('Sources include') ? { sourcesLabel } : {}),
    sources: items(linesIn('Sources include')),
  };
  return { capture, problems: [] };
}
