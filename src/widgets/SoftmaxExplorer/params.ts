// The softmax explorer's parameters, declared once: up to five logits, a temperature, and a shift
// added to every logit (softmax ignores it; a naive implementation overflows).
import { defineParams, type NumberParam } from '../kit';

const logit = (i: number, def: number): NumberParam => ({ kind: 'number', label: `Logit ${i}`, default: def, min: -10, max: 10, step: 0.1 });

export const SOFTMAX_PARAMS = defineParams({
  classes: { kind: 'number', label: 'Classes', default: 4, min: 3, max: 5, step: 1, integer: true },
  z1: logit(1, 2),
  z2: logit(2, 1),
  z3: logit(3, 0.1),
  z4: logit(4, -1),
  z5: logit(5, 0.5),
  temperature: { kind: 'number', label: 'Temperature', default: 1, min: 0.1, max: 10, step: 0.05, scale: 'log', help: 'Logits are divided by it before softmax.' },
  shift: { kind: 'number', label: 'Add to every logit', default: 0, min: -1000, max: 1000, step: 10, help: 'Mathematically changes nothing. Watch the naive sum: too far up it overflows to Infinity, too far down every eˣ rounds to 0.' },
});

export const LOGIT_KEYS = ['z1', 'z2', 'z3', 'z4', 'z5'] as const;
