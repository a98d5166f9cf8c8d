// Finds every way to change something on the server, from the source rather than from a list kept by
// hand: route handlers (app/**/route.ts) that export POST, PUT, PATCH or DELETE, and server actions
// (modules that start with 'use server'). Inline 'use server' functions are reported too, so that a
// test can refuse them: every action lives in a module where it can be found.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { listAppRoutes } from './app-routes';

export const MUTATING_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'] as const;
export type MutatingMethod = (typeof MUTATING_METHODS)[number];

const SOURCE_DIRS = ['app', 'components', 'lib'];

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return listFiles(full);
    return /\.(ts|tsx)$/.test(entry) && !/\.test\.tsx?$/.test(entry) ? [full] : [];
  });
}

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
}

function hasExport(node: ts.Node): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
}

/** The names a module exports at its top level. */
export function exportedNames(source: ts.SourceFile): string[] {
  const names: string[] = [];
  for (const statement of source.statements) {
    if (ts.isFunctionDeclaration(statement) && hasExport(statement) && statement.name) names.push(statement.name.text);
    if (ts.isVariableStatement(statement) && hasExport(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name)) names.push(declaration.name.text);
        if (ts.isObjectBindingPattern(declaration.name)) {
          for (const element of declaration.name.elements) if (ts.isIdentifier(element.name)) names.push(element.name.text);
        }
      }
    }
    if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      for (const element of statement.exportClause.elements) names.push(element.name.text);
    }
  }
  return names;
}

function startsWithUseServer(source: ts.SourceFile): boolean {
  const first = source.statements[0];
  return !!first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) && first.expression.text === 'use server';
}

function inlineUseServer(source: ts.SourceFile): boolean {
  let found = false;
  const visit = (node: ts.Node) => {
    if (ts.isBlock(node)) {
      const first = node.statements[0];
      if (first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) && first.expression.text === 'use server') found = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

export interface MutatingRoute {
  /** e.g. app/api/v1/links/route.ts */
  file: string;
  /** The URL path, with dynamic segments as written: /api/v1/figures/[id] */
  pattern: string;
  methods: MutatingMethod[];
}

export function listMutatingRoutes(root = process.cwd()): MutatingRoute[] {
  return listAppRoutes(path.join(root, 'app'))
    .filter((route) => route.type === 'handler')
    .map(({ file, pattern }) => {
      const methods = exportedNames(parse(path.join(root, file))).filter((name): name is MutatingMethod => (MUTATING_METHODS as readonly string[]).includes(name));
      return { file, pattern, methods };
    })
    .filter((route) => route.methods.length > 0)
    .sort((a, b) => a.file.localeCompare(b.file));
}

export interface ServerActionModule {
  file: string;
  exports: string[];
}

export function listServerActionModules(root = process.cwd()): { modules: ServerActionModule[]; inline: string[] } {
  const modules: ServerActionModule[] = [];
  const inline: string[] = [];
  for (const full of SOURCE_DIRS.flatMap((dir) => listFiles(path.join(root, dir)))) {
    const source = parse(full);
    const file = path.relative(root, full);
    if (startsWithUseServer(source)) modules.push({ file, exports: exportedNames(source) });
    else if (inlineUseServer(source)) inline.push(file);
  }
  return { modules: modules.sort((a, b) => a.file.localeCompare(b.file)), inline };
}
