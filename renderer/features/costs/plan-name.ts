const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}

/** Five-year plan name as the results name it: 15 → “十五五”, “15th FYP” (a feature does not import another's). */
export function planName(plan: number, lang: string): string {
  if (lang !== 'en') return `${chineseNumber(plan)}五`;
  const mod100 = plan % 100;
  const suffix = mod100 >= 11 && mod100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][plan % 10] ?? 'th');
  return `${plan}${suffix} FYP`;
}
