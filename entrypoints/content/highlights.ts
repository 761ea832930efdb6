// The page's highlights through the CSS Custom Highlight API: no DOM surgery, so the page's
// own scripts, selection and layout are untouched. Ranges are built in batches with yields
// so a page with tens of thousands of numbers stays responsive.
import type { Extraction } from '../../lib/contract';
import { offsetsToRange, type Segment } from '../../lib/dom/offsets-to-range';
import css from './highlights.css?inline';

export const NUMBER_HIGHLIGHT = 'rl-number';
export const FACT_HIGHLIGHT = 'rl-sanction';
const BATCH = 2000;

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export interface Resolved {
  /** One Range (or null when unresolvable) per fact, index-aligned with extraction.facts. */
  factRanges: (Range | null)[];
  numberRanges: Range[];
}

export async function resolveRanges(
  segments: readonly Segment<Text>[],
  extraction: Extraction,
  pause: () => Promise<void>,
): Promise<Resolved> {
  const factRanges: (Range | null)[] = [];
  const numberRanges: Range[] = [];
  let made = 0;
  for (const f of extraction.facts) {
    if (++made % BATCH === 0) await pause();
    factRanges.push(offsetsToRange(segments, f.start, f.end));
  }
  for (const n of extraction.numbers) {
    if (++made % BATCH === 0) await pause();
    const r = offsetsToRange(segments, n.start, n.end);
    if (r) numberRanges.push(r);
  }
  return { factRanges, numberRanges };
}

/** Replaces (never adds to) this document's highlights. */
export function showHighlights(resolved: Resolved | null, on: boolean): void {
  if (!highlightsSupported()) return;
  if (!resolved || !on) {
    clearHighlights();
    return;
  }
  // add() one by one: spreading tens of thousands of ranges into the constructor overflows the stack.
  const numbers = new Highlight();
  for (const r of resolved.numberRanges) numbers.add(r);
  const facts = new Highlight();
  for (const r of resolved.factRanges) if (r) facts.add(r);
  facts.priority = 1; // a sanction paints over the number inside it
  CSS.highlights.set(NUMBER_HIGHLIGHT, numbers);
  CSS.highlights.set(FACT_HIGHLIGHT, facts);
}

export function clearHighlights(): void {
  if (!highlightsSupported()) return;
  CSS.highlights.delete(NUMBER_HIGHLIGHT);
  CSS.highlights.delete(FACT_HIGHLIGHT);
}

/** Adds the ::highlight() rules to the document once; returns a remover. */
export function installHighlightStyles(doc: Document): () => void {
  try {
    if (typeof CSSStyleSheet === 'function' && 'adoptedStyleSheets' in doc) {
      // A constructed sheet is not subject to the page's style-src CSP.
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      return () => {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      };
    }
  } catch {
    // fall back to a <style> element
  }
  const style = doc.createElement('style');
  style.setAttribute('data-rectify-lens', '');
  style.textContent = css;
  (doc.head ?? doc.documentElement).append(style);
  return () => style.remove();
}
