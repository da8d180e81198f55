import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import type { MapData, MapParams } from '../../../workers/vectors.worker';
import { phrase } from '../../core/errors';
import { vectorsWorker } from '../bridges';
import { useI18n } from '../i18n/I18n';
import type { MessageKey } from '../i18n/messages';
import { MAP, type MapSettings } from '../url/groups';
import { useUrlState } from '../url/store';
import { useCurrentVectors } from '../vectorState';
import { useWordFilterVersion } from '../wordFilter/wordFilterState';
import { JobStatus } from './JobStatus';
import { MapView } from './MapView';
import { useJob } from './useJob';

const METHODS: { id: MapParams['method']; label: MessageKey; short: MessageKey; max: number }[] = [
  { id: 'pca', label: 'map.method.pca', short: 'map.short.pca', max: 200_000 },
  { id: 'umap', label: 'map.method.umap', short: 'map.short.umap', max: 20_000 },
  { id: 'tsne', label: 'map.method.tsne', short: 'map.short.tsne', max: 10_000 },
  { id: 'axes', label: 'map.method.axes', short: 'map.short.axes', max: 200_000 },
];

/** The worker's request for the settings: only the selection's own fields, axes only for axes. */
function toParams(s: MapSettings): MapParams {
  const { kind, n, query, word } = s.select;
  const select: MapParams['select'] =
    kind === 'search' ? { kind, query, n } : kind === 'neighbours' ? { kind, word, n } : { kind: 'top', n };
  const { method, seed, perplexity, neighbours, iterations, axes } = s;
  return { method, select, seed, perplexity, neighbours, iterations, axes };
}

function Field({ label, children, hint }: { label: string; children: ReactNode; hint?: string }) {
  return (
    // biome-ignore lint/a11y/noLabelWithoutControl: the control is the child, which the label wraps.
    <label className="field">
      <span>{label}</span>
      {children}
      {hint && <small className="hint">{hint}</small>}
    </label>
  );
}

function NumberField(props: {
  label: string;
  value: number;
  min: number;
  max: number;
  onChange: (v: number) => void;
  hint?: string;
  testId?: string;
}) {
  return (
    <Field label={props.label} hint={props.hint}>
      <input
        type="number"
        min={props.min}
        max={props.max}
        value={props.value}
        data-testid={props.testId}
        onChange={(e) =>
          props.onChange(Math.min(props.max, Math.max(props.min, Number(e.target.value) || props.min)))
        }
      />
    </Field>
  );
}

