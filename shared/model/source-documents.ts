/**
 * The one catalogue of the documents the app cites by name: the planning
 * documents the presets quote line by line (seeds/documents, `SourceRef.file`)
 * and the national and provincial policy documents the accounting methods and
 * the presets cite by number (发改环资〔2024〕113号). Every screen, export, report,
 * script and seed takes titles and issuers from here; a test checks that the
 * document table of seeds/documents/README.md, the reference library and every
 * document number written anywhere in the sources agree with it.
 */

/** A planning document held in full in seeds/documents. */
export type SourceDocument = {
  /** the document's own title, as published */
  title: string;
  /** a short Chinese name for tight spaces (beside a field) */
  short: string;
  titleEn: string;
  shortEn: string;
  /**
   * The body the text itself names as having organised the drafting (`issuerLine`: 000 lines 45–50
   * 清远市委市政府…编制; 001 line 17 连州市组织编制; 002 line 14 清远市生态环境局牵头编制; 003 lines 42–44
   * 韶关市委、市政府…组织编制); where the text names none (004), the region whose plan it is.
   */
  issuer: string;
  issuerEn: string;
  /** line of the document naming the issuer, if it does */
  issuerLine?: number;
  /** the year the document is dated, where its title page gives one (003: 2021年12月) */
  year?: number;
};

/** Seed file names by the short keys the presets use. */
export const SEED_FILES = {
  qyEco: '000_cf0eda570017d74c.txt',
  lzDemo: '001_70f56cbcae554d7e.txt',
  qyEnvNote: '002_866c1fa59aebf7ef.txt',
  sgEco: '003_6e6d6f6160124906.txt',
  lzEnv: '004_59f5176fc450bca8.txt',
} as const;
export type SeedFile = (typeof SEED_FILES)[keyof typeof SEED_FILES];

export const SOURCE_DOCUMENTS: Readonly<Record<string, SourceDocument>> = {
  [SEED_FILES.qyEco]: {
    title: '清远市生态文明建设"十四五"规划',
    short: '清远生态文明规划',
    titleEn: 'Qingyuan 14th Five-Year Plan for Ecological Civilisation',
    shortEn: 'Qingyuan eco-civ. plan',
    issuer: '中共清远市委、清远市人民政府',
    issuerEn: 'Qingyuan municipal Party committee and government',
    issuerLine: 45,
  },
  [SEED_FILES.lzDemo]: {
    title: '连州市创建国家生态文明建设示范市规划',
    short: '连州示范市规划',
    titleEn: 'Lianzhou plan for a national ecological civilisation demonstration city',
    shortEn: 'Lianzhou demo-city plan',
    issuer: '连州市人民政府',
    issuerEn: 'Lianzhou municipal government',
    issuerLine: 17,
  },
  [SEED_FILES.qyEnvNote]: {
    title: '《清远市生态环境保护"十四五"规划》政策解读',
    short: '清远生态环保规划解读',
    titleEn: 'Policy reading of the Qingyuan 14th Five-Year Environmental Protection Plan',
    shortEn: 'Qingyuan env. plan reading',
    issuer: '清远市生态环境局',
    issuerEn: 'Qingyuan Ecology and Environment Bureau',
    issuerLine: 14,
  },
  [SEED_FILES.sgEco]: {
    title: '韶关市生态文明建设规划（2021-2035年）',
    short: '韶关生态文明规划',
    titleEn: 'Shaoguan Ecological Civilisation Plan (2021–2035)',
    shortEn: 'Shaoguan eco-civ. plan',
    issuer: '中共韶关市委、韶关市人民政府',
    issuerEn: 'Shaoguan municipal Party committee and government',
    issuerLine: 42,
    year: 2021,
  },
  [SEED_FILES.lzEnv]: {
    title: '连州市生态环境保护"十四五"规划',
    short: '连州生态环保规划',
    titleEn: 'Lianzhou 14th Five-Year Environmental Protection Plan',
    shortEn: 'Lianzhou env. plan',
    issuer: '连州市',
    issuerEn: 'Lianzhou',
  },
};

/** Title and short name of a cited file in a language; an unknown file (the user's own) is shown by its name. */
export function documentTitle(file: string, lang: string): { title: string; short: string } {
  const doc = SOURCE_DOCUMENTS[file];
  if (!doc) return { title: file, short: file };
  return lang.startsWith('en') ? { title: `${doc.title} — ${doc.titleEn}`, short: doc.shortEn } : { title: doc.title, short: doc.short };
}

/** A policy document cited by its number (文号). */
export type PolicyDocument = {
  /** 文号, as the document is cited: 发改环资〔2024〕113号 */
  number: string;
  title: string;
  titleEn: string;
  issuer: string;
  issuerEn: string;
  /** date of issue (成文日期), where the reference library records it */
  date?: string;
};

