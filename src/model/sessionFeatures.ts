/**
 * What the classifiers on text vectors take from the LSTM classifier's session: its prepared
 * labelled data as mean word vectors, and the key that says which data and split a result
 * belongs to (so the comparison table can tell whether the LSTM was tested on the same texts).
 */

import { UserError } from '../core/errors';
import { labelledDataKey } from '../core/features/dataKey';
import { meanVectorFeatureSet } from '../core/features/meanVectors';
import type { FeatureSet } from '../core/features/types';
import type { ClassifierSession } from './session';

export interface MeanVectorFeatures {
  set: FeatureSet;
  /** Texts in which no word has a vector (their features are all zero). */
  textsWithoutVectors: number;
  /** Share of all words that have a vector. */
  tokenCoverage: number;
}

/** The session's prepared data as mean word vectors of the session's word vectors. */
export async function sessionMeanVectors(session: ClassifierSession): Promise<MeanVectorFeatures> {
  const data = session.prepared;
  const options = session.datasetOptions;
  if (data === null || options === null) throw new UserError('no-data', 'Prepare a labelled data set first.');
  const vectors = session.vectorSet;
  if (vectors === null) {
    throw new UserError(
      'features-no-vectors',
      'Mean word vectors need word vectors: train word2vec (step 2) or import vectors in Explore first.',
    );
  }
  return meanVectorFeatureSet(data, options, vectors, session.vectorsName ?? '');
}

/** `labelledDataKey` of the session's prepared data and split, or null before any. */
export function sessionDataKey(session: ClassifierSession): string | null {
  const data = session.prepared;
  const options = session.datasetOptions;
  return data && options ? labelledDataKey(data.records, options.split, options.seed) : null;
}
