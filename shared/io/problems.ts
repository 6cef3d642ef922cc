import { issueAt, type Issue } from '../model/issue-codes';

/**
 * What importers report: issues (model/issue-codes.ts) whose `path` locates
 * the problem in the file the way validation does
 * (`scenarios[2].economy.baseGdpYiYuan`; `(file)` for the file as a whole).
 * The app and the CLI word them (renderer/i18n/issue-text.ts).
 */
export type IoProblem = Issue;

/** A note that does not stop the import (a migration, a skipped override). */
export type IoWarning = Issue;

export const FILE_PATH = '(file)';

/** Most problems a report lists; the rest are summarised in one line. */
export const MAX_PROBLEMS = 200;

export function capProblems(problems: IoProblem[], max = MAX_PROBLEMS): IoProblem[] {
  if (problems.length <= max) return problems;
  return [...problems.slice(0, max), issueAt(FILE_PATH, 'file.more', { count: problems.length - max })];
}

export function internalProblem(err: unknown): IoProblem {
  const detail = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return issueAt(FILE_PATH, 'file.internal', { detail: detail.slice(0, 200) });
}

/** Prefixes the paths of problems found inside a part of the file. */
export function under(prefix: string, path: string): string {
  if (!path || path === '(root)') return prefix;
  return path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`;
}

/** An issue found inside a part of the file, placed in the file. */
export const within = (prefix: string, issue: Issue): Issue => ({ ...issue, path: under(prefix, issue.path) });
