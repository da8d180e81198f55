/**
 * The sentences of every UserError (src/core, src/model, workers), by code: `error.<code>`. The
 * English template mirrors the sentence the code builds (the page shows that sentence itself in
 * English); other languages fill their template with the error's params. `error.<code>.<param>.<value>`
 * words a parameter that names one of a few fixed things. errors.test.ts checks every code in the
 * source has its entry.
 */
export const en = {
  'error.too-large-corpus':
    '{title} is {size}; the browser can hold a corpus of at most {max} as text. Use a part of it.',
  'error.fetch-failed': 'The built-in corpus {title} could not be loaded (HTTP {status}).',
  'error.unreadable-too-large': '{title} could not be read: it is too large for this browser.',
  'error.unreadable': '{title} could not be read: the browser refused to read it.',
  'error.bad-jsonl': '{title}, line {line}: not valid JSON.',
  'error.jsonl-no-text': '{title}, line {line}: expected an object with a "text" field.',
  'error.no-words': '{title} contains no words, only spaces and punctuation.',
  'error.oov-no-suggestion': '“{word}” is not in the vocabulary, and no word in it is spelt similarly.',
  'error.oov': '“{word}” is not in the vocabulary. Did you mean {suggestions}?',
  'error.too-few-words': 'Give at least three words to find the odd one out.',
  'error.empty-axis-end': 'Each end of an axis needs at least one word.',
  'error.axis-same-direction': 'The two ends of the axis ({from}, {to}) are the same direction.',
  'error.analogies-no-section':
    'Line {line}: expected a section header such as ": capital-common-countries" before the first question.',
  'error.no-analogies': 'The file has no analogy questions (lines "a b c d" after a ": section" line).',
  'error.no-pairs': 'The file has no word pairs (lines "word1 word2 score").',
  'error.no-known-pairs': 'None of the {pairs} word pairs has both words in the vocabulary.',
  'error.damaged-store':
    'This saved vector set is damaged (its size does not match its word count); delete it and import it again.',
  'error.vectors-too-large':
    'Keeping {words} words × {dim} dimensions needs {gb} GB, more than can be held in memory here; read fewer words (the "first N words" option) or only the words of the corpus.',
  'error.empty-vector-file': 'The file is empty: there are no word vectors in it.',
  'error.compressed-file':
    'The file is gzip-compressed (.gz): decompress it first, then load the file inside.',
  'error.zip-file': 'The file is a zip archive: extract it first, then load the vector file inside.',
  'error.fasttext-model':
    'This is a fastText model (.bin), not a vector file: load the .vec file that comes with it instead.',
  'error.unknown-format':
    'This does not look like a word-vector file: it is binary data, but a word2vec binary file starts with a text header "<words> <dimensions>".',
  'error.unknown-text-format':
    'This does not look like a word-vector file: the first line should be a header "<words> <dimensions>", a word followed by numbers (GloVe) or tab-separated numbers (Projector TSV), but it is {found}.',
  'error.bad-header':
    'Byte 0: expected a {what} header "<words> <dimensions>" (two whole numbers on the first line), found {found}.',
  'error.bad-header.what.word2vec binary': 'word2vec binary',
  'error.bad-header.what.word2vec text': 'word2vec text',
  'error.zero-dimensions': 'The header announces 0 dimensions: the file has no vectors to read.',
  'error.no-space-after-word':
    "Byte {byte}: expected a word followed by a space (word {word} of {words}), but found no space within {max} bytes: the file is damaged or its header's dimension ({dim}) is wrong.",
  'error.line-too-long': 'Line {line} is longer than {mb} MB: expected one word vector per line.',
  'error.not-a-number': 'Line {line}: expected a number (value {value} of {dim}), found {found}.',
  'error.glove-first-line': 'Line 1: expected a word followed by its numbers (GloVe text), found {found}.',
  'error.row-length': 'Line {line}: expected {dim} numbers after the word {word}, found {found}.',
  'error.tsv-row-length':
    'Line {line}: expected {dim} tab-separated numbers like the first line, found {found}.',
  'error.truncated-records':
    'The file ends at byte {byte} after {records} of the {words} words its header announces: it is truncated.',
  'error.truncated-in-word':
    'The file is truncated: it ends at byte {byte} inside word {word} (which starts at byte {start}), where a word, a space and {dim} × 4 bytes of vector were expected.',
  'error.truncated-vectors':
    'The file is truncated: the vector of {word} (word {index}) starts at byte {start} and needs {bytes} bytes, but the file ends at byte {end}.',
  'error.truncated-text':
    'The file ends after {records} of the {words} words its header announces (line {line}): it is truncated or the header is wrong.',
  'error.no-word-vectors': 'The file has no word vectors in it.',
  'error.metadata-no-column': 'The metadata has no column {column}; its columns are {columns}.',
  'error.metadata-too-long':
    'The vectors file has {rows} rows but the metadata has {labels} labels: they must match line for line.',
  'error.metadata-too-short': "The vectors file has more rows than the metadata's {labels} labels.",
  'error.no-vectors-in-file': 'The file has no vectors in it.',
  'error.empty-file': '{file} is empty: there is no text to read.',
  'error.binary-file': '{file} is not a text file ({kind}). Drop a plain-text file (.txt).',
  'error.binary-file.kind.pdf': 'it looks like a PDF document',
  'error.binary-file.kind.zip': 'it looks like a ZIP archive (or a .docx/.xlsx/.epub file)',
  'error.binary-file.kind.gzip': 'it looks like a gzip-compressed file',
  'error.binary-file.kind.png': 'it looks like a PNG image',
  'error.binary-file.kind.jpeg': 'it looks like a JPEG image',
  'error.binary-file.kind.gif': 'it looks like a GIF image',
  'error.binary-file.kind.7z': 'it looks like a 7-Zip archive',
  'error.binary-file.kind.wasm': 'it looks like a WebAssembly module',
  'error.binary-file.kind.elf': 'it looks like an ELF program',
  'error.binary-file.kind.nul': 'it contains NUL bytes, which text files do not',
  'error.binary-file.kind.control': 'more than a tenth of its first bytes are control characters',
  'error.undecodable-somewhere':
    '{file} is not valid {encoding} text. Save it as UTF-8, or choose its encoding.',
  'error.undecodable':
    '{file} is not valid {encoding} text at byte {byte}. Save it as UTF-8, or choose its encoding.',
  'error.undeterminable-encoding':
    'The encoding of {file} could not be determined: it is not valid UTF-8 (at byte {byte}), and Shift_JIS, EUC-JP and ISO-2022-JP do not give Japanese text either. Choose its encoding, or save it as UTF-8.',
  'error.mixed-encoding':
    '{file} mixes encodings: line {line} is {encoding} but line {otherLine} is {otherEncoding}. Save the whole file in one encoding (UTF-8 is best).',
  'error.bad-pattern': '{pattern} is not a valid regular expression.',
  'error.empty-after-cleaning':
    '{title}: cleaning left no words in any training text. Turn off some cleaning steps (stopwords, minimum length, letters only).',
  'error.no-records': '{title} has no examples.',
  'error.no-labels': "{title} has no labels: every example's label is empty; check the label column.",
  'error.all-empty': '{title} has only empty texts; check the text column.',
  'error.one-class': 'Every example has the label "{label}": a classifier needs at least two classes.',
  'error.too-many-classes':
    'There are {labels} different labels, more than the {max} this classifier takes; is the label column the right one?',
  'error.too-few-examples':
    'Class "{label}" has only {count} examples; splitting into {sets} needs at least {need} of every class.',
  'error.too-few-examples-one':
    'Class "{label}" has only {count} example; splitting into {sets} needs at least {need} of every class.',
  'error.too-few-examples.sets.training-validation-test': 'training, validation and test sets',
  'error.too-few-examples.sets.training-validation': 'training and validation sets',
  'error.too-few-examples.sets.training-test': 'training and test sets',
  'error.too-few-examples.sets.training': 'training sets',
  'error.too-few-examples-one.sets.training-validation-test': 'training, validation and test sets',
  'error.too-few-examples-one.sets.training-validation': 'training and validation sets',
  'error.too-few-examples-one.sets.training-test': 'training and test sets',
  'error.too-few-examples-one.sets.training': 'training sets',
  'error.bad-num-words': 'The vocabulary size must be a whole number of at least 2.',
  'error.bad-tokenizer': 'The saved tokenizer is missing or damaged; train the model again.',
  'error.csv-one-column':
    '{title} has a single column: a labelled file needs a text column and a label column, separated by commas, tabs or semicolons.',
  'error.csv-unterminated-quote': '{title}, line {line}: a quoted field is never closed (a " is missing).',
  'error.csv-empty': '{title} is empty: it has no header row.',
  'error.csv-one-header-column':
    '{title} has a single column: a labelled file needs a text column and a label column.',
  'error.csv-ragged':
    '{title}, line {line}: {fields} fields where the header has {columns}; check the delimiter and the quotes.',
  'error.bad-split-share':
    'The training share must be above 0 and the validation and test shares between 0 and 1.',
  'error.bad-split': 'The training, validation and test shares must add up to 100%.',
  'error.no-such-label-column': '{title} has no column "{column}"; its columns are {columns}.',
  'error.no-such-text-column': '{title} has no column "{column}"; its columns are {columns}.',
  'error.missing-label-column':
    '{title} has no column that looks like the label; choose one of {columns} as the label column.',
  'error.missing-text-column':
    '{title} has no column that looks like the text; choose one of {columns} as the text column.',
  'error.same-columns': 'The text and the label cannot both be the column "{column}".',
  'error.jsonl-no-label-field': '{title} has no field that looks like the label; choose one of {columns}.',
  'error.jsonl-no-label-field-only-text': '{title} has no field that looks like the label, only "text".',
  'error.jsonl-no-such-field':
    '{title} has no field "{field}" with a text or number value; choose one of {columns}.',
  'error.jsonl-no-such-field-only-text':
    '{title} has no field "{field}" with a text or number value, only "text".',
  'error.no-txt-files': '{title} holds no .txt files: put one sub-folder of .txt files per class.',
  'error.no-class-folders':
    '{title} has no class folders: put the .txt files of each class in a sub-folder named after the class.',
  'error.bad-maxlen': 'The sequence length (maxlen) must be a whole number of at least 1.',
  'error.no-coverage':
    'None of the {words} words in the vocabulary has a vector in this vector set; use vectors trained on this kind of text, or random embeddings.',
  'error.builtin-no-label-field': '{title} has no label field "{field}".',
  'error.invalid-size': 'The vector size (-size) must be a whole number from {min} to {max} (got {value}).',
  'error.invalid-window': 'The window (-window) must be a whole number from {min} to {max} (got {value}).',
  'error.invalid-negative':
    'The number of negative samples (-negative) must be a whole number from {min} to {max} (got {value}).',
  'error.invalid-iter':
    'The number of epochs (-iter) must be a whole number from {min} to {max} (got {value}).',
  'error.invalid-min-count':
    'The minimum count (-min-count) must be a whole number from {min} to {max} (got {value}).',
  'error.invalid-seed': 'The seed (-seed) must be a whole number from {min} to {max} (got {value}).',
  'error.invalid-table-size':
    'The unigram table size must be a whole number from {min} to {max} (got {value}).',
  'error.invalid-max-vocab':
    'The maximum vocabulary must be a whole number from {min} to {max} (got {value}).',
  'error.invalid-hs': 'Hierarchical softmax (-hs) must be 0 or 1 (got {value}).',
  'error.invalid-cbow': 'The architecture switch (-cbow) must be 0 or 1 (got {value}).',
  'error.invalid-sample': 'The subsampling threshold (-sample) must be between 0 and 1 (got {value}).',
  'error.invalid-power': 'The unigram power must be between 0 and 10 (got {value}).',
  'error.invalid-alpha': 'The learning rate (-alpha) must be above 0 and at most 10 (got {value}).',
  'error.no-objective':
    'Negative sampling and hierarchical softmax are both off, so nothing would be trained: set -negative above 0 or -hs 1.',
  'error.binary-input': 'This file looks binary (it contains NUL bytes), not text: choose a plain-text file.',
  'error.empty-corpus': 'The corpus contains no words, so there is nothing to train on.',
  'error.no-vocabulary':
    'No word occurs at least {minCount} times (the most frequent, "{word}", occurs {count} times): lower the minimum count or use a longer text.',
  'error.no-vocabulary-once':
    'No word occurs at least {minCount} times (the most frequent, "{word}", occurs once): lower the minimum count or use a longer text.',
  'error.invalid-threads': 'The number of workers must be a whole number from 1 to 256 (got {value}).',
  'error.table-smaller-than-vocabulary':
    'The negative-sampling table ({entries} entries) must be at least as large as the vocabulary ({words} words).',
  'error.model-too-large':
    'This model needs {mb} MB (vocabulary {words} × size {size}, corpus {corpus} words), more than the 2 GB a worker can hold: lower the size, raise the minimum count or set a maximum vocabulary.',
  'error.no-simd': 'This browser cannot run WebAssembly SIMD, which the fast trainer needs.',
  'error.storage-full':
    'The model could not be saved: the browser’s storage for this page is full. Delete saved models or vectors and try again; the trained model stays in memory.',
  'error.storage-failed': 'The model could not be saved ({detail}); it stays in memory.',
  'error.bad-name':
    'A model name may use letters, digits, spaces, dots, dashes and underscores (1–80 characters).',
  'error.no-such-model': 'There is no saved model called “{name}”.',
  'error.no-data': 'Prepare a labelled data set first.',
  'error.no-vectors-for-embedding':
    'There are no word vectors yet: train word2vec (step 2), import vectors, or choose a random embedding.',
  'error.no-model-built': 'Build the model first.',
  'error.no-model-trained': 'Build and train the model first.',
  'error.no-model': 'Train or load a model first.',
  'error.no-vectors-for-experiment':
    'This experiment compares pretrained vectors with a random embedding: train or import word vectors first.',
  'error.backend-refused': '{backend} cannot be used: {reason}',
  'error.classifier-busy': 'The classifier is training: stop it first.',
  'error.trainer-busy': 'Training is already running: pause or cancel it first.',
  'error.no-vectors': 'There are no word vectors yet: train some, import a file or load a saved set.',
  'error.no-storage': 'This browser offers no storage (IndexedDB) to this page.',
  'error.not-saved': 'This vector set is no longer saved in the browser.',
  'error.no-match': 'No word contains “{query}”.',
  'error.too-few-points': 'A map needs at least four words: choose more.',
  'error.axes-words': 'Give two words for each axis, such as “man” → “woman”.',
  'error.no-corpus-words-in-vectors': 'None of the words of the current corpus is in {name}.',
  'error.no-vectors-kept': '{name} holds no word vectors.',
  'error.no-map': 'Compute a map first.',
  'error.cancelled': 'Cancelled.',
  'error.bug': 'Something went wrong inside the app (this is a bug, not your input): {detail}',
} as const;

