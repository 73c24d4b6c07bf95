// The formula of each activation and of its derivative, as KaTeX source (what the explorer prints),
// taken from the kit's presentation table so every widget writes an activation the same way.
import type { ActivationName } from '../../engine';
import { ACTIVATION_PRESENTATION } from '../kit';

export const FORMULAS = Object.fromEntries(
  Object.entries(ACTIVATION_PRESENTATION).map(([name, p]) => [name, { f: p.tex, df: p.dtex, range: p.range }]),
) as Record<ActivationName, { f: string; df: string; range: string }>;
