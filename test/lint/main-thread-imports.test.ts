import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The page's code never loads the expression engine: mathjs and
 * shared/engine/expr.ts are reached only from the engine worker. This walks
 * every import the page can run (static, dynamic and re-exports; type-only
 * imports are erased by the build and skipped) from renderer/main.tsx. The
 * worker is started with `new URL('./engine.worker.ts', import.meta.url)`,
 * which is not an import, so its code is not walked.
 */

const ROOT = resolve(import.meta.dirname, '../..');
const ENTRY = join(ROOT, 'renderer/main.tsx');
const FORBIDDEN_FILES = ['shared/engine/expr.ts', 'shared/engine/series.ts', 'shared/model/validate.ts'];
const FORBIDDEN_PACKAGES = ['mathjs'];

type Found = { files: Map<string, string | null>; packages: Map<string, string> };

/** The modules `file` loads when it runs: value imports, re-exports and `import('…')` with a literal. */
function runtimeImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named = clause?.namedBindings;
      const onlyTypes =
        clause?.isTypeOnly ||
        (clause && !clause.name && named && ts.isNamedImports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly));
      if (!onlyTypes) out.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!node.isTypeOnly) out.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteralLike(arg)) out.push(arg.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

function resolveLocal(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(candidate) && !candidate.endsWith('/') && /\.(tsx?|json|css)$/.test(candidate)) return candidate;
  }
  return null;
}

/** Every module reachable from the entry, each with the module that first imported it. */
function walk(entry: string): Found {
  const files = new Map<string, string | null>([[entry, null]]);
  const packages = new Map<string, string>();
  const todo = [entry];
  for (let file = todo.pop(); file; file = todo.pop()) {
    if (!/\.tsx?$/.test(file)) continue;
    for (const spec of runtimeImports(file)) {
      if (!spec.startsWith('.')) {
        const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
        if (!packages.has(name)) packages.set(name, file);
        continue;
      }
      const target = resolveLocal(file, spec.replace(/\?.*$/, ''));
      if (target && !files.has(target)) {
        files.set(target, file);
        todo.push(target);
      }
    }
  }
  return { files, packages };
}

/** How `file` is reached from the entry, for the failure message. */
function chain(found: Found, file: string): string {
  const steps: string[] = [];
  for (let f: string | null | undefined = file; f; f = found.files.get(f)) steps.unshift(relative(ROOT, f));
  return steps.join(' → ');
}

describe('the page never loads the expression engine', () => {
  const found = walk(ENTRY);

  it('reaches the app, the editor and every lazily loaded page (the walk follows dynamic imports)', () => {
    const reached = [...found.files.keys()].map((f) => relative(ROOT, f));
    for (const f of ['renderer/start.tsx', 'renderer/features/editor/EditorPage.tsx', 'renderer/features/report/ReportPage.tsx', 'renderer/features/io/io-core.ts', 'renderer/engine/client.ts']) {
      expect(reached).toContain(f);
    }
    // the worker's own code is not the page's
    expect(reached).not.toContain('renderer/engine/engine.worker.ts');
    expect(reached).not.toContain('renderer/engine/answer.ts');
  });

  it('imports neither mathjs nor the modules that evaluate expressions', () => {
    const bad = [
      ...FORBIDDEN_FILES.filter((f) => found.files.has(join(ROOT, f))).map((f) => chain(found, join(ROOT, f))),
      ...FORBIDDEN_PACKAGES.filter((p) => found.packages.has(p)).map((p) => `${chain(found, found.packages.get(p)!)} → ${p}`),
    ];
    expect(bad).toEqual([]);
  });

  it('would notice a page module that imports the expression engine', () => {
    // the walk itself, on the worker's entry: it does reach mathjs
    const worker = walk(join(ROOT, 'renderer/engine/engine.worker.ts'));
    expect(worker.files.has(join(ROOT, 'shared/engine/expr.ts'))).toBe(true);
    expect(worker.packages.has('mathjs')).toBe(true);
  });
});
