import { linesOf, type CaptureResult } from './capture';
import { isLabelled, readLabelledCapture } from './labelled';
import { readPlainCapture } from './plain';

/**
 * Reads a raw capture in either layout, the labelled one (`Headline: …`) or the plain one (the headline on
 * line 1): its headline, stated metadata, key points, body blocks and sources, exactly as the capture has
 * them. `npm run new` scaffolds an article from it and the build tests check every article against it.
 */
export function parseCapture(text: string): CaptureResult {
  const lines = linesOf(text);
  return isLabelled(lines) ? readLabelledCapture(lines) : readPlainCapture(lines);
}
