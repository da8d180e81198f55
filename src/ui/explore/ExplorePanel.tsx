import { useState } from 'react';
import { EmptyState } from '../EmptyState';
import { useI18n } from '../i18n/I18n';
import { Message } from '../Message';
import { useCurrentVectors, useVectorNotice } from '../vectorState';
import { EvaluatePanel } from './EvaluatePanel';
import { ExportPanel } from './ExportPanel';
import { ImportForm } from './ImportForm';
import { MapPanel } from './MapPanel';
import { Queries } from './Queries';
import { SavedSets } from './SavedSets';
import './explore.css';

const SOURCE_TEXT = {
  trained: 'explore.source.trained',
  imported: 'explore.source.imported',
  snapshot: 'explore.source.snapshot',
} as const;

/** Step 3: the current vectors — queries, map, evaluation, export — and the library of saved sets. */
export function ExplorePanel() {
  const { t, num } = useI18n();
  const info = useCurrentVectors();
  const notice = useVectorNotice();
  const [imports, setImports] = useState(0);
  return (
    <div className="explore-panel">
      {info === null ? (
        <EmptyState title={t('explore.empty.title')}>
          <p>{t('explore.empty.body')}</p>
        </EmptyState>
      ) : (
        <h2 data-testid="current-vectors">
          <span data-testid="current-vectors-name" data-user-text="">
            {info.name}
          </span>
          :{' '}
          <span data-testid="current-vectors-size">
            {t('explore.size', { words: num(info.words), dim: info.dim })}
          </span>{' '}
          <small>({t(SOURCE_TEXT[info.source])})</small>
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
