export { SurgeDetector, initialSurgeState, SCALES, type SurgeBucket, type SurgeResult, type SurgeState } from './detector.ts';
export { PRESET_OPTIONS, SURGE_PRESETS, surgeOptions, type SurgeOptions, type SurgePreset } from './presets.ts';
export { logBinomialUpperTail, logGamma, logIncompleteBeta, logNegBinomialUpperTail, logNormalUpperTail } from './tail.ts';
