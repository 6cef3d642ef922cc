import type { DesktopApi } from '../../../../shared/ipc/contract';

/**
 * The shell's API as the report needs it: app info for the cover, and
 * print-to-PDF (`printToPdf`, not saved unless a test gives its own).
 */
export function reportApi(options: { shell?: 'browser' | 'electron'; version?: string; printToPdf?: DesktopApi['printToPdf'] } = {}): DesktopApi {
  return {
    getAppInfo: async () => ({ name: 'Carbon Peak Planner', version: options.version ?? '1.0.0', shell: options.shell ?? 'browser', platform: 'linux' }),
    openFile: async () => null,
    saveFile: async () => ({ saved: false }),
    printToPdf: options.printToPdf ?? (async () => ({ saved: false })),
    setLanguage: async () => {},
    onMenuCommand: () => () => {},
  };
}
