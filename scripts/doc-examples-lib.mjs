// Type-checks the fenced ```ts code of every TSDoc `@example` in the packages'
// sources (STYLE.md: "Examples in doc comments are type-checked by a script so
// they cannot rot"). Used by scripts/check-doc-examples.mjs and tested by
// scripts/doc-examples.test.ts.
//
// How a snippet is checked:
// - each fenced ```ts block of an `@example` becomes its own virtual module,
//   placed (in memory only) beside the sources of its package, so that its own
//   imports resolve as they would for that package;
// - line 1 of the module imports every export of the snippet's own package
//   (`@rollout/<pkg>`), except the names the snippet imports or declares itself,
//   so examples can call `parseJson('…')` without an import; the snippet's lines
//   follow unchanged (import declarations are hoisted by the language itself);
// - `@rollout/*` resolves to the sources through the `@rollout/source` export
//   condition (tsconfig.base.json `customConditions`), so no build is needed;
// - options: tsconfig.base.json, except `noUncheckedIndexedAccess`,
//   `noUnusedLocals` and `noUnusedParameters` off (examples index arrays for
//   readability), `verbatimModuleSyntax`/`isolatedModules` off (the line-1
//   import takes types and values alike), `types: ['node']`, no emit;
// - all snippets are checked in ONE program, and only the snippets are checked
//   (the packages' own sources are type-checked by `pnpm typecheck`).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** Fence languages that are type-checked. */
const TS_FENCES = new Set(['ts', 'typescript']);

/** The folder (virtual, never written) that holds a package's snippet modules. */
const VIRTUAL_DIR = '__doc_examples__';

/**
 * Finds every `@example` block in the doc comments of one source text.
 *
 * @param {string} text - A TypeScript source text.
 * @param {string} [fileName] - Its name (only for the parser).
 * @returns {Array<{ line: number, title: string, snippets: Array<{ line: number, code: string }> }>}
 *   One entry per `@example` tag: `line` is the 1-based line of the tag; each
 *   snippet is the code of a ```ts fence, `line` being the 1-based source line of
 *   its first code line. An entry with no snippet has no ```ts fence.
 */
