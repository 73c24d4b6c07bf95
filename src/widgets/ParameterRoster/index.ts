import { widget } from '../kit';
import { ParameterRosterView } from './ParameterRoster';

export const ParameterRoster = widget('ParameterRoster', ParameterRosterView);
export { RosterRun, ROSTER_NAMES, TRUE_VALUES, trainRoster, freezeMidway, type RosterName } from './roster';
