/** Indices in the Int32Array (on a SharedArrayBuffer) that the coordinator shares with helpers. */
export const FLAG_PAUSED = 0;
export const FLAG_CANCELLED = 1;
