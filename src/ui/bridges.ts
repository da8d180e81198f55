/**
 * One bridge per worker for the whole page. Each `new Worker(new URL(...))` is written literally
 * so that Vite finds and bundles the worker.
 */
import type { ClassifierApi } from '../../workers/classifier.worker';
import type { CorpusApi } from '../../workers/corpus.worker';
import type { EncoderApi } from '../../workers/encoder.worker';
import type { FeaturesApi } from '../../workers/features.worker';
import type { StepperApi } from '../../workers/stepper.worker';
import type { TrainerApi } from '../../workers/trainer.worker';
import type { VectorsApi } from '../../workers/vectors.worker';
import { WorkerBridge } from '../bridge/WorkerBridge';

export const corpusWorker = new WorkerBridge<CorpusApi>(
  () =>
    new Worker(new URL('../../workers/corpus.worker.ts', import.meta.url), {
      type: 'module',
      name: 'corpus',
    }),
);

export const classifierWorker = new WorkerBridge<ClassifierApi>(
  () =>
    new Worker(new URL('../../workers/classifier.worker.ts', import.meta.url), {
      type: 'module',
      name: 'classifier',
    }),
);

export const trainerWorker = new WorkerBridge<TrainerApi>(
  () =>
    new Worker(new URL('../../workers/trainer.worker.ts', import.meta.url), {
      type: 'module',
      name: 'trainer',
    }),
);

export const vectorsWorker = new WorkerBridge<VectorsApi>(
  () =>
    new Worker(new URL('../../workers/vectors.worker.ts', import.meta.url), {
      type: 'module',
      name: 'vectors',
    }),
);

export const stepperWorker = new WorkerBridge<StepperApi>(
  () =>
    new Worker(new URL('../../workers/stepper.worker.ts', import.meta.url), {
      type: 'module',
      name: 'stepper',
    }),
);

export const encoderWorker = new WorkerBridge<EncoderApi>(
  () =>
    new Worker(new URL('../../workers/encoder.worker.ts', import.meta.url), {
      type: 'module',
      name: 'encoder',
    }),
);

export const featuresWorker = new WorkerBridge<FeaturesApi>(
  () =>
    new Worker(new URL('../../workers/features.worker.ts', import.meta.url), {
      type: 'module',
      name: 'features',
    }),
);
