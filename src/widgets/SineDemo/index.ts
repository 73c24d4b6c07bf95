import { widget } from '../kit';
import { SineDemoView } from './SineDemo';

/** `<SineDemo />` in a chapter: a frequency slider driving a sine chart, inside its own error boundary. */
export const SineDemo = widget('SineDemo', SineDemoView);
export type { SineDemoProps } from './SineDemo';
