export type ElectronCheck =
  | { ok: true; executable: string }
  | { ok: false; reason: 'no-package' | 'no-path-file' | 'no-binary'; detail: string };

export function findElectron(opts: {
  electronDir: string;
  env?: Record<string, string | undefined>;
  exists?: (p: string) => boolean;
  readText?: (p: string) => string;
}): ElectronCheck;

export function missingElectronMessage(check: ElectronCheck & { ok: false }): string;
