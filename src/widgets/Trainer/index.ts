import { widget } from '../kit';
import { TrainerView } from './Trainer';

export const Trainer = widget('Trainer', TrainerView);
