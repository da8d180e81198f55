/** Strings of the page frame: header, stage tabs, language switch. */
export const en = {
  'app.title': 'Embedding Playground',
  'app.tagline':
    'Watch word2vec learn, then classify text with a masked LSTM, all on this computer. Nothing you load leaves this page.',
  'app.stages': 'Stages',
  'app.stage.corpus': '1 · Corpus',
  'app.stage.train': '2 · Train',
  'app.stage.explore': '3 · Explore',
  'app.stage.classify': '4 · Classify',
  'app.language': 'Interface language',
} as const;

export const ja: Record<keyof typeof en, string> = {
  'app.title': '埋め込みプレイグラウンド',
  'app.tagline':
    'word2vec が学習する様子を見て、そのままマスク付き LSTM で文章を分類します。すべてこのコンピューターの中で動き、読み込んだものがこのページの外に出ることはありません。',
  'app.stages': '段階',
  'app.stage.corpus': '1 · コーパス',
  'app.stage.train': '2 · 学習',
  'app.stage.explore': '3 · 探索',
  'app.stage.classify': '4 · 分類',
  'app.language': '表示言語',
};
