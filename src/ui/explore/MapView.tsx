import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import type { MapData } from '../../../workers/vectors.worker';
import { messageOf } from '../../bridge/errors';
import type { Neighbour } from '../../core/vectors';
import { vectorsWorker } from '../bridges';
import { Message } from '../Message';
import { MAP } from '../url/groups';
import { useUrlState } from '../url/store';
import { type ColourBy, colouring } from './colours';
import { download } from './download';
import { LABEL_FONT, LABEL_FONT_SIZE, MapRenderer } from './mapRenderer';

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
  const [error, setError] = useState<string | null>(null);
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

  const colours = useMemo(() => colouring(map, colourBy), [map, colourBy]);
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
      .catch((e: unknown) => live && setError(messageOf(e)));
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
        if (!blob) throw new Error('the canvas could not be encoded as PNG');
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
          fontFamily: LABEL_FONT.slice(LABEL_FONT.indexOf(' ') + 1),
          title: map.title,
        });
        download(f.name, f.blob);
      } else {
        const f = await vectorsWorker.api().exportCoordinates();
        download(f.name, f.blob);
      }
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setExporting(false);
    }
  };

  return (
    <div className="map-view">
      <div className="map-controls">
        <label className="field">
          <span>Colour by</span>
          <select value={colourBy} onChange={(e) => setColourBy(e.target.value as ColourBy)}>
            <option value="frequency">Frequency rank</option>
            <option value="none">One colour</option>
            {map.columns.map((c) => (
              <option key={c.name} value={`column:${c.name}`}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Highlight words containing</span>
          <input
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            data-testid="map-search"
          />
        </label>
        <span aria-live="polite" className="hint">
          {search.trim() !== '' && `${hits.length >= 2000 ? '2,000+' : hits.length} on the map`}
        </span>
        <fieldset className="button-row">
          <legend className="visually-hidden">Zoom</legend>
          <button type="button" className="secondary" onClick={() => renderer.current?.zoomBy(1.5)}>
            Zoom in
          </button>
          <button type="button" className="secondary" onClick={() => renderer.current?.zoomBy(1 / 1.5)}>
            Zoom out
          </button>
          <button type="button" className="secondary" onClick={() => renderer.current?.resetView()}>
            Reset view
          </button>
        </fieldset>
      </div>
      <div className="map-canvas-box" ref={box}>
        <canvas
          ref={canvas}
          tabIndex={0}
          data-testid="map-canvas"
          data-points={map.words.length}
          aria-label={`${map.title}. Drag or use the arrow keys to pan, the mouse wheel or + and − to zoom, 0 to reset; click a point to see its neighbours.`}
          onKeyDown={onKey}
        />
        {hover && (
          <div className="map-tooltip" style={{ left: hover.x + 10, top: hover.y + 10 }} aria-hidden="true">
            {map.words[hover.i]}
          </div>
        )}
      </div>
      <p className="hint" data-testid="map-note">
        {map.note} {map.words.length.toLocaleString('en-US')} points, computed in {map.seconds.toFixed(1)} s.
      </p>
      {colours.legend.length > 0 && (
        <ul className="legend" aria-label="Colour legend">
          {colours.legend.map((l) => (
            <li key={l.label}>
              <span className="swatch" style={{ background: l.colour }} aria-hidden="true" />
              {l.label}
            </li>
          ))}
        </ul>
      )}
      <fieldset className="button-row">
        <legend className="visually-hidden">Export the map</legend>
        <button type="button" disabled={exporting} onClick={() => void exportAs('png')}>
          Download PNG
        </button>
        <button type="button" disabled={exporting} onClick={() => void exportAs('svg')}>
          Download SVG
        </button>
        <button
          type="button"
          disabled={exporting}
          onClick={() => void exportAs('csv')}
          data-testid="export-csv"
        >
          Download coordinates (CSV)
        </button>
      </fieldset>
      <Message kind="error" text={error} />
      {selected !== null && neighbours && (
        <table className="data-table" data-testid="map-neighbours">
          <caption>
            Nearest to <strong>{map.words[selected]}</strong> in the whole vocabulary
          </caption>
          <thead>
            <tr>
              <th scope="col">Word</th>
              <th scope="col">Cosine</th>
              <th scope="col">On the map</th>
            </tr>
          </thead>
          <tbody>
            {neighbours.map((n) => (
              <tr key={n.index}>
                <th scope="row">{n.word}</th>
                <td>{n.score.toFixed(3)}</td>
                <td>{indexOf.has(n.word) ? 'yes' : 'no'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
