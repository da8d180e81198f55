import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import type { MapData } from '../../../workers/vectors.worker';
import type { Neighbour } from '../../core/vectors';
import { vectorsWorker } from '../bridges';
import { FONT_STACK } from '../fonts';
import { useI18n } from '../i18n/I18n';
import { failure, type Shown } from '../i18n/shown';
import { Message } from '../Message';
import { MAP } from '../url/groups';
import { useUrlState } from '../url/store';
import { type ColourBy, colouring } from './colours';
import { download } from './download';
import { LABEL_FONT_SIZE, MapRenderer } from './mapRenderer';

const HEIGHT = 520;

/** Indices of the map's words containing `search` (case-insensitive), at most 2,000. */
function searchHits(words: readonly string[], search: string): number[] {
  const q = search.trim().toLowerCase();
  if (q === '') return [];
  const out: number[] = [];
  for (let i = 0; i < words.length && out.length < 2000; i++)
    if (words[i].toLowerCase().includes(q)) out.push(i);
  return out;
}

function sameRows(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The map canvas with its controls: colour, search, zoom, hover, click for neighbours, export. */
export function MapView({ map }: { map: MapData }) {
  const { t, say, num, rich } = useI18n();
  const canvas = useRef<HTMLCanvasElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const renderer = useRef<MapRenderer | null>(null);
  const [hover, setHover] = useState<{ i: number; x: number; y: number } | null>(null);
  const [selected, setSelected] = useState<number | null>(null);
  const [neighbours, setNeighbours] = useState<Neighbour[] | null>(null);
  // The colouring travels in links with the map's other settings.
  const [settings, setSettings] = useUrlState(MAP);
  const colourBy = settings.colour as ColourBy;
  const setColourBy = (colour: ColourBy) => setSettings((s) => ({ ...s, colour }));
  const [search, setSearch] = useState('');
  const [error, setError] = useState<Shown | null>(null);
  const [exporting, setExporting] = useState(false);

  useEffect(() => {
    const c = canvas.current!;
    const r = new MapRenderer(c, {
      onHover: (i, x, y) => setHover(i === null ? null : { i, x, y }),
      onSelect: (i) => setSelected(i),
    });
    renderer.current = r;
    const fitToBox = () => r.resize(Math.max(200, box.current?.clientWidth ?? 600), HEIGHT);
    fitToBox();
    const ro = new ResizeObserver(fitToBox);
    if (box.current) ro.observe(box.current);
    return () => {
      ro.disconnect();
      r.destroy();
      renderer.current = null;
    };
  }, []);

  // Same words as before (a preview becoming the result, a training snapshot): keep zoom and selection.
  const shown = useRef<MapData | null>(null);
  useEffect(() => {
    const keep = shown.current !== null && sameRows(shown.current.rows, map.rows);
    shown.current = map;
    renderer.current?.setData(map.words, map.coords, map.rows, keep);
    renderer.current?.setAxisTitles(map.axisTitles ?? null);
    if (!keep) {
      setSelected(null);
      setNeighbours(null);
    }
  }, [map]);

  const colours = useMemo(
    () =>
      colouring(map, colourBy, {
        rank: (from, to) => t('map.rank', { from: num(from), to: num(to) }),
        other: t('map.other'),
      }),
    [map, colourBy, t, num],
  );
  useEffect(() => renderer.current?.setColours(colours.codes, colours.palette), [colours]);

  const indexOf = useMemo(() => new Map(map.words.map((w, i) => [w, i])), [map.words]);
  const hits = useMemo(() => searchHits(map.words, search), [map.words, search]);

  // The selected word's neighbours come from the whole vocabulary, not only the map's points.
  useEffect(() => {
    if (selected === null || selected >= map.words.length) {
      setNeighbours(null);
      return;
    }
    let live = true;
    vectorsWorker
      .api()
      .neighbours(map.words[selected], 10, 'cosine')
      .then((r) => live && setNeighbours(r))
      .catch((e: unknown) => live && setError(failure(e)));
    return () => {
      live = false;
    };
  }, [selected, map.words]);

  useEffect(() => {
    const near = (neighbours ?? [])
      .map((n) => indexOf.get(n.word))
      .filter((i): i is number => i !== undefined);
    renderer.current?.setEmphasis(hits, selected, near);
  }, [hits, selected, neighbours, indexOf]);

  const onKey = (ev: KeyboardEvent) => {
    const r = renderer.current;
    if (!r) return;
    const step = 60;
    let handled = true;
    switch (ev.key) {
      case '+':
      case '=':
        r.zoomBy(1.5);
        break;
      case '-':
        r.zoomBy(1 / 1.5);
        break;
      case '0':
        r.resetView();
        break;
      case 'ArrowLeft':
        r.panBy(step, 0);
        break;
      case 'ArrowRight':
        r.panBy(-step, 0);
        break;
      case 'ArrowUp':
        r.panBy(0, step);
        break;
      case 'ArrowDown':
        r.panBy(0, -step);
        break;
      case 'Escape':
        setSelected(null);
        break;
      default:
        handled = false;
    }
    if (handled) ev.preventDefault();
  };

  const exportAs = async (kind: 'png' | 'svg' | 'csv') => {
    const r = renderer.current;
    if (!r) return;
    setExporting(true);
    setError(null);
    try {
      const base = `${map.method}-map`;
      if (kind === 'png') {
        r.drawNow();
        const blob = await new Promise<Blob | null>((resolve) =>
          canvas.current!.toBlob(resolve, 'image/png'),
        );
        if (!blob) throw new Error(t('map.pngFailed'));
        download(`${base}.png`, blob);
      } else if (kind === 'svg') {
        r.drawNow();
        const { width, height } = r.size();
        const f = await vectorsWorker.api().exportSvg({
          width,
          height,
          view: r.view(),
          colour: r.colourCodes(),
          palette: r.colours(),
          radius: r.pointRadius(),
          labels: r.placedLabels(),
          fontSize: LABEL_FONT_SIZE,
          fontFamily: FONT_STACK,
          title: say(map.title),
        });
        download(f.name, f.blob);
      } else {
        const f = await vectorsWorker.api().exportCoordinates();
        download(f.name, f.blob);
      }
    } catch (e) {
      setError(failure(e));
    } finally {
      setExporting(false);
    }
  };

  return (
    <div className="map-view">
      <div className="map-controls">
        <label className="field">
          <span>{t('map.colourBy')}</span>
          <select value={colourBy} onChange={(e) => setColourBy(e.target.value as ColourBy)}>
            <option value="frequency">{t('map.colour.frequency')}</option>
            <option value="none">{t('map.colour.none')}</option>
            {map.columns.map((c) => (
              <option key={c.name} value={`column:${c.name}`} data-user-text="">
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('map.highlight')}</span>
          <input
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            data-testid="map-search"
          />
        </label>
        <span aria-live="polite" className="hint">
          {search.trim() !== '' &&
            (hits.length >= 2000
              ? t('map.hitsMany', { count: num(2000) })
              : t('map.hits', { count: hits.length }))}
        </span>
        <fieldset className="button-row">
          <legend className="visually-hidden">{t('map.zoom')}</legend>
          <button type="button" className="secondary" onClick={() => renderer.current?.zoomBy(1.5)}>
            {t('map.zoomIn')}
          </button>
          <button type="button" className="secondary" onClick={() => renderer.current?.zoomBy(1 / 1.5)}>
            {t('map.zoomOut')}
          </button>
          <button type="button" className="secondary" onClick={() => renderer.current?.resetView()}>
            {t('map.reset')}
          </button>
        </fieldset>
      </div>
      <div className="map-canvas-box" ref={box}>
        <canvas
          ref={canvas}
          tabIndex={0}
          data-testid="map-canvas"
          data-points={map.words.length}
          aria-label={t('map.canvasLabel', { title: say(map.title) })}
          onKeyDown={onKey}
        />
        {hover && (
          <div
            className="map-tooltip"
            style={{ left: hover.x + 10, top: hover.y + 10 }}
            aria-hidden="true"
            data-user-text=""
          >
            {map.words[hover.i]}
          </div>
        )}
      </div>
      <p className="hint" data-testid="map-note">
        {say(map.note)} {t('map.points', { count: num(map.words.length), seconds: num(map.seconds, 1) })}
      </p>
      {colours.legend.length > 0 && (
        <ul className="legend" aria-label={t('map.legend')}>
          {colours.legend.map((l) => (
            <li key={l.label} data-user-text={l.data ? '' : undefined}>
              <span className="swatch" style={{ background: l.colour }} aria-hidden="true" />
              {l.label}
            </li>
          ))}
        </ul>
      )}
      <fieldset className="button-row">
        <legend className="visually-hidden">{t('map.export')}</legend>
        <button type="button" disabled={exporting} onClick={() => void exportAs('png')}>
          {t('map.png')}
        </button>
        <button type="button" disabled={exporting} onClick={() => void exportAs('svg')}>
          {t('map.svg')}
        </button>
        <button
          type="button"
          disabled={exporting}
          onClick={() => void exportAs('csv')}
          data-testid="export-csv"
        >
          {t('map.csv')}
        </button>
      </fieldset>
      <Message kind="error" text={error} />
      {selected !== null && neighbours && (
        <table className="data-table" data-testid="map-neighbours">
          <caption>
            {rich('map.nearest', { word: <strong data-user-text="">{map.words[selected]}</strong> })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('query.word')}</th>
              <th scope="col">{t('query.cosine')}</th>
              <th scope="col">{t('map.onMap')}</th>
            </tr>
          </thead>
          <tbody>
            {neighbours.map((n) => (
              <tr key={n.index}>
                <th scope="row" data-user-text="">
                  {n.word}
                </th>
                <td>{n.score.toFixed(3)}</td>
                <td>{indexOf.has(n.word) ? t('map.yes') : t('map.no')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
