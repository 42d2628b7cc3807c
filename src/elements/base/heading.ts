import { html, nothing, type TemplateResult } from 'lit';

/**
 * A heading level an element may draw, from its `heading-level` attribute: a whole number between
 * `min` and 6, else 2. Hosts set it to fit their page's outline.
 */
export function headingLevel(value: unknown, min = 1): number {
  const level = Number(value);
  return Number.isInteger(level) && level >= min && level <= 6 ? level : 2;
}

/** What a heading carries besides its level and text. */
export interface HeadingOptions {
  part?: string;
  className: string;
  id?: string;
  /** `tabindex="-1"`, so a router can move focus to it. */
  focusable?: boolean;
}

/**
 * The strings of the `<hN>` template of each level, made once: Lit caches a template by its
 * strings array. Written as one template for all six levels (a template strings array is an array
 * with a `raw` copy, which is how `lit/static-html` builds its own, without its bytes).
 */
const templates: TemplateStringsArray[] = [];

function headingTemplate(level: number): TemplateStringsArray {
  const strings = [`<h${level} part=`, ' class=', ' id=', ' tabindex=', '>', `</h${level}>`];
  return Object.assign(strings, { raw: strings });
}

/** An `<h1>`…`<h6>` at `level` (out-of-range levels draw an `<h2>`). */
export function renderHeading(
  level: number,
  { part, className, id, focusable }: HeadingOptions,
  content: unknown,
): TemplateResult {
  const n = headingLevel(level);
  const strings = (templates[n] ??= headingTemplate(n));
  return html(
    strings,
    part || nothing,
    className,
    id ?? nothing,
    focusable ? -1 : nothing,
    content,
  );
}
