import { useI18n } from '../i18n/I18n';

type Impl = 'fused' | 'layers';

/** Which LSTM layer the classifier uses: the fused one (default) or tf.layers.lstm, to compare. */
export function LstmImplField({ value, onChange }: { value: Impl; onChange: (v: Impl) => void }) {
  const { t } = useI18n();
  return (
    <div className="field" data-control="classify.lstmImpl">
      <label htmlFor="m-lstm-impl">{t('classroom.lstmImpl')}</label>
      <select
        id="m-lstm-impl"
        value={value}
        onChange={(e) => onChange(e.target.value as Impl)}
        aria-describedby="m-lstm-impl-help"
      >
        <option value="fused">{t('classroom.lstmImpl.fused')}</option>
        <option value="layers">{t('classroom.lstmImpl.layers')}</option>
      </select>
      <small id="m-lstm-impl-help">{t('classroom.lstmImpl.help')}</small>
    </div>
  );
}
