import { download } from '../explore/download';
import { useI18n } from '../i18n/I18n';
import { type ComparisonRow, comparisonCsv, sameData } from './comparison';

/**
 * Every model of the session side by side on its test set: accuracy, macro and weighted F1,
 * training time. A row tested on other data or another split than the current text vectors is
 * marked, since its numbers do not compare.
 */
export function Comparison({ rows, reference }: { rows: ComparisonRow[]; reference: string | null }) {
  const { t } = useI18n();
  if (rows.length === 0) return null;
  return (
    <div className="feature-comparison">
      <table className="summary-table" data-testid="features-comparison">
        <caption>{t('features.compare.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('features.compare.model')}</th>
            <th scope="col">{t('features.compare.input')}</th>
            <th scope="col">{t('features.compare.accuracy')}</th>
            <th scope="col">{t('features.compare.macroF1')}</th>
            <th scope="col">{t('features.compare.weightedF1')}</th>
            <th scope="col">{t('features.compare.time')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const same = sameData(r, reference);
            return (
              <tr key={r.id} data-model={r.model} data-same-data={same}>
                <th scope="row">{t(`features.model.${r.model}`)}</th>
                <td>
                  {r.input}
                  {!same && <span className="badge">{t('features.compare.differentData')}</span>}
                </td>
                <td className="num">{r.report.accuracy.toFixed(3)}</td>
                <td className="num">{r.report.macroAvg.f1.toFixed(3)}</td>
                <td className="num">{r.report.weightedAvg.f1.toFixed(3)}</td>
                <td className="num">{t('features.seconds', { s: (r.trainMs / 1000).toFixed(1) })}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button
        type="button"
        onClick={() =>
          download(
            'classifier-comparison.csv',
            new Blob([comparisonCsv(rows, reference)], { type: 'text/csv' }),
          )
        }
        data-testid="features-export-csv"
      >
        {t('features.compare.export')}
      </button>
    </div>
  );
}
