import { literal, type StaticValue } from 'lit/static-html.js';

const TAGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/**
 * A heading level an element may draw, from its `heading-level` attribute: a whole number between
 * `min` and 6, else `fallback`. Hosts set it to fit their page's outline.
 */
export function headingLevel(value: unknown, fallback: number, min = 1): number {
  const level = Number(value);
  return Number.isInteger(level) && level >= min && level <= 6 ? level : fallback;
}

/** The tag of a heading level, for `lit/static-html`; only these six literals are ever a tag. */
export function headingTag(level: number): StaticValue {
  return TAGS[headingLevel(level, 2) - 1];
}
