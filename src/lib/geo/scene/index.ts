/**
 * The map's scene for a step: what it draws, as a pure function of (data, state,
 * locale). The parts: which places and events the step is about (focus), markers,
 * label requests and convoy arrows, their placement over the stage tiers, the
 * assembly (build) and the memo of scenes already drawn (cache).
 */
export { mapScene, labelPlacement, sceneKey } from './cache';
export { eventsOfStep } from './focus';
export { LABEL_TIERS } from './tiers';
export { wholeName } from './words';
export type { LabelPlacement } from './placement';
export type { Scene, SceneArrow, SceneLabel, SceneMarker } from './types';
