import { siteLang } from '../text/language';
import { linesOf, type CaptureResult } from './capture';
import { isLabelled, readLabelledCapture } from './labelled';
import { readPlainCapture } from './plain';

/**
 * Reads a raw capture in either layout, the labelled one (`Headline: …`) or the plain one (the headline on
 * line 1): its headline, stated metadata, key points, body blocks and sources, exactly as the capture has
 * them. `npm run new` scaffolds an article from it and the build tests check every article against it.
 */
export function parseCapture(text: string, { lang }: { lang?: string } = {}): CaptureResult {
  const lines = linesOf(text);
  // A labelled capture's own `Language:` line wins over the one given from outside.
  return isLabelled(lines) ? readLabelledCapture(lines, lang) : readPlainCapture(lines, lang ?? siteLang);
}
