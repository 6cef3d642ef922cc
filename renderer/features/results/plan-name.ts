const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1–99 in Chinese numerals as used in plan names: 14 → 十四, 20 → 二十, 21 → 二十一. */
function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}

/** Five-year plan name: 14 → “十四五” in Chinese, “14th FYP” in English. */
export function planName(plan: number, lang: string): string {
  if (lang !== 'en') return `${chineseNumber(plan)}五`;
  const mod100 = plan % 100;
  const suffix = mod100 >= 11 && mod100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][plan % 10] ?? 'th');
  return `${plan}${suffix} FYP`;
}
