/**
 * The elements' documentation as published: `custom-elements.json`, which `cem analyze` writes from
 * the classes' JSDoc (`@cssproperty`, `@csspart`, …). web-test-runner serves the repository root, so
 * the tests read the very file that is packed. `npm run test:unit` (and `npm run build`) generate it
 * first; when running web-test-runner by hand after editing JSDoc, run `npx cem analyze --quiet`.
 */

export interface ManifestCssProperty {
  name: string;
  default?: string;
  description?: string;
}

export interface ManifestCssPart {
  name: string;
  description?: string;
}

/** A custom element's entry (only the fields these tests read). */
export interface ManifestElement {
  name: string;
  tagName: string;
  cssProperties: ManifestCssProperty[];
  cssParts: ManifestCssPart[];
}

interface Manifest {
  modules: { declarations?: (Partial<ManifestElement> & { customElement?: boolean })[] }[];
}

/** Every custom element of the manifest, by tag name. */
export async function manifestElements(): Promise<Map<string, ManifestElement>> {
  const response = await fetch('/custom-elements.json', { cache: 'no-store' });
  if (!response.ok) {
    throw new Error(
      `custom-elements.json: HTTP ${response.status}. Generate it first: npx cem analyze --quiet ` +
        '(npm run test:unit does).',
    );
  }
  const manifest = (await response.json()) as Manifest;
  const elements = new Map<string, ManifestElement>();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName || !declaration.name) continue;
      elements.set(declaration.tagName, {
        name: declaration.name,
        tagName: declaration.tagName,
        cssProperties: declaration.cssProperties ?? [],
        cssParts: declaration.cssParts ?? [],
      });
    }
  }
  return elements;
}
