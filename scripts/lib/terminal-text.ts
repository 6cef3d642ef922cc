/**
 * Text from a scenario file, made safe to print on a terminal. A name or label
 * holding ESC sequences could clear the screen or retitle the window, a carriage
 * return could overwrite a line with "all targets met", and bidi overrides
 * could make the text read differently from what it holds.
 */

// C0 controls and DEL; C1 controls (U+009B is a one-byte CSI to some terminals);
// the Arabic letter mark, LRM/RLM, the bidi embeddings and overrides, and the isolates.
// eslint-disable-next-line no-control-regex -- these are exactly what this module removes
const UNPRINTABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// Line breaks become spaces so the words on either side stay apart, on one line.
const BREAKS = /[\t\n\r\u2028\u2029]/g;

/** One line of plain text: controls and bidi formatting removed, line breaks turned into spaces. */
export function printable(s: string): string {
  return s.replace(BREAKS, ' ').replace(UNPRINTABLE, '');
}

// What JSON.stringify leaves raw but a terminal would act on.
const RAW_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/** JSON text with those characters written as \u escapes: the same data once parsed, inert on a terminal. */
export function terminalSafeJson(json: string): string {
  return json.replace(RAW_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
