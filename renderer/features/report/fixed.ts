const formats = new Map<string, Intl.NumberFormat>();

/**
 * `v` with exactly `digits` decimals in `locale` (`signed`: with its sign, none for zero).
 * Each format is made once: making one costs more than formatting with it, and a
 * report's tables format hundreds of numbers.
 */
export function fixedDigits(locale: string, v: number, digits: number, signed = false): string {
  const key = `${locale}:${digits}:${signed ? '±' : ''}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits, signDisplay: signed ? 'exceptZero' : 'auto' });
    formats.set(key, format);
  }
  return format.format(v);
}
