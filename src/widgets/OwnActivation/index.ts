import { lazyWidget } from '../kit';

/** `<OwnActivation />`: type an activation as a formula in x; the engine derives f′ and the labs can train with it. */
export const OwnActivation = lazyWidget('Your own activation', 'Your own activation', () =>
  import('./OwnActivation').then((m) => m.OwnActivationView),
);
