/** The built-in lessons' titles and steps (src/ui/lessons/lessons.ts lists what each one sets). */
export const en = {
  'lesson.neighbours.title': 'What is a neighbour?',
  'lesson.neighbours.step1':
    'Press Train. Under “Nearest neighbours, live”, each watched word lists the words whose vectors point most nearly the same way as its own.',
  'lesson.neighbours.step2':
    'The vectors start random, so the first neighbours are nonsense. Watch them change while the loss falls: words that appear in the same contexts move together.',
  'lesson.neighbours.step3':
    'When training is done, open 3 · Explore and find the neighbours of “whale”. The score is the cosine similarity: 1 means the same direction, 0 means unrelated.',
  'lesson.neighbours.step4':
    'Compute the map and click a word to light up its neighbours. The map squeezes 100 dimensions into 2, so some true neighbours land far apart.',
  'lesson.neighbours.step5':
    'Back in 2 · Train, set the window to 2 and train again. A small window finds words used the same way; a large one finds words about the same things.',

  'lesson.negative.title': 'Negative sampling',
  'lesson.negative.step1':
    'Skip-gram learns from pairs: a word and a word near it. If it only ever heard “yes, these belong together”, every vector could simply be the same.',
  'lesson.negative.step2':
    'So for each real pair it also draws a few random words, the negatives, and learns to say “no” to them. Open “Step through word2vec” below the settings and press “Step once”: see the centre word, the context word and the negatives drawn.',
  'lesson.negative.step3':
    'Negatives are drawn in proportion to word counts raised to the power 0.75: frequent words come up often, but less often than their share of the text. “Word frequencies and what word2vec draws from” shows both distributions; step a few more times and watch which words come up.',
  'lesson.negative.step4':
    'Train with 5 negative samples and note the neighbours of “whale”. Then try 1 and 15, and compare the neighbours and the words per second.',
  'lesson.negative.step5':
    'Set negative samples to 0 and press Train: with hierarchical softmax off too, nothing is left to learn from, and the page says so before any work starts.',

  'lesson.subsampling.title': 'Frequent words and subsampling',
  'lesson.subsampling.step1':
    '“the”, “of” and “and” make up a large part of any English text, yet say little about the words around them.',
  'lesson.subsampling.step2':
    'Subsampling skips each occurrence of a frequent word at random, the more often the more frequent the word is; words rarer than the threshold are always kept. The keep-probability chart under “Word frequencies and what word2vec draws from” shows it word by word.',
  'lesson.subsampling.step3':
    'Train with the default threshold (0.001) and look at the neighbours of “the” and of “whale”.',
  'lesson.subsampling.step4':
    'Set subsampling to 0 (every word is kept) and train again. Compare the time it takes and the neighbours of “whale”.',
  'lesson.subsampling.step5':
    'Try 0.00001: now even common content words are thinned out. At which value do the neighbours start to suffer?',

  'lesson.masking.title': 'Why masking matters',
  'lesson.masking.step1':
    'A batch needs texts of one length, so shorter texts are padded with zeros (token 0) up to maxlen. The padding is not part of the text.',
  'lesson.masking.step2':
    'Press Prepare data, then Build model. “Mask padding” is on: the LSTM skips padded steps and carries its state over them.',
  'lesson.masking.step3':
    'Under Experiments, run “Masked vs unmasked padding”. Each variant is trained from scratch on the same split with the same seeds, with four times the usual padding.',
  'lesson.masking.step4':
    'Compare test accuracy and output spread. Unmasked, the LSTM must read long runs of zeros; after post-padding they come last and can wash out the text. A spread near 0 means the same answer for every text.',
  'lesson.masking.step5':
    'Turn “Mask padding” off, build and train the model yourself, and look at the confusion matrix.',

  'lesson.embeddings.title': 'Frozen or fine-tuned embeddings',
  'lesson.embeddings.step1':
    'Word vectors trained on e-mails know which words go together. Press Train to train them on the spam and ham e-mails.',
  'lesson.embeddings.step2':
    'Open 4 · Classify, press Prepare data, then Build model with the word vectors as its embedding. The summary counts the embedding as non-trainable: it is frozen.',
  'lesson.embeddings.step3':
    'Turn on “Fine-tune the embedding” and build again: the same weights now count as trainable parameters, and there are many of them.',
  'lesson.embeddings.step4':
    'Under Experiments, run “Frozen vs fine-tuned vs random embedding”: all three start from the same split and seeds.',
  'lesson.embeddings.step5':
    'Compare test accuracy and parameter counts. Fine-tuning can fit the labels more closely but may forget what the vectors knew; a random embedding must learn every word from the labels alone.',
} as const;

