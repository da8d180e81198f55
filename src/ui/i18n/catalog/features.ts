/**
 * Strings of "Classifiers on text vectors" (Classify tab): boosted trees, logistic regression and
 * an MLP on one vector per text, their results and the comparison table, plus the sentences of
 * the UserErrors those classifiers throw (`error.<code>`).
 */
export const en = {
  'features.title': 'Classifiers on text vectors',
  'features.intro':
    'Each text becomes one vector; gradient-boosted trees, logistic regression or a small neural network then learn the labels from those vectors, on the same training, validation and test texts as the LSTM above, so the results compare.',
  'features.source': 'Text vectors',
  'features.source.mean': 'mean word vectors',
  'features.source.help': "Where each text's vector comes from.",
  'features.source.sentence': 'sentence embeddings from a transformer',
  'features.source.notYet': 'These text vectors are not made yet: make them in the section above.',
  'features.mean.make': 'Make mean word vectors',
  'features.mean.name': 'mean word vectors ({vectors})',
  'features.mean.needData': 'Prepare labelled data above first.',
  'features.mean.needVectors': 'Train word2vec (step 2) or import word vectors first.',
  'features.mean.help':
    'Each text becomes the average of the vectors of its words in {vectors}, after the cleaning set above.',
  'features.mean.coverage':
    '{share}% of the words have a vector; {without} texts have none (their vector is all zeros).',
  'features.summary':
    '{name}: {n} texts × {d} features; split {train} training / {validation} validation / {test} test.',
  'features.models': 'Models',
  'features.options': '{model}: options',
  'features.model.gbdt': 'Gradient-boosted trees',
  'features.model.gbdt.help':
    "Trees grown one after another, each correcting the ones before (LightGBM's algorithm); they find non-linear patterns.",
  'features.model.logreg': 'Logistic regression',
  'features.model.logreg.help':
    'One weight per feature: a straight boundary between the classes, the classic baseline.',
  'features.model.mlp': 'Neural network (MLP)',
  'features.model.mlp.help':
    'One hidden layer of ReLU units between the features and the output, so the boundary can bend.',
  'features.model.lstm': 'LSTM (above)',
  'features.gbdt.rounds': 'Boosting rounds (num_iterations)',
  'features.gbdt.rounds.help':
    'Most rounds of trees to add (one tree per class per round when there are more than two classes).',
  'features.gbdt.lr': 'Learning rate (learning_rate)',
  'features.gbdt.lr.help':
    "Each tree's output is multiplied by this: smaller learns slower but usually generalises better.",
  'features.gbdt.leaves': 'Leaves per tree (num_leaves)',
  'features.gbdt.leaves.help': 'The cap of leaf-wise growth: more leaves make more complex trees.',
  'features.gbdt.depth': 'Maximum depth (max_depth)',
  'features.gbdt.depth.help':
    'Deepest a leaf may be; −1 means no limit (the leaf cap still limits the tree).',
  'features.gbdt.minData': 'Minimum texts in a leaf (min_data_in_leaf)',
  'features.gbdt.minData.help': 'A split that leaves fewer training texts on one side is not made.',
  'features.gbdt.l2': 'L2 regularisation (lambda_l2)',
  'features.gbdt.l2.help': 'Shrinks leaf values: value = −(sum of gradients) / (sum of hessians + this).',
  'features.gbdt.featureFraction': 'Feature fraction (feature_fraction)',
  'features.gbdt.featureFraction.help':
    'Share of the features each tree may use, drawn at random for every tree.',
  'features.gbdt.baggingFraction': 'Bagging fraction (bagging_fraction)',
  'features.gbdt.baggingFraction.help': 'Share of the training texts each tree sees when bagging is on.',
  'features.gbdt.baggingFreq': 'Bagging frequency (bagging_freq)',
  'features.gbdt.baggingFreq.help': 'Draw a new sample of texts every this many rounds; 0 turns bagging off.',
  'features.gbdt.earlyStopping': 'Early stopping (early_stopping_round)',
  'features.gbdt.earlyStopping.help':
    'Stop after this many rounds without a lower validation loss and keep the best round; 0 = never.',
  'features.gbdt.maxBin': 'Histogram bins (max_bin)',
  'features.gbdt.maxBin.help':
    "Each feature's values are grouped into at most this many bins before training.",
  'features.seed': 'Seed',
  'features.gbdt.seed.help': 'Seeds the sampling of features and texts; the same seed grows the same trees.',
  'features.dense.hidden': 'Hidden units (hidden_units)',
  'features.dense.hidden.help': 'Width of the hidden ReLU layer.',
  'features.dense.dropout': 'Dropout',
  'features.dense.dropout.help': 'Share of the hidden units switched off at random in each training step.',
  'features.dense.l2': 'L2 regularisation (l2)',
  'features.dense.l2.help':
    'Penalty on large weights: this times the sum of squared weights is added to the loss.',
  'features.dense.lr': 'Learning rate (learning_rate)',
  'features.dense.lr.help': 'Step size of the Adam optimiser.',
  'features.dense.epochs': 'Epochs',
  'features.dense.epochs.help': 'Most passes over the training texts.',
  'features.dense.batch': 'Batch size (batch_size)',
  'features.dense.batch.help': 'Texts per training step.',
  'features.dense.patience': 'Early-stopping patience',
  'features.dense.patience.help':
    "Epochs without a lower validation loss before stopping (the best epoch's weights are kept); 0 = never.",
  'features.dense.seed.help':
    'Seeds the initial weights, dropout and shuffles; the inputs are standardised with the training texts.',
  'features.train': 'Train',
  'features.stop': 'Stop',
  'features.status.preparing': 'Handing the text vectors to the worker…',
  'features.status.start': 'Training {model}…',
  'features.status.step': 'Training {model}: {step} {n}, validation loss {loss}',
  'features.curve.train': 'training loss',
  'features.curve.validation': 'validation loss',
  'features.curve.round': 'round',
  'features.curve.epoch': 'epoch',
  'features.curve.loss': 'loss',
  'features.curve.label': 'Loss after {step} {n}: training {train}, validation {validation}.',
  'features.curve.empty': 'Loss: nothing trained yet.',
  'features.result.title': '{model} on {features}: test accuracy {accuracy}',
  'features.result.trees': '{count} trees, trained in {seconds} s.',
  'features.result.parameters': '{count} parameters, trained in {seconds} s.',
  'features.ended.early':
    'Early stopping after {step} {last}; the model of {step} {best}, which had the lowest validation loss, was tested.',
  'features.ended.user': 'Stopped by you after {step} {last}; the model of {step} {best} was tested.',
  'features.ended.noSplit': 'Stopped after round {last}: no split could improve the trees any more.',
  'features.ended.completed':
    'Trained to the end ({step} {last}); the model of {step} {best}, which had the lowest validation loss, was tested.',
  'features.compare.caption': 'Comparison on the test set (models trained in this session)',
  'features.compare.model': 'model',
  'features.compare.input': 'input',
  'features.compare.accuracy': 'accuracy',
  'features.compare.macroF1': 'macro F1',
  'features.compare.weightedF1': 'weighted F1',
  'features.compare.time': 'training time',
  'features.compare.differentData': 'different data',
  'features.compare.export': 'Export CSV',
  'features.seconds': '{s} s',
  'error.features-shape':
    'The feature set "{name}" has {values} numbers for {rows} texts of {d} features each; {expected} were expected.',
  'error.features-one-class':
    'Every text in "{name}" has the label "{label}": a classifier needs at least two classes.',
  'error.features-too-few':
    'Class "{label}" has only {count} texts in "{name}"; splitting into training, validation and test sets needs at least {need} of every class.',
  'error.features-nan':
    'Feature {feature} of text {row} in "{name}" is {value}; every feature must be a finite number.',
  'error.features-busy': 'A classifier is training on the text vectors: stop it first.',
  'error.features-none': 'Make a set of text vectors first.',
  'error.features-no-vectors':
    'Mean word vectors need word vectors: train word2vec (step 2) or import vectors in Explore first.',
  'error.gbdt-bad-max-depth':
    "The boosted trees' option max_depth is {value}; it must be −1 (no limit) or a whole number from 1 to {max}.",
  'error.gbdt-bad-fraction':
    "The boosted trees' option {name} is {value}; it must be above 0 and at most {max}.",
  'error.gbdt-bad-option': "The boosted trees' option {name} is {value}; it must be from {min} to {max}.",
  'error.gbdt-not-whole': "The boosted trees' option {name} is {value}; it must be a whole number.",
  'error.gbdt-nan-feature':
    'The {what} features contain a missing value (NaN) at row {row}; the boosted trees need every value.',
  'error.gbdt-nan-feature.what.training': 'training',
  'error.gbdt-nan-feature.what.validation': 'validation',
  'error.gbdt-bad-json': 'This boosted-trees model file is not valid JSON.',
  'error.gbdt-bad-model': 'This file is not a boosted-trees model saved by this app.',
  'error.dense-bad-option': 'The option {name} is {value}; it must be from {min} to {max}.',
  'error.dense-not-whole': 'The option {name} is {value}; it must be a whole number.',
} as const;

