import type { Dispatch, SetStateAction } from 'react';
import type { FeatureModelKind } from '../../model/featureClassifiers';
import { CheckField, NumberField } from '../classify/NumberField';
import { useI18n } from '../i18n/I18n';
import type { DenseSettings, FeatureModelSettings, GbdtSettings } from './settings';

interface Props {
  settings: FeatureModelSettings;
  onChange: Dispatch<SetStateAction<FeatureModelSettings>>;
  disabled: boolean;
}

/** Which models to train and their options, each with one sentence of help. */
export function ModelOptions({ settings, onChange, disabled }: Props) {
  const { t } = useI18n();
  const use = (kind: FeatureModelKind, on: boolean) =>
    onChange((s) => ({ ...s, use: { ...s.use, [kind]: on } }));
  const setGbdt = <K extends keyof GbdtSettings>(key: K, v: GbdtSettings[K]) =>
    onChange((s) => ({ ...s, gbdt: { ...s.gbdt, [key]: v } }));
  const setDense = (kind: 'logreg' | 'mlp') => (key: keyof DenseSettings, v: number) =>
    onChange((s) => ({ ...s, [kind]: { ...s[kind], [key]: v } }));
  const g = settings.gbdt;
  return (
    <fieldset className="feature-models" disabled={disabled}>
      <legend>{t('features.models')}</legend>
      <div className="feature-model">
        <CheckField
          id="fm-use-gbdt"
          label={t('features.model.gbdt')}
          checked={settings.use.gbdt}
          onChange={(v) => use('gbdt', v)}
          help={t('features.model.gbdt.help')}
        />
        {settings.use.gbdt && (
          <details className="settings-details">
            <summary>{t('features.options', { model: t('features.model.gbdt') })}</summary>
            <div className="settings-grid">
              <NumberField
                id="fm-gbdt-rounds"
                label={t('features.gbdt.rounds')}
                value={g.numIterations}
                min={1}
                max={100000}
                onChange={(v) => setGbdt('numIterations', v)}
                help={t('features.gbdt.rounds.help')}
              />
              <NumberField
                id="fm-gbdt-lr"
                label={t('features.gbdt.lr')}
                value={g.learningRate}
                min={0}
                max={10}
                step={0.01}
                onChange={(v) => setGbdt('learningRate', v)}
                help={t('features.gbdt.lr.help')}
              />
              <NumberField
                id="fm-gbdt-leaves"
                label={t('features.gbdt.leaves')}
                value={g.numLeaves}
                min={2}
                onChange={(v) => setGbdt('numLeaves', v)}
                help={t('features.gbdt.leaves.help')}
              />
              <NumberField
                id="fm-gbdt-depth"
                label={t('features.gbdt.depth')}
                value={g.maxDepth}
                min={-1}
                onChange={(v) => setGbdt('maxDepth', v)}
                help={t('features.gbdt.depth.help')}
              />
              <NumberField
                id="fm-gbdt-mindata"
                label={t('features.gbdt.minData')}
                value={g.minDataInLeaf}
                min={1}
                onChange={(v) => setGbdt('minDataInLeaf', v)}
                help={t('features.gbdt.minData.help')}
              />
              <NumberField
                id="fm-gbdt-l2"
                label={t('features.gbdt.l2')}
                value={g.lambdaL2}
                min={0}
                step={0.1}
                onChange={(v) => setGbdt('lambdaL2', v)}
                help={t('features.gbdt.l2.help')}
              />
              <NumberField
                id="fm-gbdt-ff"
                label={t('features.gbdt.featureFraction')}
                value={g.featureFraction}
                min={0}
                max={1}
                step={0.05}
                onChange={(v) => setGbdt('featureFraction', v)}
                help={t('features.gbdt.featureFraction.help')}
              />
              <NumberField
                id="fm-gbdt-bf"
                label={t('features.gbdt.baggingFraction')}
                value={g.baggingFraction}
                min={0}
                max={1}
                step={0.05}
                onChange={(v) => setGbdt('baggingFraction', v)}
                help={t('features.gbdt.baggingFraction.help')}
              />
              <NumberField
                id="fm-gbdt-bfreq"
                label={t('features.gbdt.baggingFreq')}
                value={g.baggingFreq}
                min={0}
                onChange={(v) => setGbdt('baggingFreq', v)}
                help={t('features.gbdt.baggingFreq.help')}
              />
              <NumberField
                id="fm-gbdt-es"
                label={t('features.gbdt.earlyStopping')}
                value={g.earlyStoppingRounds}
                min={0}
                onChange={(v) => setGbdt('earlyStoppingRounds', v)}
                help={t('features.gbdt.earlyStopping.help')}
              />
              <NumberField
                id="fm-gbdt-bins"
                label={t('features.gbdt.maxBin')}
                value={g.maxBin}
                min={2}
                max={255}
                onChange={(v) => setGbdt('maxBin', v)}
                help={t('features.gbdt.maxBin.help')}
              />
              <NumberField
                id="fm-gbdt-seed"
                label={t('features.seed')}
                value={g.seed}
                min={0}
                onChange={(v) => setGbdt('seed', v)}
                help={t('features.gbdt.seed.help')}
              />
            </div>
          </details>
        )}
      </div>
      {(['logreg', 'mlp'] as const).map((kind) => (
        <div className="feature-model" key={kind}>
          <CheckField
            id={`fm-use-${kind}`}
            label={t(`features.model.${kind}`)}
            checked={settings.use[kind]}
            onChange={(v) => use(kind, v)}
            help={t(`features.model.${kind}.help`)}
          />
          {settings.use[kind] && <DenseFields kind={kind} s={settings[kind]} set={setDense(kind)} />}
        </div>
      ))}
    </fieldset>
  );
}

