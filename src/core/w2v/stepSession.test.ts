import { describe, expect, it } from 'vitest';
import { firstWordsCorpus, StepSession } from './stepSession.ts';
import { TEACHING_CORPUS_EN } from './teachingCorpus.ts';
import { buildCorpus } from './vocab.ts';

const data = buildCorpus(TEACHING_CORPUS_EN, { minCount: 1 });
const DEFAULTS = { cbow: 0, size: 2, window: 2, negative: 5, sample: 0, iter: 40, alpha: 0.05, seed: 1 };

describe('StepSession', () => {
  it('one step traces one pair; the plane of size-2 vectors is the vectors themselves', async () => {
    const s = await StepSession.open(data, DEFAULTS);
    const start = s.view();
    expect(start.pairs).toBe(0);
    expect(start.last).toBeNull();
    expect(start.projection).toBe('raw');
    const v = s.step(1);
    expect(v.pairs).toBe(1);
    const t = v.last!.trace;
    expect(v.last!.plane.hidden).toEqual([t.hidden![0], t.hidden![1]]);
    const ctx = t.context[0];
    expect([v.points[2 * ctx], v.points[2 * ctx + 1]]).toEqual(Array.from(t.inputs[0].after!));
    expect(v.last!.plane.outputs).toHaveLength(t.outputs.length);
  });

  it('N steps at once equal N single steps', async () => {
    const a = await StepSession.open(data, DEFAULTS);
    const b = await StepSession.open(data, DEFAULTS);
    const va = a.step(250);
    let vb = b.view();
    for (let i = 0; i < 250; i++) vb = b.step(1);
    expect(va.pairs).toBe(250);
    expect(Array.from(va.points)).toEqual(Array.from(vb.points));
    expect(va.last!.trace).toEqual(vb.last!.trace);
  });

  it('gathers each group of the teaching corpus in one direction by the end', async () => {
    const s = await StepSession.open(data, DEFAULTS);
    let v = s.view();
    while (!v.done) v = s.step(100_000);
    expect(v.epochs).toHaveLength(40);
    expect(v.epochs[39].loss).toBeLessThan(v.epochs[0].loss);
    const angle = (w: string) => {
      const i = data.vocab.index.get(w)!;
      return (Math.atan2(v.points[2 * i + 1], v.points[2 * i]) * 180) / Math.PI;
    };
    const spread = (ws: string[]) => {
      // Angles relative to the first word's, wrapped to (−180, 180].
      const a0 = angle(ws[0]);
      const rel = ws.map((w) => ((angle(w) - a0 + 540) % 360) - 180);
      return Math.max(...rel) - Math.min(...rel);
    };
    for (const g of [
      ['cat', 'dog', 'mouse', 'horse'],
      ['king', 'queen', 'prince', 'princess'],
      ['bread', 'cheese', 'apples', 'soup'],
    ]) {
      expect(spread(g), g.join(' ')).toBeLessThan(25);
    }
    expect(s.step(10).last).toBeNull();
  });

  it('projects larger vectors on their principal plane', async () => {
    const s = await StepSession.open(data, { ...DEFAULTS, size: 6, cbow: 1, hs: 1 });
    const v = s.step(3);
    expect(v.projection).toBe('pca');
    expect(v.points).toHaveLength(2 * data.vocab.words.length);
    expect(v.last!.plane.inputs.length).toBe(v.last!.trace.context.length);
    // Huffman nodes are not words: no plane position.
    const t = v.last!.trace;
    t.outputs.forEach((o, i) => {
      if (o.kind === 'node') expect(v.last!.plane.outputs[i]).toBeNull();
      else expect(v.last!.plane.outputs[i]).not.toBeNull();
    });
  });

  it('refuses impossible settings before building anything', async () => {
    await expect(StepSession.open(data, { ...DEFAULTS, window: 0 })).rejects.toThrow(/window/);
  });
});

describe('firstWordsCorpus', () => {
  it('takes whole lines until it has the words asked for', () => {
    const text = 'a b c\nd e\nf g h i\nj\n';
    const c = firstWordsCorpus(text, 5, { minCount: 1 });
    // "a b c </s>" is 4 tokens, so the second line is read too: 7 tokens.
    expect(c.corpus.length).toBe(7);
    expect([...c.vocab.words].sort()).toEqual(['</s>', 'a', 'b', 'c', 'd', 'e'].sort());
    expect(firstWordsCorpus(text, 1000, { minCount: 1 }).corpus.length).toBe(14);
  });
});
