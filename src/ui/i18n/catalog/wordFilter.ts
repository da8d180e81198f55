/** Strings of the classroom word filter. */
export const en = {
  'filter.name': 'Word filter',
  'filter.on': 'on · {n} entries',
  'filter.off': 'off',
  'filter.edit': 'Edit list',
  'filter.explain':
    'Hidden words are treated as absent: never shown as neighbours, analogy answers, odd-one-out results, map points, step-through words or chart rows, and refused when typed into a query. Matching ignores case and full-width forms; an entry ending in * hides every word that starts with it.',
  'filter.builtIn': 'Built-in list: {n} slurs and obscenities in English and Japanese',
  'filter.showBuiltIn': 'Show the built-in list',
  'filter.hideBuiltIn': 'Hide the built-in list',
  'filter.own': 'Your own words',
  'filter.ownHelp':
    'One per line (or separated by spaces or commas). They become part of the links you copy.',
  'filter.apply': 'Apply',
  'filter.copyBuiltIn': 'Copy the built-in list into mine (to edit it)',
  'filter.exports':
    'Exported vector files always hold every word: the filter hides words on this page, it does not change the vectors.',
  'filter.watchedHidden': 'hidden by the word filter',
  'error.word-hidden': 'A word you asked about is hidden by the classroom word filter.',
} as const;

export const ja: Record<keyof typeof en, string> = {
  'filter.name': '単語フィルター',
  'filter.on': 'オン · {n} 件',
  'filter.off': 'オフ',
  'filter.edit': 'リストを編集',
  'filter.explain':
    '非表示の単語は語彙にないものとして扱われます。近傍、類推の答え、仲間外れの結果、地図の点、ステップ実行の単語、グラフの行には表示されず、問い合わせに入力しても受け付けません。大文字・小文字や全角・半角の違いは無視します。末尾が * の項目は、その文字列で始まるすべての単語を隠します。',
  'filter.builtIn': '組み込みリスト: 英語と日本語の差別語・卑語 {n} 件',
  'filter.showBuiltIn': '組み込みリストを表示',
  'filter.hideBuiltIn': '組み込みリストを隠す',
  'filter.own': '自分で追加する単語',
  'filter.ownHelp': '1 行に 1 語（スペースや読点で区切っても構いません）。コピーするリンクにも含まれます。',
  'filter.apply': '適用',
  'filter.copyBuiltIn': '組み込みリストを自分のリストにコピー（編集用）',
  'filter.exports':
    '書き出したベクトルファイルには常にすべての単語が含まれます。フィルターはこのページでの表示を隠すだけで、ベクトルは変えません。',
  'filter.watchedHidden': '単語フィルターで非表示',
  'error.word-hidden': '問い合わせた単語は、授業用の単語フィルターで非表示になっています。',
};