export const ja: Record<keyof typeof en, string> = {
  'lesson.neighbours.title': '「近傍」とは何か',
  'lesson.neighbours.step1':
    '「学習」を押してください。「最近傍（ライブ）」には、見張っている単語ごとに、ベクトルの向きが最も近い単語が並びます。',
  'lesson.neighbours.step2':
    'ベクトルは最初はランダムなので、はじめの近傍はでたらめです。損失が下がるにつれて変わっていく様子を見てください。同じ文脈に現れる単語どうしが近づいていきます。',
  'lesson.neighbours.step3':
    '学習が終わったら「3 · 探索」を開き、「whale」の近傍を調べてください。スコアはコサイン類似度で、1 は同じ向き、0 は無関係を意味します。',
  'lesson.neighbours.step4':
    '地図を計算し、単語をクリックすると近傍が強調されます。地図は 100 次元を 2 次元に押しつぶしているので、本当の近傍が離れて見えることもあります。',
  'lesson.neighbours.step5':
    '「2 · 学習」に戻り、ウィンドウを 2 にしてもう一度学習してください。小さいウィンドウでは同じ使われ方をする単語が、大きいウィンドウでは同じ話題の単語が近傍になります。',

  'lesson.negative.title': 'ネガティブサンプリング',
  'lesson.negative.step1':
    'skip-gram は「ある単語」と「その近くの単語」の組から学びます。「この組は一緒に現れる」とだけ教えられると、すべてのベクトルが同じになってしまいかねません。',
  'lesson.negative.step2':
    'そこで本物の組ごとに、ランダムな単語（ネガティブ）をいくつか引き、それには「違う」と答えるよう学びます。設定の下の「word2vec を 1 ペアずつステップ実行」を開いて「1 ステップ進める」を押し、中心語・文脈語・引かれたネガティブを見てください。',
  'lesson.negative.step3':
    'ネガティブは、単語の出現回数を 0.75 乗した割合で引かれます。頻出語はよく出てきますが、本文に占める割合ほどではありません。「単語の頻度と word2vec が抽出に使う分布」で両方の分布を見比べ、さらに何ステップか進めて、どの単語が出てくるか見てください。',
  'lesson.negative.step4':
    'ネガティブサンプル数 5 で学習し、「whale」の近傍を書き留めてください。次に 1 と 15 でも試し、近傍と 1 秒あたりの語数を比べてください。',
  'lesson.negative.step5':
    'ネガティブサンプル数を 0 にして「学習」を押してください。階層的ソフトマックスもオフなので学ぶ手がかりがなくなり、処理を始める前にその旨が表示されます。',

  'lesson.subsampling.title': '頻出語とサブサンプリング',
  'lesson.subsampling.step1':
    '「the」「of」「and」は英語の文章の大きな割合を占めますが、周りの単語についてはほとんど何も教えてくれません。',
  'lesson.subsampling.step2':
    'サブサンプリングは頻出語の出現をランダムに読み飛ばします。頻度が高い単語ほど多く飛ばされ、しきい値より稀な単語は必ず残ります。「単語の頻度と word2vec が抽出に使う分布」の「残す確率」のグラフで、単語ごとの値が見られます。',
  'lesson.subsampling.step3': '既定のしきい値（0.001）で学習し、「the」と「whale」の近傍を見てください。',
  'lesson.subsampling.step4':
    'サブサンプリングを 0（すべての単語を残す）にしてもう一度学習し、かかる時間と「whale」の近傍を比べてください。',
  'lesson.subsampling.step5':
    '0.00001 も試してください。今度はよく使われる内容語まで間引かれます。どの値から近傍が悪くなり始めるでしょうか。',

  'lesson.masking.title': 'マスクが大切な理由',
  'lesson.masking.step1':
    'バッチ内の文章は同じ長さでなければならないため、短い文章は maxlen までゼロ（トークン 0）で埋められます。この埋め草は本文ではありません。',
  'lesson.masking.step2':
    '「データを準備」を押し、次に「モデルを構築」を押してください。「パディングをマスク」がオンなので、LSTM は埋め草のステップを飛ばし、状態をそのまま持ち越します。',
  'lesson.masking.step3':
    '「実験」で「マスクありとマスクなしのパディング」を実行してください。どの条件も同じ分割・同じシードで一から学習し、パディングは通常の 4 倍です。',
  'lesson.masking.step4':
    'テスト正解率と出力のばらつきを比べてください。マスクがないと LSTM は長いゼロの列を読まなければならず、後ろに埋めると本文の内容が押し流されることがあります。ばらつきが 0 に近いのは、どの文章にも同じ答えを返しているということです。',
  'lesson.masking.step5':
    '「パディングをマスク」をオフにして自分でモデルを構築・学習し、混同行列を見てください。',

  'lesson.embeddings.title': '埋め込みは固定か、微調整か',
  'lesson.embeddings.step1':
    'メールで学習した単語ベクトルは、どの単語が一緒に使われるかを知っています。「学習」を押して、スパムと通常のメールで学習させてください。',
  'lesson.embeddings.step2':
    '「4 · 分類」を開いて「データを準備」を押し、単語ベクトルを埋め込みにして「モデルを構築」を押してください。概要では埋め込みが学習対象外のパラメーターとして数えられます。固定されているということです。',
  'lesson.embeddings.step3':
    '「埋め込みを微調整」をオンにしてもう一度構築してください。同じ重みが今度は学習対象のパラメーターとして数えられ、その数はかなり多くなります。',
  'lesson.embeddings.step4':
    '「実験」で「固定・微調整・ランダムの埋め込み」を実行してください。3 つとも同じ分割・同じシードから始めます。',
  'lesson.embeddings.step5':
    'テスト正解率とパラメーター数を比べてください。微調整はラベルによく合わせられますが、ベクトルが知っていたことを忘れることもあります。ランダムな埋め込みは、すべての単語をラベルだけから学ばなければなりません。',
};
