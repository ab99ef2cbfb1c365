import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import * as ts from 'typescript';

/**
 * Architecture rules, checked on the source text (no database, no build): which library may import which,
 * no cycles, pure libraries stay pure, and libraries meet only through `@lexgap/<name>`.
 *
 * THE FLOORS. A library may import only libraries on lower floors, so the dependency graph stays a stack that
 * can be read (and tested, and reused) from the bottom up:
 *   - legal-model and scoring-engine are the ground: the legal vocabulary and the methodology as pure functions,
 *     shared by the API, the CLI, reports and benchmarks, so they must not drag a framework or I/O along;
 *   - platform is the infrastructure every Nest library stands on (config, persistence, errors, permissions);
 *   - audit, then auth, are cross-cutting services that the domain libraries record to and are guarded by;
 *   - jurisdictions is the first domain library; rubric, treaties and legislation hang off a jurisdiction;
 *     scoring combines them; assessment (expert results) builds on scoring; exchange (import/export) and reports
 *     read everything below them;
 *   - composition wires every library into one application, and the apps sit on top of it.
 * An arrow up the floors (a lower library importing a higher one) is what eventually makes a cycle, so it fails
 * here with the file and the import. To change a floor, change this table, in review.
 *
 * Libraries listed here that have no folder yet are skipped; a folder under libs/ that is not listed fails.
 */
const ALLOWED_DEPENDENCIES: Record<string, readonly string[] | 'every library'> = {
  'legal-model': [],
  'scoring-engine': ['legal-model'],
  platform: ['legal-model'],
  audit: ['platform'],
  auth: ['audit', 'platform'],
  jurisdictions: ['audit', 'auth', 'platform', 'legal-model'],
  rubric: ['audit', 'auth', 'jurisdictions', 'platform', 'scoring-engine', 'legal-model'],
  treaties: ['audit', 'auth', 'jurisdictions', 'platform', 'scoring-engine', 'legal-model'],
  legislation: ['audit', 'auth', 'jurisdictions', 'platform', 'scoring-engine', 'legal-model'],
  scoring: ['auth', 'jurisdictions', 'legislation', 'platform', 'rubric', 'scoring-engine', 'treaties', 'legal-model', 'audit'],
  assessment: ['audit', 'auth', 'jurisdictions', 'legislation', 'platform', 'rubric', 'scoring', 'scoring-engine', 'treaties', 'legal-model'],
  exchange: ['assessment', 'audit', 'auth', 'jurisdictions', 'legislation', 'platform', 'rubric', 'scoring', 'scoring-engine', 'treaties', 'legal-model'],
  reports: ['auth', 'jurisdictions', 'legislation', 'platform', 'rubric', 'scoring', 'scoring-engine', 'treaties', 'legal-model', 'audit'],
  discussion: ['assessment', 'audit', 'auth', 'jurisdictions', 'legislation', 'platform', 'legal-model'],
  composition: 'every library',
  'apps/api': 'every library',
  'apps/cli': 'every library',
};

/** Libraries that must stay plain TypeScript: no framework, no persistence, no I/O. */
const PURE_LIBRARIES = ['scoring-engine', 'legal-model'];

/** Packages a pure library must not import (a name matches itself and its subpaths, e.g. `fs/promises`). */
const FORBIDDEN_IN_PURE = ['@nestjs/', 'typeorm', 'class-validator', 'class-transformer', 'graphql', 'node:fs', 'fs', 'node:http', 'http', 'node:https', 'https', 'pg', 'better-sqlite3'];

/**
 * Test scaffolding of a pure library (`*.spec.ts` and its `testing/` folder) may read fixture files: the engine does
 * no I/O, its specs may. Every other entry of FORBIDDEN_IN_PURE still applies to them.
 */
const ALLOWED_IN_PURE_TEST_SCAFFOLDING = ['node:fs', 'fs'];

const ROOT = resolve(__dirname, '..');

// ---------------------------------------------------------------------------------------------------------------
// The import collector.

type ImportKind = 'import' | 'import type' | 'export from' | 'import()' | 'require()' | 'import = require()' | 'type import()';

interface CollectedImport {
  specifier: string;
  kind: ImportKind;
  line: number;
}

