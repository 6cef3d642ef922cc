/**
 * The planning documents the presets cite, by seed file name. Sources store the
 * file name (stable, unique); people need the document's title.
 */
export type SourceDocument = {
  /** the document's own title, as published */
  title: string;
  /** a short Chinese name for tight spaces */
  short: string;
  /** an English description for the English UI */
  titleEn: string;
  shortEn: string;
};

export const SOURCE_DOCUMENTS: Readonly<Record<string, SourceDocument>> = {
  '000_cf0eda570017d74c.txt': {
    title: '清远市生态文明建设"十四五"规划',
    short: '清远生态文明规划',
    titleEn: 'Qingyuan 14th Five-Year Plan for Ecological Civilisation',
    shortEn: 'Qingyuan eco-civ. plan',
  },
  '001_70f56cbcae554d7e.txt': {
    title: '连州市创建国家生态文明建设示范市规划',
    short: '连州示范市规划',
    titleEn: 'Lianzhou plan for a national ecological civilisation demonstration city',
    shortEn: 'Lianzhou demo-city plan',
  },
  '002_866c1fa59aebf7ef.txt': {
    title: '《清远市生态环境保护"十四五"规划》政策解读',
    short: '清远生态环保规划解读',
    titleEn: 'Policy reading of the Qingyuan 14th Five-Year Environmental Protection Plan',
    shortEn: 'Qingyuan env. plan reading',
  },
  '003_6e6d6f6160124906.txt': {
    title: '韶关市生态文明建设规划（2021-2035年）',
    short: '韶关生态文明规划',
    titleEn: 'Shaoguan Ecological Civilisation Plan (2021–2035)',
    shortEn: 'Shaoguan eco-civ. plan',
  },
  '004_59f5176fc450bca8.txt': {
    title: '连州市生态环境保护"十四五"规划',
    short: '连州生态环保规划',
    titleEn: 'Lianzhou 14th Five-Year Environmental Protection Plan',
    shortEn: 'Lianzhou env. plan',
  },
};

/** Title and short name of a cited file in the UI language; an unknown file is shown by its name. */
export function documentTitle(file: string, lang: string): { title: string; short: string } {
  const doc = SOURCE_DOCUMENTS[file];
  if (!doc) return { title: file, short: file };
  return lang === 'en' ? { title: `${doc.title} — ${doc.titleEn}`, short: doc.shortEn } : { title: doc.title, short: doc.short };
}
