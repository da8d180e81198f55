import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import type { Neighbour } from '../../core/vectors';
import { vectorsWorker } from '../bridges';
import { useI18n } from '../i18n/I18n';
import { failure, type Shown } from '../i18n/shown';
import { Message } from '../Message';
import { useCurrentVectors } from '../vectorState';
import { useWordFilterVersion } from '../wordFilter/wordFilterState';

const fmt = (x: number) => x.toFixed(3);

/**
 * Runs a query in the worker when its form is submitted, and again whenever the current set
 * changes (a training snapshot, another set loaded), so the answer follows the vectors.
 */
function useQuery<T>() {
  const info = useCurrentVectors();
  const [result, setResult] = useState<T | null>(null);
  const [error, setError] = useState<Shown | null>(null);
  const last = useRef<(() => Promise<T>) | null>(null);
  const seq = useRef(0);

  const exec = async (q: () => Promise<T>) => {
    last.current = q;
    const n = ++seq.current;
    try {
      const r = await q();
      if (n !== seq.current) return;
      setResult(r);
      setError(null);
    } catch (e) {
      if (n !== seq.current) return;
      setResult(null);
      setError(failure(e));
    }
  };

  // The word filter changing re-runs the query too: its answer may hold a word now hidden.
  const filterVersion = useWordFilterVersion();
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-run only when the vectors or the filter change.
  useEffect(() => {
    if (last.current) void exec(last.current);
  }, [info?.version, filterVersion]);

  return { result, error, exec };
}

function QueryBox({ title, children, testId }: { title: string; children: ReactNode; testId: string }) {
  const id = useId();
  return (
    <section
      className="query-box"
      aria-labelledby={id}
      data-testid={testId}
      data-control={`explore.${testId.replace(/^query-/, '')}`}
    >
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

function NeighbourTable({
  rows,
  caption,
  scoreName,
}: {
  rows: Neighbour[];
  caption: ReactNode;
  scoreName: string;
}) {
  const { t } = useI18n();
  return (
    <table className="data-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('query.rank')}</th>
          <th scope="col">{t('query.word')}</th>
          <th scope="col">{scoreName}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={r.index}>
            <td>{i + 1}</td>
            <th scope="row" data-user-text="">
              {r.word}
            </th>
            <td>{fmt(r.score)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noLabelWithoutControl: the control is the child, which the label wraps.
    <label className="field">
      <span>{label}</span>
      {children}
    </label>
  );
}

export function NeighboursQuery() {
  const { t, rich } = useI18n();
  const q = useQuery<{ word: string; metric: string; rows: Neighbour[] }>();
  const [word, setWord] = useState('');
  const [k, setK] = useState(10);
  const [metric, setMetric] = useState<'cosine' | 'euclidean'>('cosine');
  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    const w = word;
    void q.exec(async () => ({ word: w, metric, rows: await vectorsWorker.api().neighbours(w, k, metric) }));
  };
  return (
    <QueryBox title={t('query.neighbours.title')} testId="query-neighbours">
      <form onSubmit={submit} className="query-form">
        <Field label={t('query.word')}>
          <input value={word} onChange={(e) => setWord(e.target.value)} required name="neighbour-word" />
        </Field>
        <Field label={t('query.howMany')}>
          <input
            type="number"
            min={1}
            max={1000}
            value={k}
            onChange={(e) => setK(Number(e.target.value) || 10)}
          />
        </Field>
        <Field label={t('query.measure')}>
          <select value={metric} onChange={(e) => setMetric(e.target.value as 'cosine' | 'euclidean')}>
            <option value="cosine">{t('query.cosineSimilarity')}</option>
            <option value="euclidean">{t('query.euclidean')}</option>
          </select>
        </Field>
        <button type="submit">{t('query.findNeighbours')}</button>
      </form>
      <Message kind="error" text={q.error} />
      {q.result && (
        <NeighbourTable
          rows={q.result.rows}
          caption={rich('query.nearestTo', { word: <span data-user-text="">{q.result.word.trim()}</span> })}
          scoreName={q.result.metric === 'cosine' ? t('query.cosine') : t('query.distance')}
        />
      )}
    </QueryBox>
  );
}

export function AnalogyQuery() {
  const { t } = useI18n();
  const q = useQuery<{ title: string; rows: Neighbour[] }>();
  const [a, setA] = useState('');
  const [b, setB] = useState('');
  const [c, setC] = useState('');
  const [method, setMethod] = useState<'3CosAdd' | '3CosMul'>('3CosAdd');
  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    const [x, y, z, m] = [a, b, c, method] as const;
    void q.exec(async () => ({
      title: `${x.trim()} : ${y.trim()} :: ${z.trim()} : ? (${m})`,
      rows: await vectorsWorker.api().analogy(x, y, z, m, 10),
    }));
  };
  return (
    <QueryBox title={t('query.analogy.title')} testId="query-analogy">
      <form onSubmit={submit} className="query-form">
        <Field label="a">
          <input value={a} onChange={(e) => setA(e.target.value)} required name="analogy-a" />
        </Field>
        <Field label="b">
          <input value={b} onChange={(e) => setB(e.target.value)} required name="analogy-b" />
        </Field>
        <Field label="c">
          <input value={c} onChange={(e) => setC(e.target.value)} required name="analogy-c" />
        </Field>
        <Field label={t('query.method')}>
          <select value={method} onChange={(e) => setMethod(e.target.value as '3CosAdd' | '3CosMul')}>
            <option value="3CosAdd">3CosAdd (b − a + c)</option>
            <option value="3CosMul">3CosMul (Levy &amp; Goldberg)</option>
          </select>
        </Field>
        <button type="submit">{t('query.solve')}</button>
      </form>
      <Message kind="error" text={q.error} />
      {q.result && (
        <NeighbourTable
          rows={q.result.rows}
          caption={<span data-user-text="">{q.result.title}</span>}
          scoreName={t('query.score')}
        />
      )}
    </QueryBox>
  );
}

export function SimilarityQuery() {
  const { t } = useI18n();
  const q = useQuery<{ a: string; b: string; value: number }>();
  const [a, setA] = useState('');
  const [b, setB] = useState('');
  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    const [x, y] = [a, b];
    void q.exec(async () => ({
      a: x.trim(),
      b: y.trim(),
      value: await vectorsWorker.api().similarity(x, y),
    }));
  };
  return (
    <QueryBox title={t('query.similarity.title')} testId="query-similarity">
      <form onSubmit={submit} className="query-form">
        <Field label={t('query.firstWord')}>
          <input value={a} onChange={(e) => setA(e.target.value)} required name="similarity-a" />
        </Field>
        <Field label={t('query.secondWord')}>
          <input value={b} onChange={(e) => setB(e.target.value)} required name="similarity-b" />
        </Field>
        <button type="submit">{t('query.compare')}</button>
      </form>
      <Message kind="error" text={q.error} />
      {q.result && (
        <p role="status" data-testid="similarity-result" data-user-text="">
          cos(“{q.result.a}”, “{q.result.b}”) = <strong>{fmt(q.result.value)}</strong>
        </p>
      )}
    </QueryBox>
  );
}

