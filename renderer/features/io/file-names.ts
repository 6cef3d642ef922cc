/**
 * Characters Windows and macOS refuse in file names become `_`; bidi formatting is dropped and a
 * Windows device name ("CON", "nul.x") gets a `_` in front, as the desktop shell refuses both.
 */
export function safeFileName(name: string): string {
  const s = name
    // eslint-disable-next-line no-control-regex -- control characters are not allowed in file names either
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f-\u009f]/g, '_')
    .replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const base = (s || 'scenario').slice(0, 120);
  return /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])\s*(\.|$)/i.test(base) ? `_${base}` : base;
}

/** Local date `2025-03-01` for file names. */
export function fileDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/**
 * Local date and time `2025-03-01-093012` for the names of exports: two
 * exports of a day get different names, so a later one never overwrites an
 * earlier one by accident.
 */
export function fileStamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${fileDate(d)}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`;
}

const suggested = new Set<string>();

/**
 * `base.ext`, or `base-2.ext`, `base-3.ext`… when this session already
 * suggested that name (two exports within the same second).
 */
export function unusedFileName(base: string, ext: string): string {
  let name = `${base}.${ext}`;
  for (let n = 2; suggested.has(name); n++) name = `${base}-${n}.${ext}`;
  suggested.add(name);
  return name;
}
