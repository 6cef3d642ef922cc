import type { ForestYear } from './results';
import type { PreparedForest } from './industry/prepare-industry';

/**
 * The forest year by year, gain-loss on stock volume (IPCC 2006 Vol. 4 Ch. 4: ΔC = ΔC_G − ΔC_L,
 * eq. 2.7 with the volume-based gain of eq. 4.11 and the wood-removal loss of eq. 4.12):
 * - the base year's stock is the stated one; each later year starts from the year before's;
 * - gain = stock × gross growth %, loss = stock × loss % (harvest, fire, pests), on the stock
 *   the year starts from (the base year: its own stock);
 * - stock at year end = start + gain − loss (later years);
 * - CO2 = m³ × wood density × BEF × (1 + root-shoot ratio) × carbon fraction × 44/12
 *   (`tCo2PerM3`); 万m³ × tCO2/m³ = 万tCO2.
 */
export function forestYears(f: PreparedForest, count: number): ForestYear[] {
  const out: ForestYear[] = [];
  let stock = f.baseStockWanM3;
  for (let i = 0; i < count; i++) {
    const start = stock;
    const gain = (start * f.grossGrowthPct[i]!) / 100;
    const loss = (start * f.lossPct[i]!) / 100;
    if (i > 0) stock = start + gain - loss;
    out.push({
      coverPct: f.coverPct[i]!,
      stockWanM3: stock,
      gainCo2: gain * f.tCo2PerM3,
      lossCo2: loss * f.tCo2PerM3,
      sinkCo2: (gain - loss) * f.tCo2PerM3,
    });
  }
  return out;
}
