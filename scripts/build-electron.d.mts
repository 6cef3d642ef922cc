export const ROOT: string;
export function externalImports(metafile: { outputs: Record<string, { imports: { path: string; external?: boolean }[] }> }): string[];
/** Resolves with the bare modules each bundle still requires at run time. */
export function buildElectron(opts?: { outdir?: string; logLevel?: 'silent' | 'error' | 'warning' | 'info' }): Promise<{ main: string[]; preload: string[] }>;
