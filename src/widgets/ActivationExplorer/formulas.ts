// The formula of each activation and of its derivative, as KaTeX source (what the explorer prints).
import type { ActivationName } from '../../engine';

export const FORMULAS: Record<ActivationName, { f: string; df: string; range: string }> = {
  none: { f: 'f(x) = x', df: "f'(x) = 1", range: '(-\\infty, \\infty)' },
  relu: { f: 'f(x) = \\max(0, x)', df: "f'(x) = \\begin{cases} 1 & x > 0 \\\\ 0 & x \\le 0 \\end{cases}", range: '[0, \\infty)' },
  leakyRelu: { f: 'f(x) = \\begin{cases} x & x > 0 \\\\ 0.01\\,x & x \\le 0 \\end{cases}', df: "f'(x) = \\begin{cases} 1 & x > 0 \\\\ 0.01 & x \\le 0 \\end{cases}", range: '(-\\infty, \\infty)' },
  sigmoid: { f: '\\sigma(x) = \\dfrac{1}{1 + e^{-x}}', df: "\\sigma'(x) = \\sigma(x)\\,\\bigl(1 - \\sigma(x)\\bigr)", range: '(0, 1)' },
  tanh: { f: '\\tanh(x) = \\dfrac{e^{x} - e^{-x}}{e^{x} + e^{-x}}', df: "\\tanh'(x) = 1 - \\tanh^2(x)", range: '(-1, 1)' },
  gelu: { f: '\\operatorname{GELU}(x) = x\\,\\Phi(x)', df: "\\operatorname{GELU}'(x) = \\Phi(x) + x\\,\\varphi(x)", range: '[-0.17, \\infty)' },
  elu: { f: 'f(x) = \\begin{cases} x & x > 0 \\\\ e^{x} - 1 & x \\le 0 \\end{cases}', df: "f'(x) = \\begin{cases} 1 & x > 0 \\\\ e^{x} & x \\le 0 \\end{cases}", range: '(-1, \\infty)' },
  softplus: { f: 'f(x) = \\ln(1 + e^{x})', df: "f'(x) = \\sigma(x)", range: '(0, \\infty)' },
  silu: { f: 'f(x) = x\\,\\sigma(x)', df: "f'(x) = \\sigma(x)\\,\\bigl(1 + x(1 - \\sigma(x))\\bigr)", range: '[-0.28, \\infty)' },
};
