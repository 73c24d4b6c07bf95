// Labelled native controls derived from parameter declarations: a range slider with an <output>
// (log sliders for rates), a <select> for choices, a checkbox for switches. Keyboard operation and
// accessible names come from the native elements; aria-valuetext reads the formatted value.
import { useId } from 'react';
import { useStore } from 'zustand';
import {
  formatValue,
  fromSlider,
  sliderRange,
  toSlider,
  type ChoiceParam,
  type NumberParam,
  type ParamSpec,
  type ParamSpecs,
} from './params';
import type { ParamStore } from './paramStore';
import './kit.css';

interface ControlProps<S extends ParamSpecs> {
  specs: S;
  store: ParamStore<S>;
  name: keyof S & string;
  disabled?: boolean;
  /** Overrides the declared label (a slider whose meaning the reader chose, such as a formula's β). */
  label?: string;
}

export function ParamControl<S extends ParamSpecs>({ specs, store, name, disabled, label }: ControlProps<S>) {
  const declared: ParamSpec = specs[name];
  const spec: ParamSpec = label ? { ...declared, label } : declared;
  const value = useStore(store, (s) => s.values[name]) as unknown;
  const set = (v: unknown) => store.getState().set(name, v as never);
  const id = useId();
  if (spec.kind === 'boolean') {
    return (
      <div className="kit-control kit-control--check">
        <input id={id} type="checkbox" checked={value as boolean} disabled={disabled} onChange={(e) => set(e.target.checked)} />
        <label htmlFor={id}>{spec.label}</label>
        {spec.help && <small className="kit-help">{spec.help}</small>}
      </div>
    );
  }
  if (spec.kind === 'text') {
    return (
      <div className="kit-control kit-control--text">
        <label htmlFor={id}>{spec.label}</label>
        <input id={id} type="text" value={value as string} maxLength={spec.maxLength} disabled={disabled}
          spellCheck={false} autoComplete="off" autoCapitalize="off" onChange={(e) => set(e.target.value)} />
        {spec.help && <small className="kit-help">{spec.help}</small>}
      </div>
    );
  }
  if (spec.kind === 'choice') return <ChoiceControl id={id} spec={spec} value={value as string} onChange={set} disabled={disabled} />;
  return <NumberControl id={id} spec={spec} value={value as number} onChange={set} disabled={disabled} />;
}

function ChoiceControl(props: { id: string; spec: ChoiceParam; value: string; onChange(v: string): void; disabled?: boolean }) {
  const { id, spec, value, onChange, disabled } = props;
  return (
    <div className="kit-control">
      <label htmlFor={id}>{spec.label}</label>
      <select id={id} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)}>
        {spec.choices.map((c) => (
          <option key={c.value} value={c.value}>{c.label}</option>
        ))}
      </select>
      {spec.help && <small className="kit-help">{spec.help}</small>}
    </div>
  );
}

function NumberControl(props: { id: string; spec: NumberParam; value: number; onChange(v: number): void; disabled?: boolean }) {
  const { id, spec, value, onChange, disabled } = props;
  const range = sliderRange(spec);
  const text = formatValue(spec, value);
  return (
    <div className="kit-control">
      <label htmlFor={id}>{spec.label}</label>
      <div className="kit-slider">
        <input
          id={id}
          type="range"
          min={range.min}
          max={range.max}
          step={range.step}
          value={toSlider(spec, value)}
          aria-valuetext={text}
          disabled={disabled}
          onChange={(e) => onChange(fromSlider(spec, Number(e.target.value)))}
        />
        <output htmlFor={id} aria-hidden="true">{text}</output>
      </div>
      {spec.help && <small className="kit-help">{spec.help}</small>}
    </div>
  );
}

/** All (or the named) controls of a widget, in declaration order. */
export function ParamControls<S extends ParamSpecs>(props: {
  specs: S;
  store: ParamStore<S>;
  only?: readonly (keyof S & string)[];
  disabled?: boolean;
}) {
  const names = props.only ?? (Object.keys(props.specs) as (keyof S & string)[]);
  return (
    <div className="kit-controls">
      {names.map((n) => (
        <ParamControl key={n} specs={props.specs} store={props.store} name={n} disabled={props.disabled} />
      ))}
    </div>
  );
}
