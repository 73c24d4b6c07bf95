// The confusion matrix on the held-out flowers as a real table: rows are the true species, columns
// the predicted ones; the diagonal holds the right answers. Cell shading follows the count.
import { IRIS_CLASSES, type Confusion } from '../../lab';

export function ConfusionTable({ confusion, caption }: { confusion: Confusion; caption: string }) {
  const perRow = confusion.map((r) => r.reduce((a, b) => a + b, 0));
  return (
    <div className="iris-confusion__wrap">
    <table className="kit-table iris-confusion">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <td className="iris-confusion__corner">true ↓ predicted →</td>
          {IRIS_CLASSES.map((c) => <th key={c} scope="col">{c}</th>)}
        </tr>
      </thead>
      <tbody>
        {confusion.map((row, r) => (
          <tr key={IRIS_CLASSES[r]}>
            <th scope="row">{IRIS_CLASSES[r]}</th>
            {row.map((count, c) => {
              const share = perRow[r] ? count / perRow[r] : 0;
              const kind = r === c ? 'right' : count > 0 ? 'wrong' : 'empty';
              return (
                <td key={c} className={`iris-confusion__cell iris-confusion__cell--${kind}`}
                  style={{ ['--share' as string]: share.toFixed(3) }}>
                  {count}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
    </div>
  );
}

/** "3 versicolor taken for virginica, 1 virginica for versicolor", or that none is wrong. */
export function confusionText(m: Confusion): string {
  const parts: string[] = [];
  m.forEach((row, r) => row.forEach((n, c) => {
    if (r !== c && n > 0) parts.push(`${n} ${IRIS_CLASSES[r]} taken for ${IRIS_CLASSES[c]}`);
  }));
  return parts.length ? parts.join(', ') : 'no flower misclassified';
}

/** The pair of species mixed up most often (both directions counted), or null when none is. */
export function mostConfusedPair(m: Confusion): string | null {
  let best: string | null = null, bestCount = 0;
  for (let a = 0; a < 3; a++) {
    for (let b = a + 1; b < 3; b++) {
      const n = m[a][b] + m[b][a];
      if (n > bestCount) { bestCount = n; best = `${IRIS_CLASSES[a]}-${IRIS_CLASSES[b]}`; }
    }
  }
  return best;
}
