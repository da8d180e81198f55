/** Strings of the classroom tools: links, hidden controls, presentation mode, the lesson card. */
export const en = {
  'classroom.tools': 'Classroom',
  'classroom.copyLink': 'Copy link',
  'classroom.copied': 'Copied: anyone who opens this link gets the same settings.',
  'classroom.copyFailed': 'This browser did not allow copying: select the link below and copy it.',
  'classroom.linkLabel': 'Link to this setup',
  'classroom.linkNote':
    'The link holds settings only: dropped files, trained vectors and models stay on this computer.',
  'classroom.linkProblems': 'Parts of the link were not understood and were left at their defaults: {list}.',
  'classroom.present': 'Presentation mode',
  'classroom.presentHelp': 'Large type, high contrast and thick focus rings, for a projector.',
  'classroom.lessons': 'Lessons',
  'classroom.lessonsList': 'Built-in lessons',
  'classroom.lesson': 'Lesson',
  'classroom.leave': 'Leave the lesson',
  'classroom.hiddenCount': 'This lesson hides the controls it does not need; leaving it shows them again.',
  'classroom.lstmImpl': 'LSTM implementation',
  'classroom.lstmImpl.fused': 'Fused (one WebGPU dispatch per sequence)',
  'classroom.lstmImpl.layers': 'tf.layers.lstm (for comparison)',
  'classroom.lstmImpl.help':
    'Both compute the same thing with the same weights; the fused one is faster on WebGPU.',
  'classroom.map.keys':
    'Map: drag or use the arrow keys to pan, the mouse wheel or + and − to zoom, 0 to reset; click a point to see its neighbours.',
} as const;

export const ja: Record<keyof typeof en, string> = {
  'classroom.tools': '授業用',
  'classroom.copyLink': 'リンクをコピー',
  'classroom.copied': 'コピーしました。このリンクを開くと、誰でも同じ設定になります。',
  'classroom.copyFailed':
    'このブラウザーではコピーが許可されませんでした。下のリンクを選択してコピーしてください。',
  'classroom.linkLabel': 'この設定へのリンク',
  'classroom.linkNote':
    'リンクに含まれるのは設定だけです。ドロップしたファイル、学習したベクトルやモデルはこのコンピューターから出ません。',
  'classroom.linkProblems': 'リンクの一部を読み取れなかったため、既定値のままにしました: {list}。',
  'classroom.present': 'プレゼンテーションモード',
  'classroom.presentHelp':
    'プロジェクター向けに、大きな文字・高いコントラスト・太いフォーカス枠で表示します。',
  'classroom.lessons': 'レッスン',
  'classroom.lessonsList': '組み込みのレッスン',
  'classroom.lesson': 'レッスン',
  'classroom.leave': 'レッスンを終える',
  'classroom.hiddenCount':
    'このレッスンでは使わない設定を隠しています。レッスンを終えると、すべて表示されます。',
  'classroom.lstmImpl': 'LSTM の実装',
  'classroom.lstmImpl.fused': '融合版（1 系列につき WebGPU の呼び出し 1 回）',
  'classroom.lstmImpl.layers': 'tf.layers.lstm（比較用）',
  'classroom.lstmImpl.help': 'どちらも同じ重みで同じ計算をします。WebGPU では融合版のほうが速く動きます。',
  'classroom.map.keys':
    '地図: ドラッグまたは矢印キーで移動、マウスホイールまたは + と − で拡大・縮小、0 で元に戻します。点をクリックすると近傍の単語を表示します。',
};
