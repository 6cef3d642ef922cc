export type ElectronCheck =
  | { ok: true; executable: string }
  | { ok: false; reason: 'no-package' | 'no-path-file' | 'no-binary'; detail: string };

export type InstallCause = 'network' | 'http' | 'checksum' | 'unknown';

export type ElectronReady =
  | { ok: true; executable: string; installed: boolean }
  | { ok: false; reason: 'no-package' | 'no-binary' | 'skipped'; detail: string }
  | { ok: false; reason: 'install-failed'; cause: InstallCause; detail: string; mirror: string | undefined };

export type Installer = (opts: {
  electronDir: string;
  env: Record<string, string | undefined>;
}) => Promise<{ status: number | null; output: string }>;

export const CHINA_MIRROR: string;

export function findElectron(opts: {
  electronDir: string;
  env?: Record<string, string | undefined>;
  exists?: (p: string) => boolean;
  readText?: (p: string) => string;
}): ElectronCheck;

export const runElectronInstaller: Installer;

export function classifyInstallFailure(output: string): InstallCause;

export function ensureElectron(opts: {
  electronDir: string;
  env?: Record<string, string | undefined>;
  exists?: (p: string) => boolean;
  readText?: (p: string) => string;
  install?: Installer;
  log?: (line: string) => void;
}): Promise<ElectronReady>;

export function missingElectronMessage(failure: (ElectronReady | ElectronCheck) & { ok: false }): string;
