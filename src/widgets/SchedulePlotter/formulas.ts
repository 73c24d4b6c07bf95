// Each schedule's formula as KaTeX source (typeset at build time: virtual:katex-formulas, see vite.config.ts).
import type { ScheduleName } from '../../lab';

export const SCHEDULE_FORMULAS: Record<ScheduleName, string> = {
  constant: '\\eta_t = \\eta',
  step: '\\eta_t = \\eta\\,\\gamma^{\\lfloor t / s \\rfloor}',
  exponential: '\\eta_t = \\eta\\,\\gamma^{\\,t}',
  cosine: '\\eta_t = \\eta_{\\min} + \\tfrac12\\,(\\eta - \\eta_{\\min})\\,\\bigl(1 + \\cos(\\pi t / T)\\bigr)',
  warmupCosine: '\\eta_t = \\begin{cases} \\eta\\,\\bigl(f + (1 - f)\\,t / W\\bigr), & t < W \\\\ \\eta_{\\min} + \\tfrac12\\,(\\eta - \\eta_{\\min})\\bigl(1 + \\cos\\frac{\\pi (t - W)}{T - W}\\bigr), & t \\ge W \\end{cases}',
  oneCycle: '\\eta_t = \\begin{cases} \\dfrac{\\eta}{d} \\nearrow \\eta, & t \\le pT - 1 \\\\ \\eta \\searrow \\dfrac{\\eta}{d\\,D}, & t > pT - 1 \\end{cases} \\quad \\text{(each half of a cosine)}',
};
