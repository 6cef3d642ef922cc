/**
 * Minimal types for papaparse, imported by its file path
 * (`papaparse/papaparse.js`, the same UMD build that `papaparse` resolves to)
 * so that @types/papaparse, which pulls all of @types/node into the program,
 * stays out of shared/ (no DOM or Node types here). Only what csv.ts uses.
 */
declare module 'papaparse/papaparse.js' {
  export interface ParseError {
    type: string;
    code: string;
    message: string;
    row?: number;
    index?: number;
  }
  export interface ParseMeta {
    delimiter: string;
    linebreak: string;
    aborted: boolean;
    truncated: boolean;
    cursor: number;
  }
  export interface ParseResult<T> {
    data: T[];
    errors: ParseError[];
    meta: ParseMeta;
  }
  export interface ParseConfig {
    delimiter?: string;
    delimitersToGuess?: string[];
    newline?: string;
    quoteChar?: string;
    header?: false;
    dynamicTyping?: false;
    skipEmptyLines?: boolean | 'greedy';
    /** parse at most this many rows */
    preview?: number;
  }
  export interface UnparseConfig {
    quotes?: boolean;
    delimiter?: string;
    newline?: string;
    header?: boolean;
    escapeFormulae?: boolean | RegExp;
  }
  interface PapaStatic {
    parse(input: string, config?: ParseConfig): ParseResult<string[]>;
    unparse(data: unknown[][], config?: UnparseConfig): string;
  }
  const Papa: PapaStatic;
  export default Papa;
}