/** Every module specifier a TypeScript file imports, in all the syntaxes that create a dependency. Comments and strings are not imports. */
function collectImports(fileName: string, text: string): CollectedImport[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: CollectedImport[] = [];
  const add = (node: ts.Node, specifier: ts.Node | undefined, kind: ImportKind): void => {
    if (specifier && (ts.isStringLiteral(specifier) || ts.isNoSubstitutionTemplateLiteral(specifier))) {
      found.push({ specifier: specifier.text, kind, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1 });
    }
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      add(node, node.moduleSpecifier, node.importClause?.isTypeOnly ? 'import type' : 'import');
    } else if (ts.isExportDeclaration(node)) {
      add(node, node.moduleSpecifier, 'export from');
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      add(node, node.moduleReference.expression, 'import = require()');
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      add(node, node.arguments[0], 'import()');
    } else if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'require') {
      add(node, node.arguments[0], 'require()');
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node, node.argument.literal, 'type import()');
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

// ---------------------------------------------------------------------------------------------------------------
// The source tree.

/** A library (`libs/<name>`) or an app (`apps/<name>`). */
interface Unit {
  /** The key in ALLOWED_DEPENDENCIES: the library's name, or `apps/<name>`. */
  key: string;
  kind: 'library' | 'app';
  /** Absolute path of libs/<name> or apps/<name>. */
  folder: string;
}

interface SourceFile {
  unit: Unit;
  /** Path from the repository root, with forward slashes, for messages. */
  path: string;
  absolute: string;
  imports: CollectedImport[];
}

function subfolders(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => statSync(join(folder, name)).isDirectory())
    .sort();
}

function tsFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  const files: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') files.push(...tsFiles(path));
    } else if (entry.isFile() && entry.name.endsWith('.ts')) {
      files.push(path);
    }
  }
  return files.sort();
}

const toRepoPath = (absolute: string): string => relative(ROOT, absolute).split(sep).join('/');

const LIBRARY_FOLDERS = subfolders(join(ROOT, 'libs'));
const APP_FOLDERS = subfolders(join(ROOT, 'apps'));
const UNITS: Unit[] = [
  ...LIBRARY_FOLDERS.map((name): Unit => ({ key: name, kind: 'library', folder: join(ROOT, 'libs', name) })),
  ...APP_FOLDERS.map((name): Unit => ({ key: `apps/${name}`, kind: 'app', folder: join(ROOT, 'apps', name) })),
];

const FILES: SourceFile[] = UNITS.flatMap((unit) => {
  const roots = unit.kind === 'library' ? [join(unit.folder, 'src'), join(unit.folder, 'testing')] : [join(unit.folder, 'src')];
  return roots.flatMap(tsFiles).map((absolute) => ({ unit, path: toRepoPath(absolute), absolute, imports: collectImports(absolute, readFileSync(absolute, 'utf8')) }));
});

/** The libraries a unit may import, from the table (undefined when the unit is not in the table). */
function allowedFor(key: string): ReadonlySet<string> | undefined {
  const entry = ALLOWED_DEPENDENCIES[key];
  if (entry === undefined) return undefined;
  if (entry === 'every library') return new Set(LIBRARY_FOLDERS.filter((name) => name !== key));
  return new Set(entry);
}

// ---------------------------------------------------------------------------------------------------------------
// What each import points at.

type Target =
  | { kind: 'library'; library: string; via: 'alias' | 'path' }
  | { kind: 'app'; app: string }
  | { kind: 'inside'; where: 'own unit' | 'elsewhere in the repository' }
  | { kind: 'package'; name: string };

function isTestScaffolding(file: SourceFile): boolean {
  return file.path.endsWith('.spec.ts') || file.path.startsWith(`libs/${file.unit.key}/testing/`);
}

