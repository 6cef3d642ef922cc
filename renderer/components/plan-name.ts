import { planName as planNameZh } from '../../shared/io/results-sheets';

/** Five-year plan name: 14 → “十四五” in Chinese (as the workbook names it), “14th FYP” in English. */
export function planName(plan: number, lang: string): string {
  if (lang !== 'en') return planNameZh(plan);
  const mod100 = plan % 100;
  const suffix = mod100 >= 11 && mod100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][plan % 10] ?? 'th');
  return `${plan}${suffix} FYP`;
}