/**
 * Policy documents by key. Titles, issuers and dates of those in the reference library
 * (seeds/reference/accounting-rules.json, targets-handed-down.json) as recorded there; 803号, 39号 and
 * 882号 as their published titles read.
 */
export const POLICY_DOCUMENTS = {
  nonFossilExcluded: {
    number: '发改环资〔2024〕113号',
    title: '关于加强绿色电力证书与节能降碳政策衔接 大力促进非化石能源消费的通知',
    titleEn: 'Notice on linking green electricity certificates with energy-saving and carbon-reduction policy to promote non-fossil energy consumption',
    issuer: '国家发展改革委、国家统计局、国家能源局',
    issuerEn: 'NDRC, NBS, NEA',
    date: '2024-01-27',
  },
  renewableIncreaseExcluded: {
    number: '发改运行〔2022〕1258号',
    title: '关于进一步做好新增可再生能源消费不纳入能源消费总量控制有关工作的通知',
    titleEn: 'Notice on leaving the increase of renewable energy consumption out of the energy-total control',
    issuer: '国家发展改革委、国家统计局、国家能源局',
    issuerEn: 'NDRC, NBS, NEA',
    date: '2022-11-16',
  },
  feedstockExcluded: {
    number: '发改环资〔2022〕803号',
    title: '关于进一步做好原料用能不纳入能源消费总量控制有关工作的通知',
    titleEn: 'Notice on leaving energy used as raw material out of the energy-total control',
    issuer: '国家发展改革委、国家统计局',
    issuerEn: 'NDRC, NBS',
  },
  carbonDualControl: {
    number: '国办发〔2024〕39号',
    title: '加快构建碳排放双控制度体系工作方案',
    titleEn: 'Work plan for building the dual-control system of carbon emissions',
    issuer: '国务院办公厅',
    issuerEn: 'General Office of the State Council',
  },
  nationalPeakPlan: {
    number: '国发〔2021〕23号',
    title: '2030年前碳达峰行动方案',
    titleEn: 'Action Plan for Carbon Dioxide Peaking Before 2030',
    issuer: '国务院',
    issuerEn: 'State Council',
  },
  guangdongEnergySaving: {
    number: '粤府〔2022〕68号',
    title: '广东省“十四五”节能减排实施方案',
    titleEn: 'Guangdong 14th Five-Year implementation plan for energy saving and emission reduction',
    issuer: '广东省人民政府',
    issuerEn: 'Guangdong Provincial Government',
    date: '2022-08-31',
  },
  windTariff: {
    number: '发改价格〔2019〕882号',
    title: '关于完善风电上网电价政策的通知',
    titleEn: 'Notice on improving the on-grid tariff policy for wind power',
    issuer: '国家发展改革委',
    issuerEn: 'NDRC',
  },
  efficiencyBenchmarks: {
    number: '发改产业〔2023〕723号',
    title: '工业重点领域能效标杆水平和基准水平（2023年版）',
    titleEn: 'Energy-efficiency benchmark and floor levels of key industrial sectors (2023 edition)',
    issuer: '国家发展改革委、工业和信息化部、生态环境部、市场监管总局、国家能源局',
    issuerEn: 'NDRC, MIIT, MEE, SAMR, NEA',
  },
  industryPeakPlan: {
    number: '工信部联节〔2022〕88号',
    title: '工业领域碳达峰实施方案',
    titleEn: 'Implementation plan for carbon peaking in the industrial sector',
    issuer: '工业和信息化部、国家发展改革委、生态环境部',
    issuerEn: 'MIIT, NDRC, MEE',
  },
  coalTariff: {
    number: '发改价格规〔2019〕1658号',
    title: '关于深化燃煤发电上网电价形成机制改革的指导意见',
    titleEn: 'Guiding opinion on deepening the reform of the on-grid tariff mechanism for coal-fired power',
    issuer: '国家发展改革委',
    issuerEn: 'NDRC',
    date: '2019-10-21',
  },
} as const satisfies Record<string, PolicyDocument>;
export type PolicyDocumentKey = keyof typeof POLICY_DOCUMENTS;

/** The 文号 as a method's source names it: the number in Chinese, prefixed by the issuer's English initials in English. */
export function policySource(key: PolicyDocumentKey, detail?: { zh: string; en: string }): { zh: string; en: string } {
  const d: PolicyDocument = POLICY_DOCUMENTS[key];
  const en = `${d.issuerEn.split(',')[0]} ${d.number}`;
  return detail ? { zh: `${d.number}（${detail.zh}）`, en: `${en} (${detail.en})` } : { zh: d.number, en };
}
