// The Custom Elements Manifest (custom-elements.json) is generated from the elements' JSDoc.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
};
