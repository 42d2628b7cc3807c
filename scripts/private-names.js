// The names of our TypeScript `private` members that the bundle may rename (terser's property
// mangling), and a Rollup plugin that minifies the bundle with terser, renaming them.
//
// A name is renamed only when the type checker proves every use of it private:
// - it is declared somewhere in src/ as a `private` class member (field, method, accessor or
//   parameter property), without a decorator (Lit reads a decorated member's name: attributes,
//   reactive properties, queries);
// - it is declared nowhere else as anything but such a member: not public or protected, not in an
//   interface, type or object literal, not destructured, not an enum member;
// - every `x.name` in src/ resolves to such a private member (an access through `any`, or to a
//   property of another type, keeps the name);
// - it is not a word of any string or template text in src/ (`'name' in x`, `x['name']`);
// - it is not a word of any other module of the bundle (Lit, valibot, tslib): their properties, and
//   the DOM's they use, keep their names.
// Terser also keeps every name of its list of DOM and built-in properties, and gives the renamed
// members names that no other property of the bundle uses.
//
// `node scripts/private-names.js` prints the names renamed, and those kept with why.
import ts from 'typescript';
import terser from '@rollup/plugin-terser';

/** Runs the type checker over the project's sources: `{ candidates, kept }` (name → why kept). */
export function privateNames(tsconfig = 'tsconfig.build.json') {
  const configFile = ts.readConfigFile(tsconfig, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(configFile.config, ts.sys, process.cwd());
  const program = ts.createProgram(parsed.fileNames, { ...parsed.options, noEmit: true });
  const checker = program.getTypeChecker();
  const candidates = new Set();
  const kept = new Map();
  const keep = (name, why) => {
    if (!kept.has(name)) kept.set(name, why);
  };

  const isPrivateMember = (node) =>
    (ts.isPropertyDeclaration(node) ||
      ts.isMethodDeclaration(node) ||
      ts.isGetAccessorDeclaration(node) ||
      ts.isSetAccessorDeclaration(node) ||
      ts.isParameter(node)) &&
    ts.getCombinedModifierFlags(node) & ts.ModifierFlags.Private &&
    !ts.getDecorators(node)?.length &&
    node.name &&
    ts.isIdentifier(node.name) &&
    (!ts.isMethodDeclaration(node) || ts.isClassLike(node.parent));

  for (const file of program.getSourceFiles()) {
    if (file.isDeclarationFile || !parsed.fileNames.includes(file.fileName)) continue;
    const visit = (node) => {
      const name = node.name && ts.isIdentifier(node.name) ? node.name.text : undefined;
      if (isPrivateMember(node)) {
        candidates.add(name);
      } else if (
        ts.isParameter(node) &&
        ts.isParameterPropertyDeclaration(node, node.parent) &&
        name !== undefined
      ) {
        keep(name, 'a public or protected parameter property');
      } else if (
        name !== undefined &&
        (ts.isPropertyDeclaration(node) ||
          ts.isMethodDeclaration(node) ||
          ts.isGetAccessorDeclaration(node) ||
          ts.isSetAccessorDeclaration(node) ||
          ts.isPropertySignature(node) ||
          ts.isMethodSignature(node) ||
          ts.isPropertyAssignment(node) ||
          ts.isShorthandPropertyAssignment(node) ||
          ts.isEnumMember(node))
      ) {
        keep(name, `declared by a ${ts.SyntaxKind[node.kind]} (${file.fileName})`);
      } else if (ts.isBindingElement(node)) {
        const property = node.propertyName ?? node.name;
        if (ts.isIdentifier(property) && ts.isObjectBindingPattern(node.parent)) {
          keep(property.text, 'destructured');
        }
      } else if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.name)) {
        const symbol = checker.getSymbolAtLocation(node.name);
        const declarations = symbol?.declarations ?? [];
        if (declarations.length === 0 || !declarations.every(isPrivateMember)) {
          keep(node.name.text, `read as a property of something else (${file.fileName})`);
        }
      } else if (
        ts.isStringLiteralLike(node) ||
        ts.isTemplateHead(node) ||
        ts.isTemplateMiddle(node) ||
        ts.isTemplateTail(node)
      ) {
        for (const word of node.text.match(/[A-Za-z_$][\w$]*/g) ?? []) keep(word, 'in a string');
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return { candidates, kept };
}

const escape = (name) => name.replace(/\$/g, '\\$');

/**
 * A Rollup plugin that minifies with terser (`options`, as `@rollup/plugin-terser` takes them),
 * renaming our provably private members (see the top of this file). Put it last.
 */
export function terserWithPrivateNames(options) {
  let found;
  /** Every word of the modules that are not ours. */
  const foreignWords = new Set();
  let inner;
  return {
    name: 'terser-with-private-names',
    buildStart() {
      found = privateNames(); // each build: a watch rebuild may have changed any class
    },
    transform(code, id) {
      if (/\/src\//.test(id) && !id.includes('/node_modules/')) return null;
      for (const word of code.match(/[A-Za-z_$][\w$]*/g) ?? []) foreignWords.add(word);
      return null;
    },
    buildEnd() {
      const names = [...found.candidates].filter(
        (name) => !found.kept.has(name) && !foreignWords.has(name),
      );
      const regex = names.length ? new RegExp(`^(${names.map(escape).join('|')})$`) : /^$/;
      inner = terser({
        ...options,
        mangle: { ...options.mangle, properties: { regex, keep_quoted: true } },
      });
    },
    renderChunk(...args) {
      return inner.renderChunk.call(this, ...args);
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { candidates, kept } = privateNames();
  const renamed = [...candidates].filter((name) => !kept.has(name)).sort();
  console.log(
    `Renamed in the bundle (unless another module of it uses the word):\n${renamed.join(' ')}`,
  );
  console.log('\nKept:');
  for (const name of [...candidates].filter((n) => kept.has(n)).sort()) {
    console.log(`  ${name}: ${kept.get(name)}`);
  }
}