export function extractExamples(text, fileName = 'source.ts') {
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const seen = new Set();
  const comments = [];
  const visit = (node) => {
    for (const range of ts.getLeadingCommentRanges(text, node.pos) ?? []) {
      if (seen.has(range.pos)) continue;
      seen.add(range.pos);
      if (
        range.kind === ts.SyntaxKind.MultiLineCommentTrivia &&
        text.startsWith('/**', range.pos)
      ) {
        comments.push(range);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  // The end-of-file token is visited by forEachChild; sort for a stable order.
  comments.sort((a, b) => a.pos - b.pos);
  const examples = [];
  for (const range of comments) {
    const firstLine = sf.getLineAndCharacterOfPosition(range.pos).line + 1;
    examples.push(...examplesOfComment(text.slice(range.pos, range.end), firstLine));
  }
  return examples;
}

/**
 * The `@example` blocks of one doc comment.
 *
 * @param {string} comment - The comment text, from `/**` to `*\/`.
 * @param {number} firstLine - The 1-based source line of `/**`.
 */
function examplesOfComment(comment, firstLine) {
  const lines = comment
    .replace(/^\/\*\*/, '')
    .replace(/\*\/$/, '')
    .split(/\r?\n/)
    .map((l, i) => (i === 0 ? l.replace(/^\s*/, '') : l.replace(/^\s*\*? ?/, '')));
  const examples = [];
  let current = null;
  let fence = null; // { lang, line, code: [] } while inside a fence
  const closeFence = () => {
    if (current && fence && TS_FENCES.has(fence.lang)) {
      current.snippets.push({ line: fence.line, code: fence.code.join('\n') });
    }
    fence = null;
  };
  lines.forEach((raw, i) => {
    const line = firstLine + i;
    let content = raw;
    if (fence) {
      if (/^\s*```\s*$/.test(content)) closeFence();
      else fence.code.push(content.replace(/\*\\\//g, '*/'));
      return;
    }
    const tag = /^\s*@(\w+)\b\s*(.*)$/.exec(content);
    if (tag) {
      current = null;
      if (tag[1] !== 'example') return;
      current = { line, title: '', snippets: [] };
      examples.push(current);
      content = tag[2];
      if (!content.startsWith('```')) {
        current.title = content.trim();
        return;
      }
    }
    const open = /^\s*```\s*([\w-]*)/.exec(content);
    if (open) fence = { lang: open[1].toLowerCase(), line: line + 1, code: [] };
  });
  closeFence();
  return examples;
}

/**
 * The names a package exports from `src/index.ts`, read from the syntax
 * (following `export * from` into relative modules).
 *
 * @param {string} indexFile - Absolute path of the entry.
 * @param {(file: string) => string | undefined} read - Reads a file.
 * @returns {string[]} The exported names, sorted.
 */
export function exportedNames(indexFile, read = readIfExists) {
  const names = new Set();
  const done = new Set();
  const walk = (file) => {
    if (done.has(file)) return;
    done.add(file);
    const text = read(file);
    if (text === undefined) return;
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
    for (const st of sf.statements) {
      if (ts.isExportDeclaration(st)) {
        if (st.exportClause && ts.isNamedExports(st.exportClause)) {
          for (const el of st.exportClause.elements) names.add(el.name.text);
        } else if (st.exportClause && ts.isNamespaceExport(st.exportClause)) {
          names.add(st.exportClause.name.text);
        } else if (st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier)) {
          const spec = st.moduleSpecifier.text;
          if (spec.startsWith('.')) {
            const base = path.resolve(path.dirname(file), spec.replace(/\.[cm]?js$/, ''));
            const target = [`${base}.ts`, path.join(base, 'index.ts')].find(
              (f) => read(f) !== undefined,
            );
            if (target) walk(target);
          }
        }
        continue;
      }
      const mods = ts.canHaveModifiers(st) ? (ts.getModifiers(st) ?? []) : [];
      if (!mods.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
      if (mods.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword)) continue;
      for (const n of declaredNames(st)) names.add(n);
    }
  };
  walk(indexFile);
  return [...names].sort();
}

/** The names a top-level statement declares (or imports). */
function declaredNames(st) {
  const out = [];
  const bind = (name) => {
    if (ts.isIdentifier(name)) out.push(name.text);
    else for (const el of name.elements) if (!ts.isOmittedExpression(el)) bind(el.name);
  };
  if (ts.isVariableStatement(st)) {
    for (const d of st.declarationList.declarations) bind(d.name);
  } else if (
    (ts.isFunctionDeclaration(st) ||
      ts.isClassDeclaration(st) ||
      ts.isInterfaceDeclaration(st) ||
      ts.isTypeAliasDeclaration(st) ||
      ts.isEnumDeclaration(st) ||
      ts.isModuleDeclaration(st) ||
      ts.isImportEqualsDeclaration(st)) &&
    st.name &&
    ts.isIdentifier(st.name)
  ) {
    out.push(st.name.text);
  } else if (ts.isImportDeclaration(st) && st.importClause) {
    const clause = st.importClause;
    if (clause.name) out.push(clause.name.text);
    const nb = clause.namedBindings;
    if (nb && ts.isNamespaceImport(nb)) out.push(nb.name.text);
    if (nb && ts.isNamedImports(nb)) for (const el of nb.elements) out.push(el.name.text);
  }
  return out;
}

function readIfExists(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Lists the sources whose examples are checked: every `packages/<pkg>/src/**\/*.ts`
 * except tests (`*.test.ts`, `*.test-d.ts`, `*.spec.ts`) and declaration files.
 *
 * @param {string} root - The repository root.
 * @returns {Array<{ file: string, pkg: string, text: string }>} `file` relative to
 *   `root` with `/` separators, sorted.
 */
export function listSources(root) {
  const out = [];
  const pkgsDir = path.join(root, 'packages');
  for (const pkg of readdirSync(pkgsDir).sort()) {
    const src = path.join(pkgsDir, pkg, 'src');
    if (!existsSync(src)) continue;
    const walk = (dir) => {
      for (const ent of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
        a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
      )) {
        const abs = path.join(dir, ent.name);
        if (ent.isDirectory()) {
          if (ent.name !== 'node_modules') walk(abs);
        } else if (
          ent.name.endsWith('.ts') &&
          !ent.name.endsWith('.d.ts') &&
          !/\.(test|spec|test-d)\.ts$/.test(ent.name)
        ) {
          const file = path.relative(root, abs).split(path.sep).join('/');
          out.push({ file, pkg, text: readFileSync(abs, 'utf8') });
        }
      }
    };
    walk(src);
  }
  return out;
}

/** The compiler options of the snippets (see the top of this file). */
export function snippetCompilerOptions(root) {
  const configFile = path.join(root, 'tsconfig.base.json');
  const read = ts.readConfigFile(configFile, ts.sys.readFile);
  if (read.error) throw new Error(formatDiagnostic(read.error));
  const parsed = ts.parseJsonConfigFileContent(
    { compilerOptions: read.config.compilerOptions ?? {}, files: [] },
    ts.sys,
    root,
    undefined,
    configFile,
  );
  return {
    ...parsed.options,
    noUncheckedIndexedAccess: false,
    noUnusedLocals: false,
    noUnusedParameters: false,
    verbatimModuleSyntax: false,
    isolatedModules: false,
    declaration: false,
    noEmit: true,
    types: ['node'],
    // Type roots are looked up from the root, where @types/node is installed.
    typeRoots: [path.join(root, 'node_modules', '@types')],
  };
}

function formatDiagnostic(d) {
  return ts.flattenDiagnosticMessageText(d.messageText, '\n');
}

/**
 * Type-checks the examples of the given sources in one program.
 *
 * @param {object} options
 * @param {string} options.root - The repository root (absolute).
 * @param {Array<{ file: string, pkg: string, text: string }>} [options.sources] -
 *   The sources to read examples from (`file` relative to `root`); defaults to
 *   {@link listSources}. A source need not exist on disk (tests pass in-memory
 *   texts); its package's exports are the ones of `packages/<pkg>/src/index.ts`.
 * @returns {{ checked: number, failed: number, errors: Array<{ file: string, line: number, message: string }> }}
 *   `checked` counts `@example` blocks; `failed` those with at least one error;
 *   `errors` sorted by file, line and message.
 */
export function checkDocExamples({ root, sources = listSources(root) }) {
  const options = snippetCompilerOptions(root);
  const errors = [];
  const virtual = new Map(); // absolute path -> { text, map(line0) -> source line, example }
  const exportsOf = new Map();
  const failedExamples = new Set();
  let checked = 0;
  let counter = 0;

  for (const source of sources) {
    for (const example of extractExamples(source.text, source.file)) {
      checked += 1;
      const exampleKey = `${source.file}:${example.line}`;
      if (example.snippets.length === 0) {
        failedExamples.add(exampleKey);
        errors.push({
          file: source.file,
          line: example.line,
          message: '@example has no ```ts fence (write the code in a ```ts … ``` block)',
        });
        continue;
      }
      const pkgDir = path.join(root, 'packages', source.pkg);
      if (!exportsOf.has(source.pkg)) {
        exportsOf.set(source.pkg, exportedNames(path.join(pkgDir, 'src', 'index.ts')));
      }
      for (const snippet of example.snippets) {
        counter += 1;
        const own = new Set(
          ts
            .createSourceFile('s.ts', snippet.code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS)
            .statements.flatMap(declaredNames),
        );
        const names = exportsOf.get(source.pkg).filter((n) => !own.has(n));
        const header = names.length
          ? `import { ${names.join(', ')} } from '@rollout/${source.pkg}';`
          : '';
        const text = `${header}\n${snippet.code}\nexport {};\n`;
        const abs = path.join(pkgDir, 'src', VIRTUAL_DIR, `example-${counter}.ts`);
        virtual.set(abs, { text, source, example, snippet, exampleKey });
      }
    }
  }

  if (virtual.size > 0) {
    const host = ts.createCompilerHost(options, true);
    const cache = ts.createModuleResolutionCache(root, (f) => f, options);
    const baseGetSourceFile = host.getSourceFile.bind(host);
    const baseFileExists = host.fileExists.bind(host);
    const baseReadFile = host.readFile.bind(host);
    const baseDirectoryExists = host.directoryExists?.bind(host);
    host.fileExists = (f) => virtual.has(path.resolve(f)) || baseFileExists(f);
    host.readFile = (f) => virtual.get(path.resolve(f))?.text ?? baseReadFile(f);
    host.directoryExists = (d) =>
      path.basename(d) === VIRTUAL_DIR || (baseDirectoryExists ? baseDirectoryExists(d) : true);
    host.getSourceFile = (f, lang, onError, create) => {
      const v = virtual.get(path.resolve(f));
      if (v) return ts.createSourceFile(f, v.text, lang, true, ts.ScriptKind.TS);
      return baseGetSourceFile(f, lang, onError, create);
    };
    // `@rollout/<pkg>` is resolved as the package itself would name itself (its
    // package.json `exports` under the `@rollout/source` condition), whatever the
    // importing package depends on; everything else resolves as usual.
    host.resolveModuleNameLiterals = (literals, containingFile, redirected, opts, sf) =>
      literals.map((lit) => {
        const m = /^@rollout\/([^/]+)/.exec(lit.text);
        const from =
          m && existsSync(path.join(root, 'packages', m[1], 'package.json'))
            ? path.join(root, 'packages', m[1], 'src', '__resolve__.ts')
            : containingFile;
        const mode = ts.getModeForUsageLocation(sf, lit, opts);
        return ts.resolveModuleName(lit.text, from, opts, host, cache, redirected, mode);
      });

    const rootNames = [...virtual.keys()];
    const program = ts.createProgram({ rootNames, options, host });
    for (const d of program.getOptionsDiagnostics()) {
      errors.push({ file: 'tsconfig.base.json', line: 1, message: formatDiagnostic(d) });
    }
    for (const abs of rootNames) {
      const v = virtual.get(abs);
      const sf = program.getSourceFile(abs);
      const diags = [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)];
      for (const d of diags) {
        let line = v.example.line;
        if (d.file && d.start !== undefined) {
          const l0 = d.file.getLineAndCharacterOfPosition(d.start).line;
          // Line 0 is the generated import of the package's exports.
          if (l0 >= 1) line = v.snippet.line + l0 - 1;
        }
        failedExamples.add(v.exampleKey);
        errors.push({ file: v.source.file, line, message: formatDiagnostic(d) });
      }
    }
  }

  errors.sort((a, b) =>
    a.file !== b.file
      ? a.file < b.file
        ? -1
        : 1
      : a.line !== b.line
        ? a.line - b.line
        : a.message < b.message
          ? -1
          : a.message > b.message
            ? 1
            : 0,
  );
  return { checked, failed: failedExamples.size, errors };
}

/**
 * Formats a result as the script prints it: one `file:line: message` per error
 * (continuation lines indented), then `doc examples: N checked, M failed`.
 */
export function formatReport(result) {
  const lines = result.errors.map(
    (e) => `${e.file}:${e.line}: ${e.message.split('\n').join('\n    ')}`,
  );
  lines.push(`doc examples: ${result.checked} checked, ${result.failed} failed`);
  return lines.join('\n');
}
