import type {
  AppInfo,
  DesktopApi,
  OpenedFile,
  OpenFileRequest,
  PrintToPdfRequest,
  SaveFileRequest,
  SaveFileResult,
} from '../../shared/ipc/contract';

// A glob import rather than `import pkg from 'package.json'`: the renderer's
// composite tsconfig may not include files outside renderer/, and naming the
// field keeps the rest of package.json (dependency list) out of the bundle.
const versionGlob = import.meta.glob<string>('../../package.json', { eager: true, import: 'version' });
const nameGlob = import.meta.glob<string>('../../package.json', { eager: true, import: 'productName' });

const MIME: Record<string, string> = {
  json: 'application/json',
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

function mimeFor(name: string): string {
  const ext = name.split('.').pop()?.toLowerCase() ?? '';
  return MIME[ext] ?? 'application/octet-stream';
}

function platformName(): string {
  const nav = navigator as Navigator & { userAgentData?: { platform?: string } };
  return nav.userAgentData?.platform || nav.platform || 'web';
}

/** The largest file opened, as in the desktop shell (electron/main/validate.ts `MAX_FILE_BYTES`). */
export const MAX_OPEN_FILE_BYTES = 256 * 1024 * 1024;

/**
 * Opens the browser's file picker through a detached `<input type=file>`.
 * The size is checked before the file is read: a 300 MB file is refused
 * without ever being held in memory.
 */
function openFile(req: OpenFileRequest): Promise<OpenedFile | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = req.filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
    input.style.display = 'none';
    const done = () => input.remove();
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      done();
      if (!file) return resolve(null);
      if (file.size > MAX_OPEN_FILE_BYTES) return reject(new Error(`File too large (${file.size} bytes, limit ${MAX_OPEN_FILE_BYTES})`));
      file.arrayBuffer().then((buf) => resolve({ name: file.name, bytes: new Uint8Array(buf) }), reject);
    });
    // Chromium fires `cancel` when the picker is dismissed; without it the promise would hang.
    input.addEventListener('cancel', () => {
      done();
      resolve(null);
    });
    document.body.append(input);
    input.click();
  });
}

/** Hands the bytes to the browser as a download; the browser decides where it lands. */
async function saveFile(req: SaveFileRequest): Promise<SaveFileResult> {
  const blob = new Blob([req.bytes as BlobPart], { type: mimeFor(req.defaultName) });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = req.defaultName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking synchronously can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return { saved: true, name: req.defaultName };
}

/**
 * The print dialog's "Save as PDF" is the browser's PDF export. The document
 * title becomes the suggested file name. The browser never says whether a
 * file was written, so this reports `saved: false` and callers claim nothing.
 */
async function printToPdf(req: PrintToPdfRequest): Promise<SaveFileResult> {
  const title = document.title;
  document.title = req.defaultName.replace(/\.pdf$/i, '');
  try {
    window.print();
  } finally {
    document.title = title;
  }
  return { saved: false };
}

export function createBrowserApi(): DesktopApi {
  const info: AppInfo = {
    name: Object.values(nameGlob)[0] ?? 'Carbon Peak Planner',
    version: Object.values(versionGlob)[0] ?? '0.0.0',
    shell: 'browser',
    platform: typeof navigator === 'undefined' ? 'web' : platformName(),
  };
  return {
    getAppInfo: async () => ({ ...info, version: import.meta.env.DEV ? `${info.version}-dev` : info.version }),
    openFile,
    saveFile,
    printToPdf,
    // The browser has no native menus to translate.
    setLanguage: async () => {},
    // …and no native menus to send commands.
    onMenuCommand: () => () => {},
  };
}
