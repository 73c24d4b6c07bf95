import { lazyWidget } from '../kit';
import type { SineDemoProps } from './SineDemo';

/** `<SineDemo />` in a chapter: a frequency slider driving a sine chart, inside its own error boundary.
 *  Loaded on demand, when it comes near the viewport. */
export const SineDemo = lazyWidget<SineDemoProps>('A sine wave you can tune', 'A sine wave you can tune', () => import('./SineDemo').then((m) => m.SineDemoView));
export type { SineDemoProps } from './SineDemo';