function targetOf(file: SourceFile, specifier: string): Target {
  const alias = /^@lexgap\/([^/]+)/.exec(specifier);
  if (alias) return { kind: 'library', library: alias[1], via: 'alias' };
  // Relative paths, and `libs/...` or `apps/...` (which tsconfig's baseUrl would resolve from the repository root).
  let absolute: string | undefined;
  if (specifier.startsWith('./') || specifier.startsWith('../') || specifier === '.' || specifier === '..') absolute = resolve(dirname(file.absolute), specifier);
  else if (/^(libs|apps)\//.test(specifier)) absolute = resolve(ROOT, specifier);
  if (absolute === undefined) return { kind: 'package', name: specifier };
  const [top, name] = toRepoPath(absolute).split('/');
  if (absolute === file.unit.folder || absolute.startsWith(file.unit.folder + sep)) return { kind: 'inside', where: 'own unit' };
  if (top === 'libs' && name) return { kind: 'library', library: name, via: 'path' };
  if (top === 'apps' && name) return { kind: 'app', app: name };
  return { kind: 'inside', where: 'elsewhere in the repository' };
}

/**
 * One tolerated relative import between libraries: a spec file may use another library's `testing/` helpers, which
 * have no `@lexgap/...` alias (the alias maps to `src/`). It still counts as a dependency for the floors and cycles.
 */
function isToleratedTestingImport(file: SourceFile, specifier: string, target: Target): boolean {
  if (target.kind !== 'library' || target.via !== 'path' || !file.path.endsWith('.spec.ts')) return false;
  const into = toRepoPath(resolve(dirname(file.absolute), specifier));
  return into.startsWith(`libs/${target.library}/testing/`);
}

interface Edge {
  from: string;
  to: string;
  where: string;
}

/** The dependency graph between units: one edge per import of another library, with the file and line it comes from. */
const EDGES: Edge[] = FILES.flatMap((file) =>
  file.imports.flatMap((imp): Edge[] => {
    const target = targetOf(file, imp.specifier);
    if (target.kind !== 'library' || target.library === file.unit.key) return [];
    return [{ from: file.unit.key, to: target.library, where: `${file.path}:${imp.line} (${imp.kind} '${imp.specifier}')` }];
  }),
);

const at = (file: SourceFile, imp: CollectedImport): string => `${file.path}:${imp.line}: ${imp.kind} '${imp.specifier}'`;

/** One cycle through the graph, as `a → b → … → a`, or undefined. DFS; a back edge closes a cycle. */
function findCycle(nodes: readonly string[], next: (node: string) => readonly string[]): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | undefined => {
    state.set(node, 'open');
    stack.push(node);
    for (const to of next(node)) {
      if (state.get(to) === 'open') return [...stack.slice(stack.indexOf(to)), to];
      if (state.get(to) === undefined) {
        const cycle = visit(to);
        if (cycle) return cycle;
      }
    }
    stack.pop();
    state.set(node, 'done');
    return undefined;
  };
  for (const node of [...nodes].sort()) {
    if (state.get(node) === undefined) {
      const cycle = visit(node);
      if (cycle) return cycle;
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------

describe('architecture', () => {
  describe('the import collector', () => {
    it('finds imports in every syntax, and none in comments or plain strings', () => {
      const text = [
        "import { a } from '@lexgap/one';",
        "import type { B } from '@lexgap/two';",
        "import { type C, d } from '@lexgap/three';",
        "import '@lexgap/side-effect';",
        "export { e } from '@lexgap/four';",
        "export * from '@lexgap/five';",
        "const f = require('@lexgap/six');",
        "const g = () => import('@lexgap/seven');",
        "import h = require('@lexgap/eight');",
        "let i: typeof import('@lexgap/nine');",
        "// import { x } from '@lexgap/in-a-comment';",
        "/** see `import('@lexgap/in-a-doc-comment')` */",
        'const s = "from \'@lexgap/in-a-string\'";',
      ].join('\n');
      const found = collectImports('self-check.ts', text).map(({ specifier, kind, line }) => `${line} ${kind} ${specifier}`);
      expect(found).toEqual([
        '1 import @lexgap/one',
        '2 import type @lexgap/two',
        '3 import @lexgap/three',
        '4 import @lexgap/side-effect',
        '5 export from @lexgap/four',
        '6 export from @lexgap/five',
        '7 require() @lexgap/six',
        '8 import() @lexgap/seven',
        '9 import = require() @lexgap/eight',
        '10 type import() @lexgap/nine',
      ]);
    });

    it('reads the whole tree: every library and app has files, and there are plenty of @lexgap imports', () => {
      const emptyUnits = UNITS.filter((unit) => !FILES.some((file) => file.unit === unit)).map((unit) => unit.key);
      expect(emptyUnits).toEqual([]);
      const lexgapImports = FILES.flatMap((file) => file.imports).filter((imp) => imp.specifier.startsWith('@lexgap/'));
      expect(lexgapImports.length).toBeGreaterThanOrEqual(100);
    });
  });

  it('lists every library and app folder in the table of floors', () => {
    const missing = UNITS.map((unit) => unit.key).filter((key) => ALLOWED_DEPENDENCIES[key] === undefined);
    expect(missing.map((key) => `${key} has a folder but no row in ALLOWED_DEPENDENCIES (test/architecture.spec.ts)`)).toEqual([]);
  });

  it('has a table of floors without a cycle in it', () => {
    const declared = (key: string): readonly string[] => {
      const entry = ALLOWED_DEPENDENCIES[key];
      return entry === undefined || entry === 'every library' ? [] : entry;
    };
    const cycle = findCycle(Object.keys(ALLOWED_DEPENDENCIES), declared);
    expect(cycle?.join(' → ')).toBeUndefined();
  });

  it('lets each library import only the libraries below it', () => {
    const violations = FILES.flatMap((file) => {
      const allowed = allowedFor(file.unit.key);
      if (!allowed) return []; // reported by the table test above
      return file.imports.flatMap((imp) => {
        const target = targetOf(file, imp.specifier);
        if (target.kind !== 'library' || target.library === file.unit.key) return [];
        if (!LIBRARY_FOLDERS.includes(target.library)) return [`${at(file, imp)}: there is no library libs/${target.library}`];
        if (allowed.has(target.library)) return [];
        const list = [...allowed].join(', ') || 'no other library';
        return [`${at(file, imp)}: ${file.unit.key} may not import ${target.library} (it may import: ${list})`];
      });
    });
    expect(violations).toEqual([]);
  });

  it('has no cycle between libraries', () => {
    const next = (node: string): string[] => [...new Set(EDGES.filter((edge) => edge.from === node).map((edge) => edge.to))].sort();
    const cycle = findCycle(
      UNITS.map((unit) => unit.key),
      next,
    );
    const report = (path: string[]): string[] => [
      `cycle ${path.join(' → ')}`,
      ...path.slice(1).map((to, i) => `  ${path[i]} → ${to}: ${EDGES.find((edge) => edge.from === path[i] && edge.to === to)?.where}`),
    ];
    expect(cycle ? report(cycle) : []).toEqual([]);
  });

  it('keeps the pure libraries free of frameworks, persistence and I/O, and inside their own folder', () => {
    const violations = FILES.filter((file) => PURE_LIBRARIES.includes(file.unit.key)).flatMap((file) =>
      file.imports.flatMap((imp) => {
        const target = targetOf(file, imp.specifier);
        if (target.kind === 'package') {
          const forbidden = FORBIDDEN_IN_PURE.find((name) => (name.endsWith('/') ? imp.specifier.startsWith(name) : imp.specifier === name || imp.specifier.startsWith(name + '/')));
          if (!forbidden) return [];
          if (isTestScaffolding(file) && ALLOWED_IN_PURE_TEST_SCAFFOLDING.includes(forbidden)) return [];
          return [`${at(file, imp)}: ${file.unit.key} is a pure library and may not import ${forbidden.endsWith('/') ? forbidden + '*' : forbidden}`];
        }
        if (target.kind === 'inside' && target.where === 'elsewhere in the repository') {
          return [`${at(file, imp)}: ${file.unit.key} is a pure library and may not import outside libs/${file.unit.key}`];
        }
        return [];
      }),
    );
    expect(violations).toEqual([]);
  });

  it('makes libraries import each other through @lexgap/<name>, never by a path into the other library', () => {
    const violations = FILES.flatMap((file) =>
      file.imports.flatMap((imp) => {
        const target = targetOf(file, imp.specifier);
        if (target.kind !== 'library' || target.via !== 'path' || isToleratedTestingImport(file, imp.specifier, target)) return [];
        return [`${at(file, imp)}: import '@lexgap/${target.library}' instead of a path into libs/${target.library}`];
      }),
    );
    expect(violations).toEqual([]);
  });

  it('never lets a library import from an app', () => {
    const violations = FILES.filter((file) => file.unit.kind === 'library').flatMap((file) =>
      file.imports.flatMap((imp) => {
        const target = targetOf(file, imp.specifier);
        return target.kind === 'app' ? [`${at(file, imp)}: libraries may not import from apps/ (apps/${target.app})`] : [];
      }),
    );
    expect(violations).toEqual([]);
  });
});
