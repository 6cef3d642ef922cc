import type { ProfileKind } from '../../model/hourly';
import type { SourceRef } from '../../model/provenance';

/**
 * The documented shapes behind the built-in hourly profiles (profiles.ts).
 * Only shapes: the annual model sets each year's energy. None is measured for
 * a preset region; each says so, and why it has the shape it has, so a planner
 * can replace it with the power-supply bureau's own data (导入逐时曲线).
 * Monthly values are relative levels (1 = the year's mean), January first.
 */

/** Site of the built-in PV geometry when a scenario names none: between 清远 and 韶关. */
export const DEFAULT_SITE = { latitude: 24.3, longitude: 113.0 } as const;

/**
 * PV clearness by month: overcast, wet spring (回南天 from February, 龙舟水 in May–June) and
 * clear late summer and autumn under the subtropical high; the ratio of the darkest to the
 * brightest month (about 0.55) follows the sunshine hours of northern Guangdong's climate normals.
 */
export const PV_MONTHLY_CLEARNESS = [0.6, 0.5, 0.47, 0.5, 0.58, 0.62, 0.85, 0.82, 0.8, 0.8, 0.76, 0.68];

/**
 * Wind by month: strongest with the north-east monsoon and cold fronts (November–March),
 * weakest in the summer south-west monsoon, for the ridge-top wind farms of northern Guangdong.
 */
export const WIND_MONTHLY = [1.25, 1.2, 1.12, 1.0, 0.88, 0.8, 0.78, 0.78, 0.88, 1.02, 1.12, 1.2];
/** Ridge-top wind is stronger at night (±15 %, highest about 02:00). */
export const WIND_DAILY_AMPLITUDE = 0.15;
/** Spread of hourly wind speed around its monthly level (σ of its logarithm): calm spells and gales of several days. */
export const WIND_SPELL_SIGMA = 0.45;
/**
 * A turbine's power curve in speeds relative to the site's mean: cut-in about 3 m/s and
 * rated about 11 m/s at a mean of about 6.5 m/s, as for 2–3 MW turbines on Guangdong's ridges.
 */
export const WIND_CUT_IN = 0.45;
export const WIND_RATED = 1.7;

/**
 * Run-of-river hydro by month: the 北江 flood season, April to September, highest in the
 * pre-summer rains of May–June, lowest in the dry season (December–February).
 */
export const HYDRO_MONTHLY = [0.45, 0.5, 0.75, 1.1, 1.5, 1.65, 1.35, 1.3, 1.05, 0.8, 0.6, 0.5];

/**
 * Load by month: summer cooling lifts July and August, the Spring Festival (late January
 * to February) lowers February, as in Guangdong's monthly 全社会用电量.
 */
export const LOAD_MONTHLY = [0.92, 0.78, 0.95, 0.97, 1.03, 1.08, 1.16, 1.16, 1.08, 1.0, 0.95, 0.95];
/** Weekends use about 7 % less (industry and offices). */
export const LOAD_WEEKEND = 0.93;
/**
 * Load by hour (00:00 first): a late-morning and an afternoon peak of industry and offices,
 * an evening peak of households, and a night trough at about two thirds of the peak.
 */
export const LOAD_DAILY = [
  0.72, 0.68, 0.66, 0.65, 0.65, 0.67, 0.72, 0.8, 0.9, 0.97, 1.0, 1.0, 0.93, 0.92, 0.97, 0.99, 0.98, 0.95, 0.94, 0.98,
  1.0, 0.97, 0.9, 0.8,
];

const assumed = (reason: string, reasonZh: string): SourceRef => ({ kind: 'assumed', reason, reasonZh });

/** Where each built-in profile comes from, shown like every other default. */
export const BUILT_IN_PROFILE_SOURCES: Record<ProfileKind, SourceRef> = {
  load: assumed(
    "Built-in typical load shape: monthly levels with the summer cooling peak and the Spring Festival trough of Guangdong, two daytime peaks and an evening peak, weekends 7 % lower; not measured for this region. Replace with the power-supply bureau's hourly load.",
    '内置典型负荷曲线：按广东用电的月度特点（夏季降温负荷高峰、春节低谷）、日内两个白天高峰和晚高峰、周末低约 7% 构造，并非本地实测；宜以供电局的逐时负荷替换。',
  ),
  pv: assumed(
    "Built-in PV shape: the sun's position at the site for every hour (suncalc), clear-sky irradiance by air mass, monthly clearness of northern Guangdong (wet spring, clear autumn) and multi-day cloudy spells from a fixed seed; not measured. Replace with measured plant output.",
    '内置光伏曲线：按站址逐时太阳位置（suncalc）计算晴空辐照，乘以粤北月度晴朗度（春季阴雨、秋季晴好）和固定随机种子生成的连续阴天过程；并非实测，宜以电站实测出力替换。',
  ),
  wind: assumed(
    "Built-in wind shape: monthly levels of northern Guangdong's ridge-top wind (strong north-east monsoon in winter, weak in summer), stronger at night, with multi-day spells from a fixed seed; not measured. Replace with measured wind-farm output.",
    '内置风电曲线：按粤北山地风电的月度特点（冬季东北季风强、夏季弱）、夜间偏大，并以固定随机种子生成持续数日的风况过程；并非实测，宜以风电场实测出力替换。',
  ),
  hydro: assumed(
    "Built-in hydro shape: monthly flow of the 北江 basin (flood season April–September, highest in May–June, dry December–February), smoothed, with rain events from a fixed seed; not measured. Replace with the plants' hourly output.",
    '内置水电曲线：按北江流域的月度来水（4–9 月汛期、5–6 月最大、12–2 月枯水）平滑构造，并以固定随机种子生成降雨过程；并非实测，宜以水电站逐时出力替换。',
  ),
};
