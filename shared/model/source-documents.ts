/**
 * The planning documents the presets cite (`SourceRef.file`, seeds/documents),
 * with their published titles and who drew them up, for outputs that cite a
 * document by title rather than by its seed file name. The issuer is the body
 * the text itself names as having organised the drafting (`issuerLine`: 000
 * lines 45–50 清远市委市政府…编制; 001 line 17 连州市组织编制; 002 line 14
 * 清远市生态环境局牵头编制; 003 lines 42–44 韶关市委、市政府…组织编制); where the
 * text names none (004), the region whose plan it is. The report's citations
 * (renderer/features/report/citations.ts) name the same issuers.
 */
export type SourceDocument = {
  title: string;
  titleEn: string;
  issuer: string;
  issuerEn: string;
  /** line of the document naming the issuer, if it does */
  issuerLine?: number;
};

export const SOURCE_DOCUMENTS: Readonly<Record<string, SourceDocument>> = {
  '000_cf0eda570017d74c.txt': {
    title: '清远市生态文明建设"十四五"规划',
    titleEn: 'Qingyuan 14th Five-Year Plan for Ecological Civilisation',
    issuer: '中共清远市委、清远市人民政府',
    issuerEn: 'Qingyuan municipal Party committee and government',
    issuerLine: 45,
  },
  '001_70f56cbcae554d7e.txt': {
    title: '连州市创建国家生态文明建设示范市规划',
    titleEn: 'Lianzhou plan for a national ecological civilisation demonstration city',
    issuer: '连州市人民政府',
    issuerEn: 'Lianzhou municipal government',
    issuerLine: 17,
  },
  '002_866c1fa59aebf7ef.txt': {
    title: '《清远市生态环境保护"十四五"规划》政策解读',
    titleEn: 'Policy reading of the Qingyuan 14th Five-Year Environmental Protection Plan',
    issuer: '清远市生态环境局',
    issuerEn: 'Qingyuan Ecology and Environment Bureau',
    issuerLine: 14,
  },
  '003_6e6d6f6160124906.txt': {
    title: '韶关市生态文明建设规划（2021-2035年）',
    titleEn: 'Shaoguan Ecological Civilisation Plan (2021–2035)',
    issuer: '中共韶关市委、韶关市人民政府',
    issuerEn: 'Shaoguan municipal Party committee and government',
    issuerLine: 42,
  },
  '004_59f5176fc450bca8.txt': {
    title: '连州市生态环境保护"十四五"规划',
    titleEn: 'Lianzhou 14th Five-Year Environmental Protection Plan',
    issuer: '连州市',
    issuerEn: 'Lianzhou',
  },
};
