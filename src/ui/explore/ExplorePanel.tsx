import { useState } from 'react';
import { EmptyState } from '../EmptyState';
import { Message } from '../Message';
import { useCurrentVectors, useVectorNotice } from '../vectorState';
import { EvaluatePanel } from './EvaluatePanel';
import { ExportPanel } from './ExportPanel';
import { ImportForm } from './ImportForm';
import { MapPanel } from './MapPanel';
import { Queries } from './Queries';
import { SavedSets } from './SavedSets';
import './explore.css';

const SOURCE_TEXT = { trained: 'trained here', imported: 'imported', snapshot: 'live training snapshot' };

/** Step 3: the current vectors — queries, map, evaluation, export — and the library of saved sets. */
export function ExplorePanel() {
  const info = useCurrentVectors();
  const notice = useVectorNotice();
  const [imports, setImports] = useState(0);
  return (
    <div className="explore-panel">
      {info === null ? (
        <EmptyState title="No word vectors yet">
          <p>
            Train word2vec in step 2, or import a vector file below, to see neighbours, analogies and a map
            here.
          </p>
        </EmptyState>
      ) : (
        <h2 data-testid="current-vectors">
          <span data-testid="current-vectors-name">{info.name}</span>:{' '}
          <span data-testid="current-vectors-size">
            {info.words.toLocaleString('en-US')} words × {info.dim}
          </span>{' '}
          <small>({SOURCE_TEXT[info.source]})</small>
        </h2>
      )}
      <Message kind="info" text={notice} />
      {info !== null && (
        <>
          <div data-control="explore.queries">
            <Queries />
          </div>
          <div data-control="explore.map">
            <MapPanel />
          </div>
          <div data-control="explore.evaluate">
            <EvaluatePanel />
          </div>
          <div data-control="explore.export">
            <ExportPanel />
          </div>
        </>
      )}
      <div className="library" data-control="explore.library">
        <ImportForm onImported={() => setImports((n) => n + 1)} />
        <SavedSets refresh={imports} />
      </div>
    </div>
  );
}
