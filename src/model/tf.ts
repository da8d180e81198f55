/**
 * The one place the app imports TensorFlow.js from. Importing the modular packages (core, layers,
 * cpu) instead of the `@tensorflow/tfjs` umbrella keeps converter/data out of the bundle; the
 * chained-op registration is what the umbrella would have added and tfjs-layers relies on
 * (its initialisers call `tensor.flatten()` and friends).
 */
import '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops';
import '@tensorflow/tfjs-backend-cpu';

export * as tf from '@tensorflow/tfjs-core';
export * as tfl from '@tensorflow/tfjs-layers';
