// A table of results (a race's or a duel's runs side by side) that scrolls sideways on a narrow screen:
// a labelled region a keyboard can focus and scroll, around a kit table with a caption and one header
// row. The rows are the caller's; RunOutcomeCells fills a run's loss and accuracy cells.
import type { ReactNode } from 'react';
import './resultsTable.css';

export function ResultsTable(props: { label: string; caption: ReactNode; columns: readonly string[]; children: ReactNode }) {
  return (
    <div className="kit-results" tabIndex={0} role="region" aria-label={props.label}>
      <table className="kit-table">
        <caption>{props.caption}</caption>
        <thead><tr>{props.columns.map((c) => <th key={c} scope="col">{c}</th>)}</tr></thead>
        <tbody>{props.children}</tbody>
      </table>
    </div>
  );
}