export const ja: Record<keyof typeof en, string> = {
  'error.too-large-corpus':
    '{title} は {size} あります。ブラウザーがテキストとして保持できるコーパスは最大 {max} です。一部を切り出して使ってください。',
  'error.fetch-failed': '組み込みコーパス {title} を読み込めませんでした（HTTP {status}）。',
  'error.unreadable-too-large': '{title} を読み込めませんでした。このブラウザーには大きすぎます。',
  'error.unreadable': '{title} を読み込めませんでした。ブラウザーが読み取りを拒否しました。',
  'error.bad-jsonl': '{title} の {line} 行目：正しい JSON ではありません。',
  'error.jsonl-no-text': '{title} の {line} 行目："text" フィールドを持つオブジェクトが必要です。',
  'error.no-words': '{title} には単語がありません。空白と句読点だけです。',
  'error.oov-no-suggestion': '「{word}」は語彙にありません。綴りの似た単語もありません。',
  'error.oov': '「{word}」は語彙にありません。もしかして {suggestions} ですか？',
  'error.too-few-words': '仲間外れを見つけるには、単語を 3 つ以上入力してください。',
  'error.empty-axis-end': '軸の両端には、それぞれ 1 語以上が必要です。',
  'error.axis-same-direction': '軸の両端（{from}、{to}）が同じ向きを指しています。',
  'error.analogies-no-section':
    '{line} 行目：最初の問題の前に、": capital-common-countries" のようなセクション見出しが必要です。',
  'error.no-analogies':
    'ファイルにアナロジー問題がありません（": セクション" 行のあとに "a b c d" の行が必要です）。',
  'error.no-pairs': 'ファイルに単語ペアがありません（"単語1 単語2 スコア" の行が必要です）。',
  'error.no-known-pairs': '{pairs} 組の単語ペアのどれも、両方の単語が語彙に含まれていません。',
  'error.damaged-store':
    'この保存済みベクトルセットは壊れています（サイズが単語数と合いません）。削除して、もう一度インポートしてください。',
  'error.vectors-too-large':
    '{words} 語 × {dim} 次元を保持するには {gb} GB 必要で、ここでメモリーに置ける量を超えます。読み込む単語を減らすか（「先頭の N 語」オプション）、コーパスの単語だけを読み込んでください。',
  'error.empty-vector-file': 'ファイルが空です。単語ベクトルが入っていません。',
  'error.compressed-file':
    'このファイルは gzip 圧縮（.gz）されています。先に展開し、中のファイルを読み込んでください。',
  'error.zip-file':
    'このファイルは zip アーカイブです。先に展開し、中のベクトルファイルを読み込んでください。',
  'error.fasttext-model':
    'これは fastText のモデル（.bin）で、ベクトルファイルではありません。一緒に配布されている .vec ファイルを読み込んでください。',
  'error.unknown-format':
    '単語ベクトルのファイルではないようです。バイナリデータですが、word2vec のバイナリファイルはテキストのヘッダー "<単語数> <次元数>" で始まります。',
  'error.unknown-text-format':
    '単語ベクトルのファイルではないようです。1 行目はヘッダー "<単語数> <次元数>"、単語とそれに続く数値（GloVe）、またはタブ区切りの数値（Projector TSV）のはずですが、{found} です。',
  'error.bad-header':
    'バイト 0：{what} のヘッダー "<単語数> <次元数>"（1 行目に整数 2 つ）が必要ですが、{found} でした。',
  'error.bad-header.what.word2vec binary': 'word2vec バイナリ',
  'error.bad-header.what.word2vec text': 'word2vec テキスト',
  'error.zero-dimensions': 'ヘッダーの次元数が 0 です。読み込むベクトルがありません。',
  'error.no-space-after-word':
    'バイト {byte}：単語とそれに続く空白が必要ですが（{words} 語中 {word} 語目）、{max} バイト以内に空白がありません。ファイルが壊れているか、ヘッダーの次元数（{dim}）が誤っています。',
  'error.line-too-long': '{line} 行目が {mb} MB を超えています。1 行に 1 つの単語ベクトルが必要です。',
  'error.not-a-number': '{line} 行目：数値が必要ですが（{dim} 個中 {value} 個目）、{found} でした。',
  'error.glove-first-line': '1 行目：単語とそれに続く数値（GloVe テキスト）が必要ですが、{found} でした。',
  'error.row-length': '{line} 行目：単語 {word} のあとに数値が {dim} 個必要ですが、{found} 個でした。',
  'error.tsv-row-length':
    '{line} 行目：1 行目と同じく、タブ区切りの数値が {dim} 個必要ですが、{found} 個でした。',
  'error.truncated-records':
    'ファイルはバイト {byte} で終わっており、ヘッダーにある {words} 語のうち {records} 語しかありません。途中で切れています。',
  'error.truncated-in-word':
    'ファイルが途中で切れています。{word} 語目（バイト {start} から）の途中、バイト {byte} で終わっていますが、そこには単語、空白、{dim} × 4 バイトのベクトルが必要です。',
  'error.truncated-vectors':
    'ファイルが途中で切れています。{word}（{index} 語目）のベクトルはバイト {start} から {bytes} バイト必要ですが、ファイルはバイト {end} で終わっています。',
  'error.truncated-text':
    'ヘッダーにある {words} 語のうち {records} 語でファイルが終わっています（{line} 行目）。途中で切れているか、ヘッダーが誤っています。',
  'error.no-word-vectors': 'ファイルに単語ベクトルがありません。',
  'error.metadata-no-column': 'メタデータに列 {column} がありません。列は {columns} です。',
  'error.metadata-too-long':
    'ベクトルファイルは {rows} 行ですが、メタデータのラベルは {labels} 個です。1 行ずつ対応している必要があります。',
  'error.metadata-too-short':
    'ベクトルファイルの行数が、メタデータのラベル数 {labels} より多くなっています。',
  'error.no-vectors-in-file': 'ファイルにベクトルがありません。',
  'error.empty-file': '{file} は空です。読み込むテキストがありません。',
  'error.binary-file':
    '{file} はテキストファイルではありません（{kind}）。プレーンテキストのファイル（.txt）をドロップしてください。',
  'error.binary-file.kind.pdf': 'PDF 文書のようです',
  'error.binary-file.kind.zip': 'ZIP アーカイブ（または .docx/.xlsx/.epub ファイル）のようです',
  'error.binary-file.kind.gzip': 'gzip 圧縮ファイルのようです',
  'error.binary-file.kind.png': 'PNG 画像のようです',
  'error.binary-file.kind.jpeg': 'JPEG 画像のようです',
  'error.binary-file.kind.gif': 'GIF 画像のようです',
  'error.binary-file.kind.7z': '7-Zip アーカイブのようです',
  'error.binary-file.kind.wasm': 'WebAssembly モジュールのようです',
  'error.binary-file.kind.elf': 'ELF 実行ファイルのようです',
  'error.binary-file.kind.nul': 'テキストファイルにはない NUL バイトを含んでいます',
  'error.binary-file.kind.control': '先頭のバイトの 1 割以上が制御文字です',
  'error.undecodable-somewhere':
    '{file} は正しい {encoding} のテキストではありません。UTF-8 で保存し直すか、文字コードを選んでください。',
  'error.undecodable':
    '{file} はバイト {byte} の位置で正しい {encoding} のテキストではなくなります。UTF-8 で保存し直すか、文字コードを選んでください。',
  'error.undeterminable-encoding':
    '{file} の文字コードを判定できませんでした。UTF-8 として正しくなく（バイト {byte}）、Shift_JIS・EUC-JP・ISO-2022-JP でも日本語のテキストになりません。文字コードを選ぶか、UTF-8 で保存し直してください。',
  'error.mixed-encoding':
    '{file} には複数の文字コードが混在しています。{line} 行目は {encoding}、{otherLine} 行目は {otherEncoding} です。ファイル全体を 1 つの文字コード（UTF-8 がおすすめ）で保存してください。',
  'error.bad-pattern': '{pattern} は正しい正規表現ではありません。',
  'error.empty-after-cleaning':
    '{title}：クリーニングの結果、学習用テキストに単語が 1 つも残りませんでした。クリーニングの手順（ストップワード、最小の長さ、文字のみ）をいくつか外してください。',
  'error.no-records': '{title} には例が 1 つもありません。',
  'error.no-labels': '{title} にはラベルがありません。どの例もラベルが空です。ラベルの列を確認してください。',
  'error.all-empty': '{title} のテキストはすべて空です。テキストの列を確認してください。',
  'error.one-class': 'すべての例のラベルが「{label}」です。分類器には 2 つ以上のクラスが必要です。',
  'error.too-many-classes':
    'ラベルが {labels} 種類あり、この分類器が扱える {max} 種類を超えています。ラベルの列は正しいですか？',
  'error.too-few-examples':
    'クラス「{label}」の例は {count} 個しかありません。{sets}に分けるには、どのクラスにも {need} 個以上必要です。',
  'error.too-few-examples-one':
    'クラス「{label}」の例は {count} 個しかありません。{sets}に分けるには、どのクラスにも {need} 個以上必要です。',
  'error.too-few-examples.sets.training-validation-test': '学習・検証・テストの各セット',
  'error.too-few-examples.sets.training-validation': '学習セットと検証セット',
  'error.too-few-examples.sets.training-test': '学習セットとテストセット',
  'error.too-few-examples.sets.training': '学習セット',
  'error.too-few-examples-one.sets.training-validation-test': '学習・検証・テストの各セット',
  'error.too-few-examples-one.sets.training-validation': '学習セットと検証セット',
  'error.too-few-examples-one.sets.training-test': '学習セットとテストセット',
  'error.too-few-examples-one.sets.training': '学習セット',
  'error.bad-num-words': '語彙のサイズは 2 以上の整数にしてください。',
  'error.bad-tokenizer': '保存されたトークナイザーがないか、壊れています。モデルを学習し直してください。',
  'error.csv-one-column':
    '{title} には列が 1 つしかありません。ラベル付きのファイルには、カンマ・タブ・セミコロンで区切ったテキストの列とラベルの列が必要です。',
  'error.csv-unterminated-quote':
    '{title} の {line} 行目：引用符で始まったフィールドが閉じていません（" が足りません）。',
  'error.csv-empty': '{title} は空です。見出し行がありません。',
  'error.csv-one-header-column':
    '{title} には列が 1 つしかありません。ラベル付きのファイルには、テキストの列とラベルの列が必要です。',
  'error.csv-ragged':
    '{title} の {line} 行目：見出しの列は {columns} 個ですが、フィールドが {fields} 個あります。区切り文字と引用符を確認してください。',
  'error.bad-split-share': '学習の割合は 0 より大きく、検証とテストの割合は 0 から 1 の間にしてください。',
  'error.bad-split': '学習・検証・テストの割合の合計を 100% にしてください。',
  'error.no-such-label-column': '{title} に列「{column}」はありません。列は {columns} です。',
  'error.no-such-text-column': '{title} に列「{column}」はありません。列は {columns} です。',
  'error.missing-label-column':
    '{title} にはラベルらしい列がありません。{columns} のどれかをラベルの列に選んでください。',
  'error.missing-text-column':
    '{title} にはテキストらしい列がありません。{columns} のどれかをテキストの列に選んでください。',
  'error.same-columns': 'テキストとラベルの両方を同じ列「{column}」にすることはできません。',
  'error.jsonl-no-label-field':
    '{title} にはラベルらしいフィールドがありません。{columns} のどれかを選んでください。',
  'error.jsonl-no-label-field-only-text': '{title} にはラベルらしいフィールドがなく、"text" だけです。',
  'error.jsonl-no-such-field':
    '{title} には、文字列か数値の値を持つフィールド「{field}」がありません。{columns} のどれかを選んでください。',
  'error.jsonl-no-such-field-only-text':
    '{title} には、文字列か数値の値を持つフィールド「{field}」がなく、"text" だけです。',
  'error.no-txt-files':
    '{title} には .txt ファイルがありません。クラスごとに .txt ファイルのサブフォルダーを 1 つずつ用意してください。',
  'error.no-class-folders':
    '{title} にはクラスのフォルダーがありません。各クラスの .txt ファイルを、クラス名を付けたサブフォルダーに入れてください。',
  'error.bad-maxlen': '系列長（maxlen）は 1 以上の整数にしてください。',
  'error.no-coverage':
    '語彙の {words} 語のどれにも、このベクトルセットのベクトルがありません。この種のテキストで学習したベクトルか、ランダムな埋め込みを使ってください。',
  'error.builtin-no-label-field': '{title} にはラベルのフィールド「{field}」がありません。',
  'error.invalid-size':
    'ベクトルの次元数（-size）は {min} から {max} までの整数にしてください（入力値：{value}）。',
  'error.invalid-window':
    'ウィンドウ（-window）は {min} から {max} までの整数にしてください（入力値：{value}）。',
  'error.invalid-negative':
    '負例の数（-negative）は {min} から {max} までの整数にしてください（入力値：{value}）。',
  'error.invalid-iter':
    'エポック数（-iter）は {min} から {max} までの整数にしてください（入力値：{value}）。',
  'error.invalid-min-count':
    '最小出現回数（-min-count）は {min} から {max} までの整数にしてください（入力値：{value}）。',
  'error.invalid-seed': 'シード（-seed）は {min} から {max} までの整数にしてください（入力値：{value}）。',
  'error.invalid-table-size':
    'ユニグラム表のサイズは {min} から {max} までの整数にしてください（入力値：{value}）。',
  'error.invalid-max-vocab': '最大語彙数は {min} から {max} までの整数にしてください（入力値：{value}）。',
  'error.invalid-hs': '階層的ソフトマックス（-hs）は 0 か 1 にしてください（入力値：{value}）。',
  'error.invalid-cbow': 'アーキテクチャの切り替え（-cbow）は 0 か 1 にしてください（入力値：{value}）。',
  'error.invalid-sample':
    'サブサンプリングのしきい値（-sample）は 0 から 1 の間にしてください（入力値：{value}）。',
  'error.invalid-power': 'ユニグラム分布の指数は 0 から 10 の間にしてください（入力値：{value}）。',
  'error.invalid-alpha': '学習率（-alpha）は 0 より大きく 10 以下にしてください（入力値：{value}）。',
  'error.no-objective':
    'ネガティブサンプリングと階層的ソフトマックスがどちらもオフなので、何も学習されません。-negative を 1 以上にするか、-hs 1 にしてください。',
  'error.binary-input':
    'このファイルはテキストではなくバイナリのようです（NUL バイトを含んでいます）。プレーンテキストのファイルを選んでください。',
  'error.empty-corpus': 'コーパスに単語がないため、学習するものがありません。',
  'error.no-vocabulary':
    '{minCount} 回以上出現する単語がありません（最も多い「{word}」でも {count} 回です）。最小出現回数を下げるか、もっと長いテキストを使ってください。',
  'error.no-vocabulary-once':
    '{minCount} 回以上出現する単語がありません（最も多い「{word}」でも 1 回です）。最小出現回数を下げるか、もっと長いテキストを使ってください。',
  'error.invalid-threads': 'ワーカー数は 1 から 256 までの整数にしてください（入力値：{value}）。',
  'error.table-smaller-than-vocabulary':
    'ネガティブサンプリングの表（{entries} 要素）は、語彙（{words} 語）以上の大きさが必要です。',
  'error.model-too-large':
    'このモデルには {mb} MB 必要で（語彙 {words} × 次元 {size}、コーパス {corpus} 語）、1 つのワーカーが保持できる 2 GB を超えます。次元数を下げるか、最小出現回数を上げるか、最大語彙数を設定してください。',
  'error.no-simd': 'このブラウザーは、高速な学習に必要な WebAssembly SIMD を実行できません。',
  'error.storage-full':
    'モデルを保存できませんでした。このページ用のブラウザーの保存領域がいっぱいです。保存済みのモデルやベクトルを削除してから、もう一度試してください。学習済みのモデルはメモリーに残っています。',
  'error.storage-failed': 'モデルを保存できませんでした（{detail}）。モデルはメモリーに残っています。',
  'error.bad-name':
    'モデル名に使えるのは、文字・数字・空白・ピリオド・ハイフン・アンダースコアです（1〜80 文字）。',
  'error.no-such-model': '「{name}」という名前の保存済みモデルはありません。',
  'error.no-data': '先にラベル付きデータを準備してください。',
  'error.no-vectors-for-embedding':
    '単語ベクトルがまだありません。word2vec を学習する（ステップ 2）か、ベクトルをインポートするか、ランダムな埋め込みを選んでください。',
  'error.no-model-built': '先にモデルを構築してください。',
  'error.no-model-trained': '先にモデルを構築して学習してください。',
  'error.no-model': '先にモデルを学習するか、読み込んでください。',
  'error.no-vectors-for-experiment':
    'この実験は学習済みベクトルとランダムな埋め込みを比べます。先に単語ベクトルを学習するか、インポートしてください。',
  'error.backend-refused': '{backend} は使えません：{reason}',
  'error.classifier-busy': '分類器が学習中です。先に停止してください。',
  'error.trainer-busy': 'すでに学習中です。先に一時停止するか、キャンセルしてください。',
  'error.no-vectors':
    '単語ベクトルがまだありません。学習するか、ファイルをインポートするか、保存済みのセットを読み込んでください。',
  'error.no-storage': 'このブラウザーは、このページに保存領域（IndexedDB）を提供していません。',
  'error.not-saved': 'このベクトルセットはもうブラウザーに保存されていません。',
  'error.no-match': '「{query}」を含む単語はありません。',
  'error.too-few-points': 'マップには 4 語以上が必要です。もっと選んでください。',
  'error.axes-words': '各軸に「man」→「woman」のように 2 語ずつ指定してください。',
  'error.no-corpus-words-in-vectors': '{name} には、現在のコーパスの単語が 1 つも含まれていません。',
  'error.no-vectors-kept': '{name} には単語ベクトルがありません。',
  'error.no-map': '先にマップを計算してください。',
  'error.cancelled': 'キャンセルしました。',
  'error.bug': 'アプリの内部で問題が起きました（入力のせいではなく、アプリの不具合です）：{detail}',
};
