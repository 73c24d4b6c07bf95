import { widget } from '../kit';
import { BroadcastCheckerView } from './BroadcastChecker';

export const BroadcastChecker = widget('Broadcasting checker', BroadcastCheckerView);
