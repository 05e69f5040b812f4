// Public interface of the simulate stage (used by the CLI and the dashboard/API).
export { loadScenario, listScenarios, validateScenario, initialStateFromLevels, withInitialState, scenarioInitialState } from './scenario.js';
export { runSimulation, SURVIVAL_DAYS } from './run.js';
export { loadParameters, fitFalseAlarms, PARAMETERS_PATH } from './parameters.js';
export { wilson } from './stats.js';
export type * from './types.js';
