import { widget } from '../kit';
import { ParameterRosterView } from './ParameterRoster';

export const ParameterRoster = widget('Parameter roster', ParameterRosterView);
export { RosterRun, ROSTER_NAMES, TRUE_VALUES, trainRoster, freezeMidway, type RosterName } from './roster';
