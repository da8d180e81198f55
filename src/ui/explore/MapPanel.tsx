import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import type { MapData, MapParams } from '../../../workers/vectors.worker';
import { vectorsWorker } from '../bridges';
import { MAP, type MapSettings } from '../url/groups';
import { useUrlState } from '../url/store';
import { useCurrentVectors } from '../vectorState';
import { useWordFilterVersion } from '../wordFilter/wordFilterState';
import { JobStatus } from './JobStatus';
import { MapView } from './MapView';
import { useJob } from './useJob';

const METHODS: { id: MapParams['method']; label: string; max: number }[] = [
  { id: 'pca', label: 'PCA (fast, linear)', max: 200_000 },
  { id: 'umap', label: 'UMAP', max: 20_000 },
  { id: 'tsne', label: 't-SNE (Barnes–Hut)', max: 10_000 },
  { id: 'axes', label: 'Semantic axes (two word pairs)', max: 200_000 },
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
      title: 'Preview',
      method: p.method,
      words: p.words,
      rows: p.rows,
      coords: x.coords,
      columns: [],
      note: 'Optimising…',
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
      <h3 id="map-title">Map</h3>
      <form onSubmit={submit} className="map-form" data-testid="map-form">
        <Field label="Projection">
          <select
            value={params.method}
            onChange={(e) => set('method', e.target.value as MapSettings['method'])}
            data-testid="map-method"
          >
            {METHODS.map((m) => (
              <option key={m.id} value={m.id}>
                {m.label}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Which words">
          <select
            value={sel.kind}
            onChange={(e) => setSelect({ kind: e.target.value as MapSettings['select']['kind'] })}
            data-testid="map-select"
          >
            <option value="top">The most frequent</option>
            <option value="search">Words containing…</option>
            <option value="neighbours">Neighbours of a word</option>
          </select>
        </Field>
        <NumberField
          label="How many words"
          value={sel.n}
          min={4}
          max={method.max}
          onChange={(n) => setSelect({ n })}
          hint={`at most ${method.max.toLocaleString('en-US')} for ${method.label.split(' ')[0]}`}
          testId="map-n"
        />
        {sel.kind === 'search' && (
          <Field label="Containing (or /regex/)">
            <input value={sel.query} onChange={(e) => setSelect({ query: e.target.value })} required />
          </Field>
        )}
        {sel.kind === 'neighbours' && (
          <Field label="Neighbours of">
            <input value={sel.word} onChange={(e) => setSelect({ word: e.target.value })} required />
          </Field>
        )}
        {params.method === 'tsne' && (
          <NumberField
            label="Perplexity"
            value={params.perplexity}
            min={2}
            max={100}
            onChange={(v) => set('perplexity', v)}
            hint="effective neighbours, 5–50"
          />
        )}
        {params.method === 'umap' && (
          <NumberField
            label="Neighbours"
            value={params.neighbours}
            min={2}
            max={200}
            onChange={(v) => set('neighbours', v)}
            hint="local (5) to global (50)"
          />
        )}
        {(params.method === 'tsne' || params.method === 'umap') && (
          <NumberField
            label={params.method === 'tsne' ? 'Iterations' : 'Epochs'}
            value={params.iterations}
            min={10}
            max={5000}
            onChange={(v) => set('iterations', v)}
          />
        )}
        {params.method !== 'axes' && (
          <NumberField
            label="Seed"
            value={params.seed}
            min={0}
            max={2 ** 31 - 1}
            onChange={(v) => set('seed', v)}
          />
        )}
        {params.method === 'axes' && (
          <AxesFields axes={params.axes} onChange={(a) => set('axes', a)} />
        )}
        <div className="button-row">
          <button type="submit" disabled={job.running} data-testid="map-compute">
            Compute map
          </button>
          <label>
            <input type="checkbox" checked={follow} onChange={(e) => setFollow(e.target.checked)} /> Recompute
            on each training snapshot
          </label>
        </div>
      </form>
      <JobStatus job={job} label="Map" testId="map" />
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
  const edit = (axis: 'x' | 'y', end: 0 | 1, v: string) => {
    const pair: [string, string] = [...axes[axis]];
    pair[end] = v;
    onChange({ ...axes, [axis]: pair });
  };
  return (
    <fieldset className="axes-fields">
      <legend>Axes: from one word towards another</legend>
      {(['x', 'y'] as const).map((axis) => (
        <div key={axis} className="options-row">
          <Field label={`${axis} from`}>
            <input value={axes[axis][0]} onChange={(e) => edit(axis, 0, e.target.value)} required />
          </Field>
          <Field label={`${axis} towards`}>
            <input value={axes[axis][1]} onChange={(e) => edit(axis, 1, e.target.value)} required />
          </Field>
        </div>
      ))}
    </fieldset>
  );
}
