import regularUrl from '@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-400-normal.woff2?url';
import boldUrl from '@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-700-normal.woff2?url';
import latinRegularUrl from '@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff2?url';
import latinBoldUrl from '@fontsource/source-sans-3/files/source-sans-3-latin-700-normal.woff2?url';

/**
 * The report's typeface, shipped with the app (Noto Sans SC, SIL Open Font
 * License, from @fontsource): a printed report looks the same on every
 * machine, whatever Chinese fonts it has, and its PDF embeds a TrueType
 * subset of the glyphs used (searchable, sharp). The system's CJK fonts are
 * OpenType/CFF, which Chromium writes as Type 3 glyph drawings, per page and
 * more slowly. The file covers simplified Chinese and Latin; anything else
 * (a rare character in a name, a symbol) falls back to the next family.
 */
const REPORT_FONT_FAMILY = 'Report Sans SC';

/** The report's font stack (report.css writes the same): the shipped face, then the system's CJK fonts. */
export const REPORT_FONT_STACK = `'${REPORT_FONT_FAMILY}', 'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', sans-serif`;

/**
 * The English report's text face, ahead of the Chinese one (report.css):
 * Source Sans 3, the Latin design Noto Sans SC carries, but with Western
 * punctuation. The Chinese face sets quotation marks and commas full-width,
 * as Chinese text wants them, which opens gaps around every quote in English.
 */
const REPORT_LATIN_FONT_FAMILY = 'Report Sans Latin';

const FACES = [
  { family: REPORT_FONT_FAMILY, url: regularUrl, weight: '400' },
  { family: REPORT_FONT_FAMILY, url: boldUrl, weight: '700' },
  { family: REPORT_LATIN_FONT_FAMILY, url: latinRegularUrl, weight: '400' },
  { family: REPORT_LATIN_FONT_FAMILY, url: latinBoldUrl, weight: '700' },
] as const;

let loading: Promise<void> | null = null;

/**
 * Adds the report's faces to the document and loads them, once. Resolves
 * when all are ready, or at once where the document has no font loading
 * (a failed face is left to the fallback families: the report still prints).
 */
export function loadReportFonts(): Promise<void> {
  if (typeof document === 'undefined' || !document.fonts || typeof FontFace !== 'function') return Promise.resolve();
  loading ??= Promise.all(
    FACES.map(({ family, url, weight }) => {
      const face = new FontFace(family, `url(${url}) format('woff2')`, { weight, style: 'normal' });
      document.fonts.add(face);
      return face.load().catch(() => undefined);
    }),
  ).then(() => undefined);
  return loading;
}
