/**
 * The one place the app imports TensorFlow.js from. Importing the modular packages (core, layers,
 * cpu) instead of the `@tensorflow/tfjs` umbrella keeps converter/data out of the bundle; the
 * chained-op registration is what the umbrella would have added and tfjs-layers relies on
 * (its initialisers call `tensor.flatten()` and friends).
 *
 * Order matters: tfjs-core's entry must run before the chained ops, or the import cycle between
 * them leaves the Tensor class without its op handler (`x.clone()` then throws). Side-effect
 * imports keep their order under Biome's import sorting.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops';
import * as tfl from '@tensorflow/tfjs-layers';
import '@tensorflow/tfjs-backend-cpu';

export { tf, tfl };