function DenseFields({
  kind,
  s,
  set,
}: {
  kind: 'logreg' | 'mlp';
  s: DenseSettings;
  set: (key: keyof DenseSettings, v: number) => void;
}) {
  const { t } = useI18n();
  const id = (name: string) => `fm-${kind}-${name}`;
  return (
    <details className="settings-details">
      <summary>{t('features.options', { model: t(`features.model.${kind}`) })}</summary>
      <div className="settings-grid">
        {kind === 'mlp' && (
          <>
            <NumberField
              id={id('hidden')}
              label={t('features.dense.hidden')}
              value={s.hiddenUnits}
              min={1}
              max={4096}
              onChange={(v) => set('hiddenUnits', v)}
              help={t('features.dense.hidden.help')}
            />
            <NumberField
              id={id('dropout')}
              label={t('features.dense.dropout')}
              value={s.dropout}
              min={0}
              max={0.95}
              step={0.05}
              onChange={(v) => set('dropout', v)}
              help={t('features.dense.dropout.help')}
            />
          </>
        )}
        <NumberField
          id={id('l2')}
          label={t('features.dense.l2')}
          value={s.l2}
          min={0}
          step={0.0001}
          onChange={(v) => set('l2', v)}
          help={t('features.dense.l2.help')}
        />
        <NumberField
          id={id('lr')}
          label={t('features.dense.lr')}
          value={s.learningRate}
          min={0}
          step={0.001}
          onChange={(v) => set('learningRate', v)}
          help={t('features.dense.lr.help')}
        />
        <NumberField
          id={id('epochs')}
          label={t('features.dense.epochs')}
          value={s.epochs}
          min={1}
          onChange={(v) => set('epochs', v)}
          help={t('features.dense.epochs.help')}
        />
        <NumberField
          id={id('batch')}
          label={t('features.dense.batch')}
          value={s.batchSize}
          min={1}
          onChange={(v) => set('batchSize', v)}
          help={t('features.dense.batch.help')}
        />
        <NumberField
          id={id('patience')}
          label={t('features.dense.patience')}
          value={s.patience}
          min={0}
          onChange={(v) => set('patience', v)}
          help={t('features.dense.patience.help')}
        />
        <NumberField
          id={id('seed')}
          label={t('features.seed')}
          value={s.seed}
          min={0}
          onChange={(v) => set('seed', v)}
          help={t('features.dense.seed.help')}
        />
      </div>
    </details>
  );
}
