// The lab's networks: 2 inputs → H hidden units (→ H more) → 1 logit, built by the engine's mlp().
import { Activation, Linear, Sequential, createOptimizer, mlp, type Optimizer, type Rng } from '../engine';
import { LAB_OPTIMIZERS, YOURS, type LabActivation, type LabOptimizer, type OptimizerName, type RunSettings } from './settings';
import { readerActivationOrDefault } from './readerActivation';
import { withFormula } from './formulaActivation';

/** The reader's formula (chapter 12's formula box; its starting formula until the reader types),
 *  looked up at every forward pass so a network follows the reader's edits. */
const readerOp = () => readerActivationOrDefault().op;

// #region build-model
/** 2 → H → 1 (or 2 → H → H → 1). He initialisation for every activation, so that runs which differ
 *  only in their activation start from exactly the same weights. */
export function buildModel(s: Pick<RunSettings, 'hidden' | 'secondLayer'> & { activation: LabActivation }, rng: Rng): Sequential {
  const sizes = s.secondLayer ? [2, s.hidden, s.hidden, 1] : [2, s.hidden, 1];
  if (s.activation === YOURS) return swapActivation(mlp({ sizes, activation: 'relu', rng: rng.stream('init'), init: 'he' }), YOURS);
  return mlp({ sizes, activation: s.activation, rng: rng.stream('init'), init: 'he' });
}
// #endregion

/** The same Linear layers (the same weight arrays) with a different activation between them. */
export function swapActivation(model: Sequential, activation: LabActivation): Sequential {
  if (activation === YOURS) return withFormula(model, readerOp);
  const linears = model.layers.filter((l): l is Linear => l instanceof Linear);
  const layers: (Linear | Activation)[] = [];
  linears.forEach((l, i) => {
    layers.push(l);
    if (i + 1 < linears.length && activation !== 'none') layers.push(new Activation(activation));
  });
  return new Sequential(...layers);
}

export function makeOptimizer(name: OptimizerName, model: Sequential, lr: number): Optimizer {
  const choice: LabOptimizer | undefined = LAB_OPTIMIZERS[name];
  if (!choice) throw new Error(`makeOptimizer: unknown optimizer "${String(name)}" (known: ${Object.keys(LAB_OPTIMIZERS).join(', ')})`);
  return createOptimizer(choice.optimizer, model.parameters(), { ...choice.options, lr });
}
