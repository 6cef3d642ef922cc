import {
  AGRICULTURE,
  COMBUSTION_IDX,
  EF_OIL,
  ELECTRICITY,
  HOUSEHOLDS,
  INDUSTRY,
  NF,
  NS,
  OIL_FUEL,
  PLAN,
  SERVICES,
  TRANSPORT,
  type Kernel,
  type VariantOut,
} from './kernel-setup';

/**
 * One year's plan-sector CO2 of a variant, as sectors.ts `allocateSectors` computes it, in the same arithmetic and
 * order (the kernel's mirror test holds both to the same doubles): each balance sector's fuels × factors, and
 * electricity's CO2 shared by final electricity use; 建筑业 its share of industry, 交通运输 the private vehicles'
 * oil of households. Writes what the sector targets need: each sector's judged CO2 and industry's energy CO2 per
 * 工业增加值 (`gdp` × its share).
 */
export function allocateVariant(k: Kernel, i: number, electricityCo2: number, processCo2: number, gdp: number, out: VariantOut): void {
  const sf = k.sectorFuel;
  let electricityUse = 0;
  for (let s = 0; s < NS; s++) electricityUse += sf[s * NF + ELECTRICITY]!;
  const perElectricity = electricityUse > 0 ? electricityCo2 / electricityUse : 0;
  const c = k.constructionPct[i]! / 100;
  const vehicleOil = (sf[HOUSEHOLDS * NF + OIL_FUEL]! * k.vehicleOilPct[i]!) / 100;
  const vehicleCo2 = vehicleOil * k.emissionFactor[EF_OIL * k.count + i]!;
  const process = k.peakWithProcess ? processCo2 : 0;
  const industryDirect = direct(k, INDUSTRY, i);
  const industryElectricity = sf[INDUSTRY * NF + ELECTRICITY]! * perElectricity;
  const iD = industryDirect * (1 - c);
  const iE = industryElectricity * (1 - c);
  const j = out.sectorJudged;
  j[PLAN.industry]![i] = judged(iD, iE, process);
  j[PLAN.construction]![i] = judged(industryDirect * c, industryElectricity * c, 0);
  j[PLAN.buildings]![i] = judged(
    direct(k, SERVICES, i) + direct(k, HOUSEHOLDS, i) - vehicleCo2,
    sf[SERVICES * NF + ELECTRICITY]! * perElectricity + sf[HOUSEHOLDS * NF + ELECTRICITY]! * perElectricity,
    0,
  );
  j[PLAN.transport]![i] = judged(direct(k, TRANSPORT, i) + vehicleCo2, sf[TRANSPORT * NF + ELECTRICITY]! * perElectricity, 0);
  j[PLAN.agriculture]![i] = judged(direct(k, AGRICULTURE, i), sf[AGRICULTURE * NF + ELECTRICITY]! * perElectricity, 0);
  // targets.ts: industry's energy CO2 (its `energy`, process aside) per value added, none where there is none
  const va = k.valueAddedPct ? (gdp * k.valueAddedPct[i]!) / 100 : 0;
  out.industryIntensity[i] = va ? (iD + iE) / va : NaN;
}

/** A balance sector's fuels × their factors this year. */
function direct(k: Kernel, s: number, i: number): number {
  let d = 0;
  for (let c = 0; c < COMBUSTION_IDX.length; c++) d += k.sectorFuel[s * NF + COMBUSTION_IDX[c]!]! * k.emissionFactor[c * k.count + i]!;
  return d;
}

/** direct + electricity (+ process): what a sector's peak is judged on; 0 when not finite, as sectors.ts has it. */
function judged(d: number, e: number, p: number): number {
  const v = d + e + p;
  return Number.isFinite(v) ? v : 0;
}
