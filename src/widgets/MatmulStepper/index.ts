import { widget } from '../kit';
import { MatmulStepperView } from './MatmulStepper';

export const MatmulStepper = widget('Matmul stepper', MatmulStepperView);
