import type { Problem } from '../source/problems';

/** A heading or paragraph of a capture's body, its split lines rejoined. */
export interface CaptureBlock {
  kind: 'heading' | 'paragraph';
  text: string;
  /** 1-based line of the capture where the block starts. */
  line: number;
}

/** What a raw capture states, read as it is: nothing added, nothing that the capture does not say. */
export interface Capture {
  /** `plain`: headline, `- ` key points, body lines, "Sources include:"; `labelled`: `Headline:`, `Body:` and the rest. */
  layout: 'plain' | 'labelled';
  headline: string;
  /** Only what a labelled capture states. */
  outlet?: string;
  author?: string;
  /** The `Published:` line read as a day, `YYYY-MM-DD`, when it names one unambiguously. */
  published?: string;
  /** The `Published:` line as the capture writes it. */
  publishedAsWritten?: string;
  url?: string;
  keyPoints: string[];
  body: CaptureBlock[];
  /** The line that introduces the publisher's sources, e.g. "Sources include:", if there is one. */
  sourcesLabel?: string;
  sources: string[];
}

/** A capture, or why it cannot be read: each problem names the line and the label (`path`). */
export type CaptureResult = { capture: Capture; problems: [] } | { capture?: undefined; problems: Problem[] };

/** The label of the publisher's sources list, in both layouts. */
export const sourcesLabel = 'Sources include:';

/** The capture's lines, without line endings or trailing spaces. */
export function linesOf(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((line) => line.trimEnd());
}