export function OddOneOutQuery() {
  const { t } = useI18n();
  const q = useQuery<{ words: string[]; odd: string; sims: number[] }>();
  const [text, setText] = useState('');
  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    const words = text.split(/[\s,]+/).filter((w) => w !== '');
    void q.exec(async () => {
      const r = await vectorsWorker.api().oddOneOut(words);
      return { words, odd: r.word, sims: r.similarities };
    });
  };
  return (
    <QueryBox title={t('query.odd.title')} testId="query-odd">
      <form onSubmit={submit} className="query-form">
        <Field label={t('query.odd.words')}>
          <input value={text} onChange={(e) => setText(e.target.value)} required name="odd-words" />
        </Field>
        <button type="submit">{t('query.odd.find')}</button>
      </form>
      <Message kind="error" text={q.error} />
      {q.result && (
        <table className="data-table">
          <caption>
            {t('query.odd.result')}{' '}
            <strong data-testid="odd-result" data-user-text="">
              {q.result.odd}
            </strong>
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('query.word')}</th>
              <th scope="col">{t('query.odd.cosine')}</th>
            </tr>
          </thead>
          <tbody>
            {q.result.words.map((w, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a word may be given twice; the list never reorders.
              <tr key={i}>
                <th scope="row" data-user-text="">
                  {w}
                </th>
                <td>{fmt(q.result!.sims[i])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </QueryBox>
  );
}

export function Queries() {
  return (
    <div className="query-grid">
      <NeighboursQuery />
      <AnalogyQuery />
      <SimilarityQuery />
      <OddOneOutQuery />
    </div>
  );
}
