/** The head of a report table with a row per item and a column per year. */
export function YearsHead({ first, years }: { first: string; years: readonly number[] }) {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        {years.map((y) => (
          <th key={y} scope="col" className="num">
            {y}
          </th>
        ))}
      </tr>
    </thead>
  );
}
