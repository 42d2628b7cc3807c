import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/**
 * A heading level an element may draw, from its `heading-level` attribute: a whole number between
 * `min` and 6, else `fallback`. Hosts set it to fit their page's outline.
 */
export function headingLevel(value: unknown, fallback: number, min = 1): number {
  const level = Number(value);
  return Number.isInteger(level) && level >= min && level <= 6 ? level : fallback;
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
 * An `<h1>`…`<h6>` at `level` (out-of-range levels draw an `<h2>`). Six plain templates rather than
 * `lit/static-html`: the tag is one of six anyway, and static-html costs its bytes in the bundle.
 */
export function renderHeading(
  level: number,
  { part, className, id, focusable }: HeadingOptions,
  content: unknown,
): TemplateResult {
  const p = part || undefined;
  const t = focusable ? -1 : undefined;
  switch (headingLevel(level, 2)) {
    case 1:
      return html`<h1
        part=${ifDefined(p)}
        class=${className}
        id=${ifDefined(id)}
        tabindex=${ifDefined(t)}
      >
        ${content}
      </h1>`;
    case 3:
      return html`<h3
        part=${ifDefined(p)}
        class=${className}
        id=${ifDefined(id)}
        tabindex=${ifDefined(t)}
      >
        ${content}
      </h3>`;
    case 4:
      return html`<h4
        part=${ifDefined(p)}
        class=${className}
        id=${ifDefined(id)}
        tabindex=${ifDefined(t)}
      >
        ${content}
      </h4>`;
    case 5:
      return html`<h5
        part=${ifDefined(p)}
        class=${className}
        id=${ifDefined(id)}
        tabindex=${ifDefined(t)}
      >
        ${content}
      </h5>`;
    case 6:
      return html`<h6
        part=${ifDefined(p)}
        class=${className}
        id=${ifDefined(id)}
        tabindex=${ifDefined(t)}
      >
        ${content}
      </h6>`;
    default:
      return html`<h2
        part=${ifDefined(p)}
        class=${className}
        id=${ifDefined(id)}
        tabindex=${ifDefined(t)}
      >
        ${content}
      </h2>`;
  }
}
