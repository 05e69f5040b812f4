// The estimate stage: an explainable, calibrated probability of nuclear use.
export type * from './types.js';
export { estimateRisk, riskSeries, pointEstimate, preparedModel, horizonPrior, type RiskOptions, type SeriesOptions } from './risk.js';
export { calibrate, writeFitted, type CalibrateOptions } from './calibrate.js';
export { loadRiskModel, loadFitted, defaultFree, type RiskModel } from './model.js';
export { credibilityClass, loadRoleIndex } from './credibility.js';
export { loadTimelineEvents, loadForecasts } from './history.js';
