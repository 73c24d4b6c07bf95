import { defineParams, text, type NumberParam } from '../kit';
import { DEFAULT_FORMULA, MAX_FORMULA_LENGTH, ExpressionError, parseExpression } from '../../lab';

/** Why a formula from a shared link cannot be used (null when it parses). Only expressions travel in
 *  links: they are parsed into engine ops, never run as code. */
function formulaProblem(formula: string): string | null {
  try {
    parseExpression(formula);
    return null;
  } catch (e) {
    if (e instanceof ExpressionError) return `${e.message} (at character ${e.position + 1})`;
    throw e;
  }
}

const parameter = (n: number): NumberParam => ({
  kind: 'number', label: `Parameter ${n}`, default: 1, min: -5, max: 5, step: 0.001,
});

export const OWN_PARAMS = defineParams({
  formula: text('Formula for f(x)', DEFAULT_FORMULA, {
    maxLength: MAX_FORMULA_LENGTH,
    validate: formulaProblem,
    help: 'Numbers, x, + − * / ^, parentheses; exp, log, sqrt, abs, sin, cos, erf, tanh, sigmoid, relu, min, max; pi and e; parameters are single letters (a, k) or Greek letters (β or beta).',
  }),
  p1: parameter(1),
  p2: parameter(2),
  p3: parameter(3),
});

