/**
 * What importers report. `path` locates the problem in the file the way
 * validation messages do (`scenarios[2].economy.baseGdpYiYuan`; `(file)` for
 * the file as a whole). `message` is English; importers add `messageZh` for
 * the problems they describe themselves (validation messages from
 * `validateScenario` are English only). `code` lets the UI pick its own text.
 */
export type IoProblem = {
  path: string;
  message: string;
  messageZh?: string;
  code?: IoProblemCode;
};

export type IoProblemCode =
  | 'empty'
  | 'too-large'
  | 'not-json'
  | 'too-deep'
  | 'wrong-format'
  | 'newer-version'
  | 'bad-version'
  | 'invalid'
  | 'duplicate-id'
  | 'missing-parent'
  | 'cycle'
  | 'checksum'
  | 'too-many'
  | 'internal';

/** A note that does not stop the import (a migration, a skipped override). */
export type IoWarning = { path: string; message: string; messageZh?: string };

export const FILE_PATH = '(file)';

/** Most problems a report lists; the rest are summarised in one line. */
export const MAX_PROBLEMS = 200;

export function capProblems(problems: IoProblem[], max = MAX_PROBLEMS): IoProblem[] {
  if (problems.length <= max) return problems;
  const rest = problems.length - max;
  return [
    ...problems.slice(0, max),
    { path: FILE_PATH, message: `… and ${rest} more problems`, messageZh: `…… 另有 ${rest} 个问题`, code: 'too-many' },
  ];
}

export function internalProblem(err: unknown): IoProblem {
  const detail = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return {
    path: FILE_PATH,
    message: `the file could not be read (${detail.slice(0, 200)})`,
    messageZh: `无法读取该文件（${detail.slice(0, 200)}）`,
    code: 'internal',
  };
}

/** Prefixes the paths of problems found inside a part of the file. */
export function under(prefix: string, path: string): string {
  if (!path || path === '(root)') return prefix;
  return path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`;
}
