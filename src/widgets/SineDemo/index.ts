import { widget } from '../kit';
import { SineDemoView } from './SineDemo';

/** `<SineDemo />` in a chapter: a frequency slider driving a sine chart, inside its own error boundary.
 *  Small (a plain SVG chart), so it is part of the page: prerendered with the text, usable at hydration. */
export const SineDemo = widget('A sine wave you can tune', SineDemoView);
export type { SineDemoProps } from './SineDemo';
