// Widget parameters are declared once, as data. Controls, validation, URL state and aria-valuetext
// are all derived from these declarations, so a parameter's range or label lives in one place.

export interface NumberParam {
  kind: 'number';
  label: string;
  default: number;
  min: number;
  max: number;
  /** Step of the slider in value units (linear) or in log10 units (log). */
  step: number;
  /** 'log' sliders move in powers of ten: good for learning rates. */
  scale?: 'linear' | 'log';
  /** Whole numbers only (hidden units, seeds, depth). */
  integer?: boolean;
  unit?: string;
  help?: string;
}

export interface ChoiceParam<T extends string = string> {
  kind: 'choice';
  label: string;
  default: T;
  choices: readonly { value: T; label: string }[];
  help?: string;
}

export interface BooleanParam {
  kind: 'boolean';
  label: string;
  default: boolean;
  help?: string;
}

/** Free text, such as a formula. `validate` returns why a text is not acceptable (or null). */
export interface TextParam {
  kind: 'text';
  label: string;
  default: string;
  maxLength: number;
  validate?: (text: string) => string | null;
  help?: string;
}

export type ParamSpec = NumberParam | ChoiceParam | BooleanParam | TextParam;
export type ParamSpecs = Record<string, ParamSpec>;

export type ValueOf<P extends ParamSpec> = P extends NumberParam
  ? number
  : P extends ChoiceParam<infer T>
    ? T
    : P extends TextParam
      ? string
      : boolean;

export type ParamValues<S extends ParamSpecs> = { [K in keyof S]: ValueOf<S[K]> };

/** Identity helper that keeps the literal types of choices (`as const` friendly). */
export function defineParams<S extends ParamSpecs>(specs: S): S {
  return specs;
}

export function choice<const T extends string>(
  label: string,
  def: NoInfer<T>,
  choices: readonly { value: T; label: string }[],
  help?: string,
): ChoiceParam<T> {
  return { kind: 'choice', label, default: def, choices, help };
}

export function text(label: string, def: string, options: { maxLength: number; validate?: (text: string) => string | null; help?: string }): TextParam {
  return { kind: 'text', label, default: def, ...options };
}

export function defaults<S extends ParamSpecs>(specs: S): ParamValues<S> {
  const out: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(specs)) out[key] = spec.default;
  return out as ParamValues<S>;
}

/** How a value reads aloud and in the visible read-out: "0.03", "8 units", "ReLU". */
export function formatValue(spec: ParamSpec, value: unknown): string {
  if (spec.kind === 'boolean') return value ? 'on' : 'off';
  if (spec.kind === 'choice') return spec.choices.find((c) => c.value === value)?.label ?? String(value);
  if (spec.kind === 'text') return String(value);
  const v = value as number;
  const text = spec.integer ? String(Math.round(v)) : formatNumber(v);
  return spec.unit ? `${text} ${spec.unit}` : text;
}

export function formatNumber(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1e4 || a < 1e-3) return v.toExponential(1).replace('e+', 'e');
  return String(Number(v.toPrecision(3)));
}

/** A share as a percentage to one decimal: 0.975 → "97.5 %" (accuracies in read-outs and tables). */
export function formatPercent(share: number): string {
  return `${Math.round(share * 1000) / 10} %`;
}

/**
 * Parses a raw string (from a URL) against its declaration. Returns the value, or an error message
 * that says what was wrong and what the widget uses instead.
 */
export function parseValue(spec: ParamSpec, raw: string): { value: unknown } | { error: string } {
  if (spec.kind === 'boolean') {
    if (raw === '1' || raw === 'true') return { value: true };
    if (raw === '0' || raw === 'false') return { value: false };
    return { error: `"${raw}" is not on/off` };
  }
  if (spec.kind === 'choice') {
    const hit = spec.choices.find((c) => c.value === raw);
    return hit ? { value: hit.value } : { error: `"${raw}" is not one of ${spec.choices.map((c) => c.value).join(', ')}` };
  }
  if (spec.kind === 'text') {
    if (raw.length > spec.maxLength) return { error: `the text is longer than ${spec.maxLength} characters` };
    const why = spec.validate?.(raw) ?? null;
    return why === null ? { value: raw } : { error: `"${raw}": ${why}` };
  }
  const v = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(v)) return { error: `"${raw}" is not a number` };
  if (v < spec.min || v > spec.max) return { error: `${raw} is outside ${spec.min}…${spec.max}` };
  if (spec.integer && !Number.isInteger(v)) return { error: `${raw} is not a whole number` };
  return { value: v };
}

/** Serialises a value for the URL; parseValue(spec, serialise(spec, v)) gives v back. */
export function serialise(spec: ParamSpec, value: unknown): string {
  if (spec.kind === 'boolean') return value ? '1' : '0';
  if (spec.kind === 'choice') return String(value);
  return String(value);
}

/** Slider position ↔ value. Log sliders move through log10(value). */
export function toSlider(spec: NumberParam, value: number): number {
  return spec.scale === 'log' ? Math.log10(value) : value;
}

export function fromSlider(spec: NumberParam, position: number): number {
  if (spec.scale !== 'log') return spec.integer ? Math.round(position) : position;
  const v = 10 ** position;
  return Number(v.toPrecision(2));
}

export function sliderRange(spec: NumberParam): { min: number; max: number; step: number } {
  return spec.scale === 'log'
    ? { min: Math.log10(spec.min), max: Math.log10(spec.max), step: spec.step }
    : { min: spec.min, max: spec.max, step: spec.step };
}
