import type {
  FileFilter,
  Language,
  OpenFileRequest,
  PrintToPdfRequest,
  SaveFileRequest,
} from '../../shared/ipc/contract';

/**
 * Hand-written validators for every IPC argument. The renderer is treated as
 * untrusted input: a compromised page could send anything, so each field is
 * checked for type, size and shape, and unknown keys are refused rather than
 * ignored (they usually mean the two sides disagree about the contract).
 */

/** The largest file the app reads or writes in one call. Scenario files are kilobytes; reports a few MB. */
// A whole-library export or backup of 1,000 scenarios is ~62 MB; the backup reader accepts up to 256 MB.
export const MAX_FILE_BYTES = 256 * 1024 * 1024;
const MAX_TITLE = 200;
const MAX_FILE_NAME = 255;
const MAX_FILTERS = 10;
const MAX_EXTENSIONS = 20;

export class IpcValidationError extends Error {
  constructor(
    readonly field: string,
    problem: string,
  ) {
    super(`Invalid IPC argument "${field}": ${problem}`);
    this.name = 'IpcValidationError';
  }
}

const fail = (field: string, problem: string): never => {
  throw new IpcValidationError(field, problem);
};

function record(value: unknown, field: string, allowed: readonly string[]): Record<string, unknown> {
  // Prototype check rejects class instances, arrays and anything with getters from another realm.
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(field, 'expected an object');
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return fail(field, 'expected a plain object');
  for (const key of Object.keys(value)) if (!allowed.includes(key)) fail(`${field}.${key}`, 'unknown field');
  return value as Record<string, unknown>;
}

function hasControlCharacters(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // C0, DEL and C1 (U+009B is a one-byte CSI to some terminals)
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return true;
  }
  return false;
}

function text(value: unknown, field: string, max: number): string {
  if (typeof value !== 'string') return fail(field, 'expected a string');
  if (value.length === 0 || value.length > max) return fail(field, `expected 1–${max} characters`);
  // Control characters have no place in titles or file names and can spoof dialog text.
  if (hasControlCharacters(value)) return fail(field, 'contains control characters');
  return value;
}

/** What the app saves: scenario and library files, backups, results, reports. */
export const SAVE_EXTENSIONS = ['json', 'xlsx', 'csv', 'pdf'] as const;

// Marks, embeddings, overrides and isolates: "report\u202Efdp.exe" shows as "reportexe.pdf".
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
// Windows opens the device, not a file, for these names whatever follows the first dot ("NUL.tar.gz"),
// and ignores spaces before that dot.
const WINDOWS_DEVICE = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/**
 * A bare file name the save dialog offers: it starts in a folder the user picks, never one the page
 * picks, and the name cannot turn into a device, an executable or text that reads differently from
 * what it is. `allowed` is the extensions the name may end in; `bareAllowed` lets it have none.
 */
function fileName(value: unknown, field: string, allowed: readonly string[], bareAllowed = false): string {
  const name = text(value, field, MAX_FILE_NAME);
  if (/[\\/:*?"<>|]/.test(name) || name === '.' || name === '..') fail(field, 'expected a file name without a folder');
  if (BIDI.test(name)) fail(field, 'contains bidirectional formatting characters');
  // Windows drops them, so "x.exe." would be saved as "x.exe".
  if (/[. ]$/.test(name)) fail(field, 'ends in a dot or a space');
  if (WINDOWS_DEVICE.test(name.split('.')[0]!.trimEnd())) fail(field, 'is a reserved Windows device name');
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  if (ext ? !allowed.includes(ext) : !bareAllowed) fail(field, `expected a name ending in .${allowed.join(', .')}`);
  return name;
}

/** `saveable` limits extensions to what the app saves: Windows appends the chosen filter's extension to a typed name. */
function filters(value: unknown, field: string, saveable = false): FileFilter[] {
  if (!Array.isArray(value)) return fail(field, 'expected an array');
  if (value.length === 0 || value.length > MAX_FILTERS) fail(field, `expected 1–${MAX_FILTERS} filters`);
  return value.map((raw, i) => {
    const f = record(raw, `${field}[${i}]`, ['name', 'extensions']);
    const exts = f.extensions;
    if (!Array.isArray(exts)) return fail(`${field}[${i}].extensions`, 'expected an array');
    if (exts.length === 0 || exts.length > MAX_EXTENSIONS) fail(`${field}[${i}].extensions`, `expected 1–${MAX_EXTENSIONS} entries`);
    const extensions = exts.map((e, j) => {
      // Electron wants extensions without the dot; '*' means any file.
      if (typeof e !== 'string' || !/^(\*|[A-Za-z0-9]{1,10})$/.test(e)) fail(`${field}[${i}].extensions[${j}]`, 'expected an extension like "json" (no dot) or "*"');
      if (saveable && !(SAVE_EXTENSIONS as readonly string[]).includes((e as string).toLowerCase())) {
        fail(`${field}[${i}].extensions[${j}]`, `expected one of ${SAVE_EXTENSIONS.join(', ')}`);
      }
      return e as string;
    });
    return { name: text(f.name, `${field}[${i}].name`, 100), extensions };
  });
}

function bytes(value: unknown, field: string): Uint8Array {
  if (!(value instanceof Uint8Array)) return fail(field, 'expected a Uint8Array');
  if (value.byteLength > MAX_FILE_BYTES) fail(field, `larger than ${MAX_FILE_BYTES} bytes`);
  return value;
}

function optionalBoolean(value: unknown, field: string): boolean | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean') return fail(field, 'expected a boolean');
  return value;
}

/** Exactly `n` arguments: extra ones mean the caller and the contract disagree. */
function arity(args: readonly unknown[], n: number): void {
  if (args.length !== n) fail('arguments', `expected ${n} argument(s), got ${args.length}`);
}

export function validateNoArgs(args: readonly unknown[]): [] {
  arity(args, 0);
  return [];
}

export function validateOpenFile(args: readonly unknown[]): [OpenFileRequest] {
  arity(args, 1);
  const r = record(args[0], 'req', ['title', 'filters']);
  return [{ title: text(r.title, 'req.title', MAX_TITLE), filters: filters(r.filters, 'req.filters') }];
}

export function validateSaveFile(args: readonly unknown[]): [SaveFileRequest] {
  arity(args, 1);
  const r = record(args[0], 'req', ['title', 'defaultName', 'filters', 'bytes']);
  return [
    {
      title: text(r.title, 'req.title', MAX_TITLE),
      defaultName: fileName(r.defaultName, 'req.defaultName', SAVE_EXTENSIONS),
      filters: filters(r.filters, 'req.filters', true),
      bytes: bytes(r.bytes, 'req.bytes'),
    },
  ];
}

export function validatePrintToPdf(args: readonly unknown[]): [PrintToPdfRequest] {
  arity(args, 1);
  const r = record(args[0], 'req', ['title', 'defaultName', 'landscape']);
  const landscape = optionalBoolean(r.landscape, 'req.landscape');
  return [
    {
      title: text(r.title, 'req.title', MAX_TITLE),
      // printToPdf adds ".pdf" to a name without it
      defaultName: fileName(r.defaultName, 'req.defaultName', ['pdf'], true),
      ...(landscape === undefined ? {} : { landscape }),
    },
  ];
}

export function validateLanguage(args: readonly unknown[]): [Language] {
  arity(args, 1);
  if (args[0] !== 'zh' && args[0] !== 'en') fail('lang', 'expected "zh" or "en"');
  return [args[0] as Language];
}
