// The Custom Elements Manifest (custom-elements.json) is generated from the elements' JSDoc, and from
// it the JSX and Vue typings of dist/ (scripts/framework-typings.js).
import { readFileSync } from 'node:fs';
import { frameworkTypings } from './scripts/framework-typings.js';

/**
 * Element classes never register themselves (src/define.ts does), so the analyzer cannot see their
 * tag names. This plugin reads the `'tag': ClassName` pairs of src/define.ts and writes them into the
 * manifest, so Storybook's docs (which look elements up by tag) and editors find every element.
 */
function tagNamesFromDefine() {
  return {
    name: 'portal-connections-tag-names',
    packageLinkPhase({ customElementsManifest }) {
      const source = readFileSync(new URL('./src/define.ts', import.meta.url), 'utf8');
      // BaseElement.define's `customElements.define(tag, …)` defines no element of its own: the
      // analyzer reads it as anonymous classes named "tag". Dropped, so no tool offers a <tag>.
      for (const module of customElementsManifest.modules) {
        module.declarations = module.declarations?.filter((d) => !d.name.startsWith('anonymous_'));
        module.exports = module.exports?.filter(
          (e) => !e.declaration?.name.startsWith('anonymous_'),
        );
      }
      const tags = new Map();
      for (const [, tag, className] of source.matchAll(/'([a-z][a-z0-9]*-[a-z0-9-]+)':\s*(\w+)/g)) {
        tags.set(className, tag);
      }
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const tag = tags.get(declaration.name);
          if (declaration.kind !== 'class' || !tag) continue;
          declaration.tagName = tag;
          declaration.customElement = true;
          module.exports = [
            ...(module.exports ?? []),
            {
              kind: 'custom-element-definition',
              name: tag,
              declaration: { name: declaration.name, module: 'src/define.ts' },
            },
          ];
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  plugins: [tagNamesFromDefine(), frameworkTypings()],
};
