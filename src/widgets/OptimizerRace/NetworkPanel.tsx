// The race on a real network: five copies of one small network (same data, same initial weights, same
// order of mini-batches), each trained by a different optimizer, in lockstep.
import { useMemo, useRef, type Ref } from 'react';
import { NetworkRace, RACE_NETWORK, type PathRacer } from '../../lab';
import { LiveLossChart, ReadOut, ResultsTable, RunOutcomeCells, formatNumber, type LiveChartHandle } from '../kit';
import { RACER_LABELS, describe } from './racers';

export const NETWORK_MAX_STEPS = 3000;
const NETWORK_COLUMNS = ['optimizer', 'settings', 'start weights', 'loss', 'accuracy'];

export function useNetworkRace(seed: number, racers: PathRacer[]) {
  const key = JSON.stringify([seed, racers]);
  const ref = useRef<{ key: string; race: NetworkRace } | null>(null);
  if (!ref.current || ref.current.key !== key) {
    ref.current = { key, race: new NetworkRace({ ...RACE_NETWORK, seed }, racers.map((r) => ({ label: r.label, optimizer: r.optimizer, settings: r.settings }))) };
  }
  return ref.current.race;
}

export function NetworkPanel(props: { race: NetworkRace; version: number; playing: boolean; chartRef?: Ref<LiveChartHandle> }) {
  const { race, playing } = props;
  // The same series while the race lasts: the chart then redraws when the race loop invalidates it,
  // not each time the table re-renders.
  const series = useMemo(() => race.racers.map((r, i) => ({ name: RACER_LABELS[i], history: r.run.history })), [race]);
  const starts = race.racers.map((r) => race.startOf(r));
  const same = starts.every((s) => s.checksum === starts[0].checksum && s.loss === starts[0].loss);
  const net = race.network;
  const arch = `2 → ${net.hidden}${net.secondLayer ? ` → ${net.hidden}` : ''} → 1`;
  return (
    <>
      <p className="kit-help optrace__fair" data-testid="fairness">
        {same
          ? <>Fair start: all five networks ({arch}, {net.activation}) begin with the same weights (fingerprint <code>{starts[0].checksum}</code>) at loss {formatNumber(starts[0].loss)}, and draw the same mini-batches in the same order (seed {net.seed}).</>
          : <>Warning: the five networks do not start from the same weights.</>}
      </p>
      <LiveLossChart height={180} logScale series={series} handleRef={props.chartRef} />
      <ReadOut live={!playing}>
        <ResultsTable label="Race results" columns={NETWORK_COLUMNS}
          caption={<>After {race.stepCount} steps on the two spirals (binary cross-entropy over all 200 points; chart above, log scale)</>}>
          {race.racers.map((r, i) => (
            <tr key={RACER_LABELS[i]}>
              <td>{RACER_LABELS[i]}</td>
              <td>{describe(r.spec)}</td>
              <td><code>{starts[i].checksum}</code></td>
              <RunOutcomeCells run={r.run} />
            </tr>
          ))}
        </ResultsTable>
      </ReadOut>
    </>
  );
}
