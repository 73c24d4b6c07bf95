// The dropout mask viewer's settings (not shared in the URL: it is a viewer, not a lab).
import { choice, defineParams } from '../kit';

export const DROPOUT_VIEWER_SPECS = defineParams({
  p: { kind: 'number', label: 'Dropout probability p', default: 0.5, min: 0, max: 0.9, step: 0.05 },
  mode: choice('Mode', 'train', [
    { value: 'train', label: 'training (model.train())' },
    { value: 'eval', label: 'evaluation (model.eval())' },
  ]),
});
