// Play / Pause, Step, Reset and (optionally) New weights, as real buttons with fixed accessible names.
import './kit.css';
export function PlayControls(props: {
  playing: boolean;
  onPlayPause(): void;
  onStep?(): void;
  onReset?(): void;
  onNewWeights?(): void;
  disabled?: boolean;
  stepLabel?: string;
}) {
  return (
    <div className="kit-buttons" role="group" aria-label="Run controls">
      <button type="button" className="kit-button kit-button--primary" onClick={props.onPlayPause} disabled={props.disabled}
        aria-pressed={props.playing}>
        {props.playing ? 'Pause' : 'Play'}
      </button>
      {props.onStep && (
        <button type="button" className="kit-button" onClick={props.onStep} disabled={props.disabled || props.playing}>
          {props.stepLabel ?? 'Step'}
        </button>
      )}
      {props.onReset && <button type="button" className="kit-button" onClick={props.onReset}>Reset</button>}
      {props.onNewWeights && <button type="button" className="kit-button" onClick={props.onNewWeights}>New weights</button>}
    </div>
  );
}
