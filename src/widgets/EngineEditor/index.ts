import { widget } from '../kit';
import { EngineEditorView } from './EngineEditor';

/** `<EngineEditor />` (or `initial="sigmoid"`): edit one of the engine's activation ops, check its gradient, install it. */
export const EngineEditor = widget('Edit the engine', EngineEditorView);
