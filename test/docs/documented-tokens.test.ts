/**
 * The `@cssproperty [--pc-x=default] - …` lists in the elements' JSDoc are written by hand. This test
 * keeps them true: each element documents exactly the `--pc-*` tokens its styles read (its
 * `elementStyles`, shared styles included), each with the default of `TOKEN_DEFAULTS`, the one place
 * defaults are written. It reads the documentation from custom-elements.json (see ./manifest.ts).
 *
 * Tokens of the elements an element draws apply through it too (custom properties inherit), but each
 * element documents only its own styles' tokens: the inner elements document theirs.
 */
import { expect } from '@open-wc/testing';
import type { CSSResultOrNative } from 'lit';
import { DEFAULT_TAGS } from '../../src/define.js';
import { TOKEN_DEFAULTS } from '../../src/styles/tokens.js';
import { manifestElements, type ManifestElement } from './manifest.js';

/** Styles read a token as `var(--pc-…, default)` (see `token()`), so its name is in the text. */
const TOKEN_PATTERN = /--pc-[a-z0-9-]+/g;

function cssText(style: CSSResultOrNative): string {
  if (style instanceof CSSStyleSheet) {
    return Array.from(style.cssRules, (rule) => rule.cssText).join('\n');
  }
  return style.cssText;
}

/** The tokens an element's styles read, sorted. */
function tokensRead(styles: readonly CSSResultOrNative[]): string[] {
  const names = new Set(styles.flatMap((style) => cssText(style).match(TOKEN_PATTERN) ?? []));
  return [...names].sort();
}

/** What is wrong with an element's `@cssproperty` list, one line per problem. */
function problems(element: ManifestElement, read: string[]): string[] {
  const defaults: Record<string, string> = TOKEN_DEFAULTS;
  const documented = new Map(element.cssProperties.map((p) => [p.name, p]));
  const found: string[] = [];
  for (const name of read) {
    if (!documented.has(name)) {
      found.push(
        `${name}: read by the styles, not documented (add \`@cssproperty [${name}=${defaults[name]}] - …\`)`,
      );
    }
  }
  for (const [name, property] of documented) {
    if (!Object.hasOwn(defaults, name)) {
      found.push(`${name}: documented, but not a token of TOKEN_DEFAULTS`);
    } else if (property.default !== defaults[name]) {
      found.push(
        `${name}: documented default ${JSON.stringify(property.default)}, TOKEN_DEFAULTS says ` +
          JSON.stringify(defaults[name]),
      );
    }
    if (!read.includes(name)) found.push(`${name}: documented, but the styles never read it`);
  }
  return found;
}

describe('documented tokens (@cssproperty)', () => {
  let manifest: Map<string, ManifestElement>;
  before(async () => {
    manifest = await manifestElements();
  });

  it('the manifest describes every element of the define entry', () => {
    // Not `equal`: the analyzer also lists an element named `tag`, read from the base class's
    // `define(tag)` (`customElements.define(tag, this)`); it is not an element of the library.
    expect([...manifest.keys()]).to.include.members(Object.keys(DEFAULT_TAGS));
  });

  for (const [tag, element] of Object.entries(DEFAULT_TAGS)) {
    it(`${tag} documents every token its styles read, with its default`, () => {
      const documented = manifest.get(tag);
      expect(documented, `${tag} is missing from custom-elements.json`).to.exist;
      // Defining the element (src/define.ts) finalized its class, so elementStyles is filled in.
      const read = tokensRead(element.elementStyles);
      expect(read, `${tag} reads no --pc-* token at all`).to.not.be.empty;
      expect(problems(documented!, read), `${documented!.name}'s JSDoc`).to.deep.equal([]);
    });
  }
});
