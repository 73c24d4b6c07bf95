// How every widget presents an activation: its name in controls and read-outs, and its formula and
// derivative as KaTeX source. The engine's registry (ACTIVATIONS in src/engine) says what each one
// computes; this table says how the book writes it, so the explorer, the XOR lab, the race and the
// gradient charts all call an activation by the same name.
import type { ActivationName } from '../../engine';

export interface ActivationPresentation {
  /** Name in menus, legends and read-outs. */
  label: string;
  /** f(x) as KaTeX source. */
  tex: string;
  /** f′(x) as KaTeX source. */
  dtex: string;
  /** The output range as KaTeX source. */
  range: string;
}

export const ACTIVATION_PRESENTATION: Record<ActivationName, ActivationPresentation> = {
  none: { label: 'none (identity)', tex: 'f(x) = x', dtex: "f'(x) = 1", range: '(-\\infty, \\infty)' },
  relu: {
    label: 'ReLU',
    tex: 'f(x) = \\max(0, x)',
    dtex: "f'(x) = \\begin{cases} 1 & x > 0 \\\\ 0 & x \\le 0 \\end{cases}",
    range: '[0, \\infty)',
  },
  leakyRelu: {
    label: 'leaky ReLU (0.01)',
    tex: 'f(x) = \\begin{cases} x & x > 0 \\\\ 0.01\\,x & x \\le 0 \\end{cases}',
    dtex: "f'(x) = \\begin{cases} 1 & x > 0 \\\\ 0.01 & x \\le 0 \\end{cases}",
    range: '(-\\infty, \\infty)',
  },
  sigmoid: {
    label: 'sigmoid',
    tex: '\\sigma(x) = \\dfrac{1}{1 + e^{-x}}',
    dtex: "\\sigma'(x) = \\sigma(x)\\,\\bigl(1 - \\sigma(x)\\bigr)",
    range: '(0, 1)',
  },
  tanh: {
    label: 'tanh',
    tex: '\\tanh(x) = \\dfrac{e^{x} - e^{-x}}{e^{x} + e^{-x}}',
    dtex: "\\tanh'(x) = 1 - \\tanh^2(x)",
    range: '(-1, 1)',
  },
  gelu: {
    label: 'GELU',
    tex: '\\operatorname{GELU}(x) = x\\,\\Phi(x)',
    dtex: "\\operatorname{GELU}'(x) = \\Phi(x) + x\\,\\varphi(x)",
    range: '[-0.17, \\infty)',
  },
  elu: {
    label: 'ELU',
    tex: 'f(x) = \\begin{cases} x & x > 0 \\\\ e^{x} - 1 & x \\le 0 \\end{cases}',
    dtex: "f'(x) = \\begin{cases} 1 & x > 0 \\\\ e^{x} & x \\le 0 \\end{cases}",
    range: '(-1, \\infty)',
  },
  softplus: { label: 'softplus', tex: 'f(x) = \\ln(1 + e^{x})', dtex: "f'(x) = \\sigma(x)", range: '(0, \\infty)' },
  silu: {
    label: 'SiLU (swish)',
    tex: 'f(x) = x\\,\\sigma(x)',
    dtex: "f'(x) = \\sigma(x)\\,\\bigl(1 + x(1 - \\sigma(x))\\bigr)",
    range: '[-0.28, \\infty)',
  },
};

/** How the labs name the reader's own formula (chapter 12, §12.8) in menus and read-outs. */
export const YOURS_LABEL = 'yours (your formula, §12.8)';

/** Name of an activation as every widget prints it ('yours' is the reader's formula). */
export const activationLabel = (name: ActivationName | 'yours'): string =>
  name === 'yours' ? YOURS_LABEL : ACTIVATION_PRESENTATION[name].label;

/** { value, label } options for a <select> over the given activations (e.g. the engine's ACTIVATION_NAMES). */
export function activationOptions<A extends ActivationName>(names: readonly A[]) {
  return names.map((value) => ({ value, label: ACTIVATION_PRESENTATION[value].label }));
}

/** A number rounded to `digits` decimals for display, with a true minus sign and no "−0". */
export function fixed(v: number, digits = 3): string {
  if (!Number.isFinite(v)) return String(v);
  const r = Number(v.toFixed(digits));
  return (Object.is(r, -0) ? 0 : r).toString().replace('-', '−');
}