/** Parameters chosen before computing, the computation (with a live preview), then the map. */
export function MapPanel() {
  const { t, num } = useI18n();
  const info = useCurrentVectors();
  const [params, setParams] = useUrlState(MAP);
  const [map, setMap] = useState<MapData | null>(null);
  const pending = useRef<{ words: string[]; rows: Int32Array; method: MapParams['method'] } | null>(null);
  const lastParams = useRef<MapParams | null>(null);
  const job = useJob((x) => {
    // The first preview carries the words and rows of its points; later ones only coordinates.
    if (x.words && x.rows)
      pending.current = { words: x.words, rows: x.rows, method: lastParams.current!.method };
    const p = pending.current;
    if (!x.coords || !p || x.coords.length !== 2 * p.words.length) return;
    setMap({
      setId: info?.id ?? '',
      title: phrase('map-preview', 'Preview'),
      method: p.method,
      words: p.words,
      rows: p.rows,
      coords: x.coords,
      columns: [],
      note: phrase('map-optimising', 'Optimising…'),
      seconds: 0,
    });
  });

  const set = <K extends keyof MapSettings>(k: K, v: MapSettings[K]) => setParams((p) => ({ ...p, [k]: v }));
  const setSelect = (s: Partial<MapSettings['select']>) =>
    setParams((p) => ({ ...p, select: { ...p.select, ...s } }));
  const follow = params.follow;
  const setFollow = (v: boolean) => set('follow', v);

  const compute = async (p: MapParams) => {
    lastParams.current = p;
    pending.current = null;
    const r = await job.run((id, onProgress) => vectorsWorker.api().project(p, id, onProgress));
    if (r) setMap(r);
  };

  // Training snapshots: recompute the same map on the new vectors, keeping the view.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new version triggers this.
  useEffect(() => {
    if (follow && lastParams.current && map && !job.running && info?.source === 'snapshot') {
      void compute(lastParams.current);
    }
  }, [info?.version]);

  // The word filter changed: the map on screen may show a word now hidden, so it goes, and the
  // same map is computed again with the filter (the worker has already forgotten the old one).
  const filterVersion = useWordFilterVersion();
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a filter change triggers this.
  useEffect(() => {
    if (filterVersion === 0 || !lastParams.current) return;
    setMap(null);
    if (!job.running) void compute(lastParams.current);
  }, [filterVersion]);

  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    void compute(toParams(params));
  };

  const method = METHODS.find((m) => m.id === params.method)!;
  const sel = params.select;
  return (
    <section aria-labelledby="map-title" className="map-panel">
      <h3 id="map-title">{t('map.title')}</h3>
      <form onSubmit={submit} className="map-form" data-testid="map-form">
        <Field label={t('map.projection')}>
          <select
            value={params.method}
            onChange={(e) => set('method', e.target.value as MapSettings['method'])}
            data-testid="map-method"
          >
            {METHODS.map((m) => (
              <option key={m.id} value={m.id}>
                {t(m.label)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('map.which')}>
          <select
            value={sel.kind}
            onChange={(e) => setSelect({ kind: e.target.value as MapSettings['select']['kind'] })}
            data-testid="map-select"
          >
            <option value="top">{t('map.which.top')}</option>
            <option value="search">{t('map.which.search')}</option>
            <option value="neighbours">{t('map.which.neighbours')}</option>
          </select>
        </Field>
        <NumberField
          label={t('map.howMany')}
          value={sel.n}
          min={4}
          max={method.max}
          onChange={(n) => setSelect({ n })}
          hint={t('map.atMost', { max: num(method.max), method: t(method.short) })}
          testId="map-n"
        />
        {sel.kind === 'search' && (
          <Field label={t('map.containing')}>
            <input value={sel.query} onChange={(e) => setSelect({ query: e.target.value })} required />
          </Field>
        )}
        {sel.kind === 'neighbours' && (
          <Field label={t('map.neighboursOf')}>
            <input value={sel.word} onChange={(e) => setSelect({ word: e.target.value })} required />
          </Field>
        )}
        {params.method === 'tsne' && (
          <NumberField
            label={t('map.perplexity')}
            value={params.perplexity}
            min={2}
            max={100}
            onChange={(v) => set('perplexity', v)}
            hint={t('map.perplexity.hint')}
          />
        )}
        {params.method === 'umap' && (
          <NumberField
            label={t('map.neighbours')}
            value={params.neighbours}
            min={2}
            max={200}
            onChange={(v) => set('neighbours', v)}
            hint={t('map.neighbours.hint')}
          />
        )}
        {(params.method === 'tsne' || params.method === 'umap') && (
          <NumberField
            label={params.method === 'tsne' ? t('map.iterations') : t('map.epochs')}
            value={params.iterations}
            min={10}
            max={5000}
            onChange={(v) => set('iterations', v)}
          />
        )}
        {params.method !== 'axes' && (
          <NumberField
            label={t('map.seed')}
            value={params.seed}
            min={0}
            max={2 ** 31 - 1}
            onChange={(v) => set('seed', v)}
          />
        )}
        {params.method === 'axes' && <AxesFields axes={params.axes} onChange={(a) => set('axes', a)} />}
        <div className="button-row">
          <button type="submit" disabled={job.running} data-testid="map-compute">
            {t('map.compute')}
          </button>
          <label>
            <input type="checkbox" checked={follow} onChange={(e) => setFollow(e.target.checked)} />{' '}
            {t('map.follow')}
          </label>
        </div>
      </form>
      <JobStatus job={job} label={t('map.job')} testId="map" />
      {map && <MapView map={map} />}
    </section>
  );
}

function AxesFields({
  axes,
  onChange,
}: {
  axes: MapSettings['axes'];
  onChange: (a: MapSettings['axes']) => void;
}) {
  const { t } = useI18n();
  const edit = (axis: 'x' | 'y', end: 0 | 1, v: string) => {
    const pair: [string, string] = [...axes[axis]];
    pair[end] = v;
    onChange({ ...axes, [axis]: pair });
  };
  return (
    <fieldset className="axes-fields">
      <legend>{t('map.axes')}</legend>
      {(['x', 'y'] as const).map((axis) => (
        <div key={axis} className="options-row">
          <Field label={t('map.axisFrom', { axis })}>
            <input value={axes[axis][0]} onChange={(e) => edit(axis, 0, e.target.value)} required />
          </Field>
          <Field label={t('map.axisTowards', { axis })}>
            <input value={axes[axis][1]} onChange={(e) => edit(axis, 1, e.target.value)} required />
          </Field>
        </div>
      ))}
    </fieldset>
  );
}
