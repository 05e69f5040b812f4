// The judge stage: events not mentions, doctrines as data, the escalation ladder.
export type * from './types.js';
export { clusterEvents, groupByEvent, judgedFromClusters, DEFAULT_WINDOW_DAYS, type ClusterOptions } from './cluster.js';
export { evaluateDoctrines, evaluateDoctrine, evaluateDoctrineOnClusters, matchEvent, type EvaluateOptions } from './evaluate.js';
export { doctrineInForce, doctrineOwners, loadDoctrines } from './doctrines.js';
export { loadRelations, actorRoles, targetRoles, isNuclear, supportersOf, opponentsOf, type Relations } from './relations.js';
export { ladderState, decayedLevel, decaySchedule, rungOf, type LadderOptions } from './ladder.js';
export { effectiveDate, daysBetween, addDays, normalizeAt } from './dates.js';
export {
  updateEventClusters,
  rebuildEventClusters,
  recordClusterDecision,
  resolveEventIds,
  listClusterDecisions,
  loadJudgedEvents,
  loadEventClusters,
  type StoredDecision,
} from './store-clusters.js';