export const ja: Record<keyof typeof en, string> = {
  'features.title': '文書ベクトルによる分類器',
  'features.intro':
    '各文書を 1 本のベクトルにし、そのベクトルから勾配ブースティング木・ロジスティック回帰・小さなニューラルネットワークがラベルを学習します。上の LSTM と同じ学習・検証・テスト用の文書を使うので、結果をそのまま比べられます。',
  'features.source': '文書ベクトル',
  'features.source.mean': '単語ベクトルの平均',
  'features.source.help': '各文書のベクトルをどこから作るか。',
  'features.source.sentence': 'Transformer による文埋め込み',
  'features.source.notYet': 'この文書ベクトルはまだ作られていません。上のセクションで作ってください。',
  'features.mean.make': '単語ベクトルの平均を作る',
  'features.mean.name': '単語ベクトルの平均（{vectors}）',
  'features.mean.needData': '先に上でラベル付きデータを準備してください。',
  'features.mean.needVectors': '先に word2vec を学習する（ステップ 2）か、単語ベクトルを読み込んでください。',
  'features.mean.help':
    '上のクリーニング設定を適用したあと、各文書を {vectors} に含まれる単語ベクトルの平均にします。',
  'features.mean.coverage':
    '単語の {share}% にベクトルがあります。ベクトルのある単語を 1 つも含まない文書は {without} 件です（そのベクトルはすべて 0 になります）。',
  'features.summary': '{name}：{n} 文書 × {d} 次元。分割は学習 {train}／検証 {validation}／テスト {test}。',
  'features.models': 'モデル',
  'features.options': '{model}：オプション',
  'features.model.gbdt': '勾配ブースティング木',
  'features.model.gbdt.help':
    '木を 1 本ずつ足し、それぞれが前の木の誤りを直していきます（LightGBM のアルゴリズム）。非線形なパターンを捉えられます。',
  'features.model.logreg': 'ロジスティック回帰',
  'features.model.logreg.help':
    '特徴量ごとに重みが 1 つ。クラスの境界は直線（超平面）になる、定番のベースラインです。',
  'features.model.mlp': 'ニューラルネットワーク（MLP）',
  'features.model.mlp.help': '特徴量と出力の間に ReLU の隠れ層を 1 つ置くので、境界を曲げられます。',
  'features.model.lstm': 'LSTM（上）',
  'features.gbdt.rounds': 'ブースティング回数（num_iterations）',
  'features.gbdt.rounds.help':
    '追加する木の最大ラウンド数（3 クラス以上ではラウンドごとにクラス数だけ木を作ります）。',
  'features.gbdt.lr': '学習率（learning_rate）',
  'features.gbdt.lr.help':
    '各木の出力にこの値を掛けます。小さいほど学習は遅くなりますが、たいてい汎化しやすくなります。',
  'features.gbdt.leaves': '1 本の木の葉の数（num_leaves）',
  'features.gbdt.leaves.help': 'リーフ単位の成長で作る葉の上限。多いほど複雑な木になります。',
  'features.gbdt.depth': '最大の深さ（max_depth）',
  'features.gbdt.depth.help': '葉の深さの上限。−1 は制限なし（それでも葉の数の上限で木は制限されます）。',
  'features.gbdt.minData': '葉の最小文書数（min_data_in_leaf）',
  'features.gbdt.minData.help': '分割すると片側の学習用文書がこれより少なくなる場合、その分割は行いません。',
  'features.gbdt.l2': 'L2 正則化（lambda_l2）',
  'features.gbdt.l2.help': '葉の値を小さくします：値 = −（勾配の和）／（ヘッセ行列の和 + この値）。',
  'features.gbdt.featureFraction': '特徴量の割合（feature_fraction）',
  'features.gbdt.featureFraction.help': '各木が使える特徴量の割合。木ごとにランダムに選びます。',
  'features.gbdt.baggingFraction': 'バギングの割合（bagging_fraction）',
  'features.gbdt.baggingFraction.help': 'バギングが有効なとき、各木が見る学習用文書の割合。',
  'features.gbdt.baggingFreq': 'バギングの頻度（bagging_freq）',
  'features.gbdt.baggingFreq.help': 'この回数のラウンドごとに文書を選び直します。0 でバギングは無効です。',
  'features.gbdt.earlyStopping': '早期終了（early_stopping_round）',
  'features.gbdt.earlyStopping.help':
    '検証損失が下がらないラウンドがこの回数続いたら止め、最良のラウンドを残します。0 は止めません。',
  'features.gbdt.maxBin': 'ヒストグラムのビン数（max_bin）',
  'features.gbdt.maxBin.help': '学習の前に、各特徴量の値を最大この数のビンにまとめます。',
  'features.seed': 'シード',
  'features.gbdt.seed.help': '特徴量と文書の抽出に使う乱数のシード。同じシードなら同じ木が育ちます。',
  'features.dense.hidden': '隠れユニット数（hidden_units）',
  'features.dense.hidden.help': 'ReLU の隠れ層の幅。',
  'features.dense.dropout': 'ドロップアウト',
  'features.dense.dropout.help': '学習の各ステップでランダムに無効にする隠れユニットの割合。',
  'features.dense.l2': 'L2 正則化（l2）',
  'features.dense.l2.help': '大きな重みへのペナルティ。重みの二乗和にこの値を掛けたものを損失に加えます。',
  'features.dense.lr': '学習率（learning_rate）',
  'features.dense.lr.help': 'Adam オプティマイザーのステップ幅。',
  'features.dense.epochs': 'エポック数',
  'features.dense.epochs.help': '学習用文書を通して学習する最大回数。',
  'features.dense.batch': 'バッチサイズ（batch_size）',
  'features.dense.batch.help': '1 ステップで学習する文書の数。',
  'features.dense.patience': '早期終了の我慢回数',
  'features.dense.patience.help':
    '検証損失が下がらないエポックがこの回数続いたら止めます（最良のエポックの重みを残します）。0 は止めません。',
  'features.dense.seed.help':
    '重みの初期値・ドロップアウト・シャッフルのシード。入力は学習用文書の統計で標準化します。',
  'features.train': '学習',
  'features.stop': '停止',
  'features.status.preparing': '文書ベクトルをワーカーに渡しています…',
  'features.status.start': '{model} を学習中…',
  'features.status.step': '{model} を学習中：{step} {n}、検証損失 {loss}',
  'features.curve.train': '学習損失',
  'features.curve.validation': '検証損失',
  'features.curve.round': 'ラウンド',
  'features.curve.epoch': 'エポック',
  'features.curve.loss': '損失',
  'features.curve.label': '{step} {n} の後の損失：学習 {train}、検証 {validation}。',
  'features.curve.empty': '損失：まだ何も学習していません。',
  'features.result.title': '{features} で学習した{model}：テスト正解率 {accuracy}',
  'features.result.trees': '木 {count} 本、学習時間 {seconds} 秒。',
  'features.result.parameters': 'パラメーター {count} 個、学習時間 {seconds} 秒。',
  'features.ended.early':
    '{step} {last} で早期終了しました。検証損失が最も低かった {step} {best} のモデルをテストしました。',
  'features.ended.user': '{step} {last} の後で停止しました。{step} {best} のモデルをテストしました。',
  'features.ended.noSplit': 'ラウンド {last} で終了しました：これ以上木を改善できる分割がありません。',
  'features.ended.completed':
    '最後まで学習しました（{step} {last}）。検証損失が最も低かった {step} {best} のモデルをテストしました。',
  'features.compare.caption': 'テストセットでの比較（このセッションで学習したモデル）',
  'features.compare.model': 'モデル',
  'features.compare.input': '入力',
  'features.compare.accuracy': '正解率',
  'features.compare.macroF1': 'マクロ F1',
  'features.compare.weightedF1': '加重 F1',
  'features.compare.time': '学習時間',
  'features.compare.differentData': '別のデータ',
  'features.compare.export': 'CSV に書き出す',
  'features.seconds': '{s} 秒',
  'error.features-shape':
    '特徴量セット「{name}」には {rows} 文書 × {d} 次元に対して {values} 個の数値があります。{expected} 個のはずです。',
  'error.features-one-class':
    '「{name}」の文書はすべてラベル「{label}」です。分類器には 2 つ以上のクラスが必要です。',
  'error.features-too-few':
    'クラス「{label}」は「{name}」に {count} 文書しかありません。学習・検証・テストに分けるには、どのクラスにも {need} 文書以上必要です。',
  'error.features-nan':
    '「{name}」の文書 {row} の特徴量 {feature} が {value} です。特徴量はすべて有限の数でなければなりません。',
  'error.features-busy': '文書ベクトルで分類器を学習中です。先に停止してください。',
  'error.features-none': '先に文書ベクトルを作ってください。',
  'error.features-no-vectors':
    '単語ベクトルの平均には単語ベクトルが必要です。先に word2vec を学習する（ステップ 2）か、探索タブでベクトルを読み込んでください。',
  'error.gbdt-bad-max-depth':
    'ブースティング木のオプション max_depth が {value} です。−1（制限なし）か、1 から {max} までの整数にしてください。',
  'error.gbdt-bad-fraction':
    'ブースティング木のオプション {name} が {value} です。0 より大きく {max} 以下にしてください。',
  'error.gbdt-bad-option':
    'ブースティング木のオプション {name} が {value} です。{min} から {max} までにしてください。',
  'error.gbdt-not-whole': 'ブースティング木のオプション {name} が {value} です。整数にしてください。',
  'error.gbdt-nan-feature':
    '{what}用の特徴量の行 {row} に欠損値（NaN）があります。ブースティング木にはすべての値が必要です。',
  'error.gbdt-nan-feature.what.training': '学習',
  'error.gbdt-nan-feature.what.validation': '検証',
  'error.gbdt-bad-json': 'このブースティング木のモデルファイルは正しい JSON ではありません。',
  'error.gbdt-bad-model': 'このファイルは、このアプリで保存したブースティング木のモデルではありません。',
  'error.dense-bad-option': 'オプション {name} が {value} です。{min} から {max} までにしてください。',
  'error.dense-not-whole': 'オプション {name} が {value} です。整数にしてください。',
};
