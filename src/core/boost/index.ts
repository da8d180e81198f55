/**
 * Gradient-boosted decision trees, written the way LightGBM works (see gbdt.ts), pure TypeScript:
 * params → binning → grow (leaf-wise, histograms) → gbdt (rounds, objectives, early stopping,
 * prediction, JSON).
 */
export * from './binning';
export * from './gbdt';
export * from './objective';
export * from './params';
export * from './tree';
