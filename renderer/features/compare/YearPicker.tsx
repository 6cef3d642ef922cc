import { useId } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  /** the years that can be picked: the span of the compared horizons */
  from: number;
  to: number;
  picked: readonly number[];
  onChange(years: number[]): void;
};

/** The horizon's first and last years and every fifth year (plan milestones) between. */
export function milestoneYears(from: number, to: number): number[] {
  const out = new Set<number>([from]);
  for (let y = Math.ceil(from / 5) * 5; y <= to; y += 5) out.add(y);
  out.add(to);
  return [...out].sort((a, b) => a - b);
}

/** Toggle chips for the milestone years, and a list to add any other year of the horizon. */
export function YearPicker({ from, to, picked, onChange }: Props) {
  const { t } = useTranslation('compare');
  const addId = useId();
  const chips = [...new Set([...milestoneYears(from, to), ...picked])].sort((a, b) => a - b);
  const others = Array.from({ length: to - from + 1 }, (_, i) => from + i).filter((y) => !chips.includes(y));
  const toggle = (year: number) =>
    onChange(picked.includes(year) ? picked.filter((y) => y !== year) : [...picked, year].sort((a, b) => a - b));
  return (
    <div className="cmp-years" role="group" aria-label={t('table.years')} data-testid="compare-years">
      <span className="cmp-years-label">{t('table.years')}</span>
      {chips.map((y) => (
        <button
          key={y}
          type="button"
          className={`cmp-year-chip${picked.includes(y) ? ' on' : ''}`}
          aria-pressed={picked.includes(y)}
          onClick={() => toggle(y)}
          data-testid={`compare-year-${y}`}
        >
          {y}
        </button>
      ))}
      {others.length > 0 && (
        <>
          <label htmlFor={addId} className="visually-hidden">
            {t('table.addYear')}
          </label>
          <select
            id={addId}
            className="cmp-year-add"
            value=""
            onChange={(e) => {
              const year = Number(e.target.value);
              if (year) toggle(year);
            }}
            data-testid="compare-year-add"
          >
            <option value="">{t('table.addYearOption')}</option>
            {others.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </>
      )}
    </div>
  );
}
