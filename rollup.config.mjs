// Two builds:
// 1. dist/*.js: ES modules for bundler users, one file per source module, Lit left external, with .d.ts;
//    the locales (dist/locales/<lang>.js) are entry points of their own, never in the bundle below.
//    dist/react/index.js (`portal-connections/react`) is built here too, React and @lit/react left
//    external; nothing else imports it, so neither the core modules nor the bundle ever load React.
// 2. dist/portal-connections.bundle.js: ONE self-contained, minified ES module (Lit inlined) for a plain
//    <script type="module"> host. It registers the default tags and exports the same names.
import typescript from '@rollup/plugin-typescript';
import resolve from '@rollup/plugin-node-resolve';
import minifyTemplates from './scripts/minify-templates.js';
import { terserWithPrivateNames } from './scripts/private-names.js';

const external = [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^react(\/|$)/];

/**
 * The bundle's plugins (also used by scripts/size-by-module.js, to measure what it builds, and,
 * with `minify: false`, by scripts/compare-bundle.js, to check that minifying changed nothing).
 */
export function bundlePlugins({ minify = true } = {}) {
  const build = [
    resolve(),
    typescript({ tsconfig: './tsconfig.build.json', outDir: 'dist', declaration: false }),
  ];
  if (!minify) return build;
  return [
    ...build,
    minifyTemplates(),
    // Renames our provably private members too (scripts/private-names.js).
    terserWithPrivateNames({
      format: { comments: false },
      module: true,
      ecma: 2022,
      compress: { passes: 3, unsafe_arrows: true, unsafe_methods: true },
    }),
  ];
}

/** The languages besides English: each its own entry point, `portal-connections/locales/<lang>`. */
const LOCALES = ['de', 'fr', 'es', 'pt-BR', 'ja', 'ar'];

export default [
  {
    input: {
      index: 'src/index.ts',
      define: 'src/define.ts',
      ...Object.fromEntries(LOCALES.map((lang) => [`locales/${lang}`, `src/locales/${lang}.ts`])),
      'react/index': 'src/react/index.ts',
    },
    external,
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
    },
    plugins: [typescript({ tsconfig: './tsconfig.build.json', outDir: 'dist', declaration: true })],
  },
  {
    input: 'src/bundle.ts',
    output: { file: 'dist/portal-connections.bundle.js', format: 'es', sourcemap: true },
    plugins: bundlePlugins(),
  },
];
