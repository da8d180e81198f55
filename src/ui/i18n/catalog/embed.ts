/**
 * Classify → Sentence embeddings: the section's strings, and the sentences of the encoder's
 * errors (`error.<code>`) and notes (`note.<code>`), whose English mirrors src/encoder,
 * src/core/embed and workers/encoder.worker.ts.
 */
export const en = {
  'embed.title': 'Sentence embeddings (pretrained transformer)',
  'embed.intro':
    'A pretrained BERT-type encoder turns each prepared text into one vector; the classifiers on vectors below train on them, on the same split as the LSTM. The model runs in a worker on this computer, on WebGPU or WebAssembly.',
  'embed.models.summary': 'Which model? (sizes, where to get one)',
  'embed.models.minilm':
    '{id} — English sentence encoder, 6 layers, 384 dimensions; {fp32} about 90 MB, {q8} about 23 MB. A good first choice.',
  'embed.models.bert':
    '{id} — the original English BERT, 12 layers, 768 dimensions; about 440 MB, quantized about 110 MB.',
  'embed.models.multilingual':
    '{id} — about 100 languages including Japanese, 12 layers, 384 dimensions; about 470 MB, quantized about 120 MB. (Tohoku’s Japanese BERTs need MeCab and ship no {file}, so they cannot be loaded here.)',
  'embed.models.export':
    'Download a model folder from {host} (the files {files}) and drop the folder here. Published exports give the last layer only; the README shows how to export one that exposes every layer.',
  'embed.drop': 'Drop a model folder here',
  'embed.dropHelp':
    'Drop the folder of an ONNX encoder ({files}). It is read on this computer; nothing is uploaded.',
  'embed.chooseFolder': 'Choose a model folder',
  'embed.picked': '{name}: {files} files.',
  'embed.variant': 'Weights',
  'embed.dtype.fp32': 'full precision (fp32)',
  'embed.dtype.fp16': 'half precision (fp16)',
  'embed.dtype.q8': '8-bit quantized',
  'embed.dtype.int8': '8-bit quantized (int8)',
  'embed.dtype.uint8': '8-bit quantized (uint8)',
  'embed.dtype.q4': '4-bit quantized',
  'embed.dtype.q4f16': '4-bit quantized, fp16',
  'embed.dtype.bnb4': '4-bit quantized (bnb4)',
  'embed.device': 'Run on',
  'embed.device.auto': 'WebGPU, else WebAssembly',
  'embed.device.webgpu': 'WebGPU only',
  'embed.device.wasm': 'WebAssembly (CPU)',
  'embed.load': 'Load model',
  'embed.loading': 'Loading the model…',
  'embed.loadingFile': 'Loading {file}: {percent}%',
  'embed.cancel': 'Cancel',
  'embed.crashed': 'The encoder worker stopped ({why}); load the model again.',
  'embed.loadCancelled': 'Loading was cancelled; no model is loaded.',
  'embed.hub.summary': 'Or fetch a model from the Hugging Face hub (off)',
  'embed.hub.switch': 'Allow this page to contact {host} for one model',
  'embed.hub.help':
    'Off, the page contacts no site but its own. On, “List files” asks {host} for the repository’s file list; nothing is downloaded until you press the download button, which fetches exactly the files listed (from {host} and its file servers) and keeps them in the browser’s cache.',
  'embed.hub.id': 'Model id',
  'embed.hub.list': 'List files',
  'embed.hub.plan': 'Loading {id} downloads these files, {total} in all:',
  'embed.hub.download': 'Download {total} and load',
  'embed.info.model': 'Model',
  'embed.info.architecture': 'Architecture',
  'embed.info.sizes': 'Size',
  'embed.info.sizesValue':
    '{layers} layers, {hidden} dimensions, {heads} attention heads, vocabulary {vocab}, up to {tokens} tokens per text',
  'embed.info.file': 'File',
  'embed.info.tokenizer': 'Tokenizer',
  'embed.info.tokenizerValue': '{kind}, {size} tokens',
  'embed.info.device': 'Runs on',
  'embed.device.used.webgpu': 'WebGPU',
  'embed.device.used.wasm': 'WebAssembly (CPU)',
  'embed.device.used.cpu': 'CPU (onnxruntime-node)',
  'embed.info.loadTime': '(loaded in {seconds} s)',
  'embed.info.lastOnly':
    'This export gives the last layer only (outputs: {outputs}), so the vectors come from the last layer. To pick a layer — the second-to-last is the usual default — export the model with every hidden state as an output ({names}); the README’s {section} section shows how.',
  'embed.info.allLayers': 'The graph exposes all {count} hidden states: any layer can be pooled.',
  'embed.settings': 'Embedding settings',
  'embed.layer': 'Layer',
  'embed.layer.embeddings': '0 · embedding layer',
  'embed.layer.n': '{layer}',
  'embed.layer.secondToLast': '{layer} · second-to-last (default)',
  'embed.layer.last': '{layer} · last',
  'embed.layer.help':
    'Whose hidden states are pooled. {tool} uses the second-to-last: the last is shaped most by BERT’s pre-training tasks.',
  'embed.pooling': 'Pooling',
  'embed.pooling.mean': 'Mean of the tokens (attention mask)',
  'embed.pooling.cls': 'First token ([CLS])',
  'embed.pooling.max': 'Maximum per dimension',
  'embed.batch': 'Batch size',
  'embed.batch.help': 'Texts per run of the model; each batch is padded to its longest text.',
  'embed.maxLength': 'Maximum length (tokens)',
  'embed.maxLength.help': 'Longer texts are cut; this model reads at most {max}.',
  'embed.run': 'Embed the prepared texts',
  'embed.needData': 'Prepare the labelled data above first: its texts are what gets embedded.',
  'embed.progress': '{done} of {total} texts · {rate} texts/s',
  'embed.progressLabel': 'Texts embedded',
  'embed.cancelled': 'Cancelled after {done} of {total} texts; the previous vectors are kept.',
  'embed.result':
    '{texts} texts of {title} → {dim}-dimensional vectors in {seconds} s ({rate} texts/s, {device}).',
  'embed.truncated': '{count} texts reached the {max}-token limit and were cut.',
  'embed.featuresReady': 'The classifiers on vectors can now use {name}.',
  'embed.toMap': 'Show on the map (Explore)',
  'embed.onMap':
    'The sentence vectors are now the current vector set: open Explore and colour the map by label.',
  'embed.export': 'Download Projector TSV (with labels)',

  'error.encoder-missing-file':
    'The model folder “{name}” has no {file}: a model folder needs config.json, tokenizer.json, tokenizer_config.json and onnx/model.onnx (or a quantized variant).',
  'error.encoder-onnx-misnamed':
    'The model folder “{name}” has {found} but no ONNX file with a name transformers.js loads: rename it to onnx/model.onnx (or onnx/model_quantized.onnx if it is quantized).',
  'error.encoder-missing-onnx':
    'The model folder “{name}” has no ONNX model: expected onnx/model.onnx or a quantized variant such as onnx/model_quantized.onnx.',
  'error.encoder-bad-json': '{file} in the model folder “{name}” is not a JSON object.',
  'error.encoder-no-type':
    'The config.json of “{name}” names no model_type, so it cannot be loaded as a text encoder.',
  'error.encoder-not-text-encoder':
    '“{name}” is a {type} model ({architecture}), not a text encoder this page can embed with: use a BERT-type encoder (bert, roberta, distilbert, mpnet, xlm-roberta …).',
  'error.encoder-config-incomplete':
    'The config.json of “{name}” lacks num_hidden_layers, hidden_size or vocab_size.',
  'error.encoder-tokenizer-empty': 'The tokenizer.json of “{name}” has no vocabulary.',
  'error.encoder-tokenizer-mismatch':
    'The tokenizer of “{name}” does not belong to its model: it has {tokens} tokens (ids up to {maxId}) but config.json says the model knows {vocab}.',
  'error.encoder-too-large':
    '“{name}” is {size} MB; loading it takes about {need} MB of memory, more than this page can count on here ({budget} MB). Choose a quantized variant (model_quantized.onnx is about a quarter of the size) or a smaller model.',
  'error.encoder-tokenizer-unreadable': 'The tokenizer of “{name}” could not be read: {detail}',
  'error.encoder-out-of-memory':
    'The browser ran out of memory loading “{name}”: choose a quantized variant or a smaller model.',
  'error.encoder-load-failed': 'ONNX Runtime could not load “{name}” ({file}): {detail}',
  'error.encoder-no-webgpu': 'WebGPU cannot be used here ({why}): choose WebAssembly.',
  'error.encoder-token-out-of-range':
    'The tokenizer of “{name}” produced a token id its model does not have: the tokenizer belongs to another model.',
  'error.encoder-not-loaded': 'Load a model first.',
  'error.encoder-busy': 'The encoder is busy: wait for it or cancel first.',
  'error.embed-out-of-memory':
    'The browser ran out of memory running “{name}”: lower the batch size or the maximum length.',
  'error.embed-layer-unavailable': 'Layer {layer} is not available in “{name}”.',
  'error.embed-nothing-yet': 'Embed the labelled texts first.',
  'error.embed-no-data':
    'Prepare the labelled data first (Labelled data → Prepare data), then embed its texts.',
  'error.hub-bad-id': '“{id}” is not a model id: write it as owner/name, e.g. Xenova/all-MiniLM-L6-v2.',
  'error.hub-unreachable': 'The Hugging Face hub could not be reached ({detail}).',
  'error.hub-model-not-found': 'The hub has no public model “{id}”.',
  'error.hub-error': 'The hub answered HTTP {status} for “{id}”.',
  'error.hub-file-failed': 'The hub did not give {path} of {id} (HTTP {status}).',
  'note.encoder-webgpu-failed': 'WebGPU could not run this model ({detail}), so it runs on WebAssembly.',
  'note.encoder-wasm-fallback': 'WebGPU is not available ({why}), so the model runs on WebAssembly.',
  'note.encoder-webgpu-software':
    'WebGPU here is a software emulation (SwiftShader), much slower than WebAssembly, so the model runs on WebAssembly; choose “WebGPU only” to use it anyway.',
} as const;

export const ja: Record<keyof typeof en, string> = {
  'embed.title': '文の埋め込み（事前学習済みトランスフォーマー）',
  'embed.intro':
    '事前学習済みの BERT 系エンコーダーで、準備した各テキストを 1 本のベクトルにします。下のベクトル用分類器はこれを使い、LSTM と同じ分割で学習します。モデルはこのコンピューター上のワーカーで、WebGPU か WebAssembly で動きます。',
  'embed.models.summary': 'どのモデルを使う？（サイズと入手先）',
  'embed.models.minilm':
    '{id} — 英語の文エンコーダー。6 層、384 次元。{fp32} は約 90 MB、{q8} は約 23 MB。最初に試すならこれ。',
  'embed.models.bert': '{id} — 元祖の英語 BERT。12 層、768 次元。約 440 MB、量子化版は約 110 MB。',
  'embed.models.multilingual':
    '{id} — 日本語を含む約 100 言語に対応。12 層、384 次元。約 470 MB、量子化版は約 120 MB。（東北大学の日本語 BERT は MeCab が必要で {file} も付属しないため、ここでは読み込めません。）',
  'embed.models.export':
    '{host} からモデルのフォルダー（{files}）をダウンロードし、ここにドロップしてください。公開されている書き出しは最終層しか出力しません。全層を出力する書き出し方は README にあります。',
  'embed.drop': 'モデルのフォルダーをここにドロップ',
  'embed.dropHelp':
    'ONNX エンコーダーのフォルダー（{files}）をドロップしてください。読み込みはこのコンピューター上で行い、何もアップロードしません。',
  'embed.chooseFolder': 'モデルのフォルダーを選ぶ',
  'embed.picked': '{name}：{files} 個のファイル。',
  'embed.variant': '重み',
  'embed.dtype.fp32': '単精度（fp32）',
  'embed.dtype.fp16': '半精度（fp16）',
  'embed.dtype.q8': '8 ビット量子化',
  'embed.dtype.int8': '8 ビット量子化（int8）',
  'embed.dtype.uint8': '8 ビット量子化（uint8）',
  'embed.dtype.q4': '4 ビット量子化',
  'embed.dtype.q4f16': '4 ビット量子化・fp16',
  'embed.dtype.bnb4': '4 ビット量子化（bnb4）',
  'embed.device': '実行先',
  'embed.device.auto': 'WebGPU（使えなければ WebAssembly）',
  'embed.device.webgpu': 'WebGPU のみ',
  'embed.device.wasm': 'WebAssembly（CPU）',
  'embed.load': 'モデルを読み込む',
  'embed.loading': 'モデルを読み込んでいます…',
  'embed.loadingFile': '{file} を読み込み中：{percent}%',
  'embed.cancel': '中止',
  'embed.crashed': 'エンコーダーのワーカーが停止しました（{why}）。モデルを読み込み直してください。',
  'embed.loadCancelled': '読み込みを中止しました。モデルは読み込まれていません。',
  'embed.hub.summary': 'または Hugging Face Hub からモデルを取得（オフ）',
  'embed.hub.switch': 'このページが 1 つのモデルのために {host} に接続することを許可する',
  'embed.hub.help':
    'オフのとき、このページは自分自身以外のサイトに接続しません。オンにして「ファイル一覧を取得」を押すと、{host} にリポジトリーのファイル一覧を問い合わせます。ダウンロードボタンを押すまで何もダウンロードせず、押すと一覧にあるファイルだけを（{host} とそのファイルサーバーから）取得して、ブラウザーのキャッシュに保存します。',
  'embed.hub.id': 'モデル ID',
  'embed.hub.list': 'ファイル一覧を取得',
  'embed.hub.plan': '{id} を読み込むと、次のファイル（合計 {total}）をダウンロードします：',
  'embed.hub.download': '{total} をダウンロードして読み込む',
  'embed.info.model': 'モデル',
  'embed.info.architecture': 'アーキテクチャー',
  'embed.info.sizes': '規模',
  'embed.info.sizesValue':
    '{layers} 層、{hidden} 次元、アテンションヘッド {heads} 個、語彙 {vocab}、1 テキストあたり最大 {tokens} トークン',
  'embed.info.file': 'ファイル',
  'embed.info.tokenizer': 'トークナイザー',
  'embed.info.tokenizerValue': '{kind}、{size} トークン',
  'embed.info.device': '実行先',
  'embed.device.used.webgpu': 'WebGPU',
  'embed.device.used.wasm': 'WebAssembly（CPU）',
  'embed.device.used.cpu': 'CPU（onnxruntime-node）',
  'embed.info.loadTime': '（読み込み {seconds} 秒）',
  'embed.info.lastOnly':
    'この書き出しは最終層しか出力しない（出力：{outputs}）ため、ベクトルは最終層から作ります。層を選ぶには（通常の既定は最後から 2 番目の層）、すべての隠れ状態を出力（{names}）に含めてモデルを書き出してください。方法は README の {section} の節にあります。',
  'embed.info.allLayers': 'グラフが {count} 個の隠れ状態をすべて出力するので、どの層でもプーリングできます。',
  'embed.settings': '埋め込みの設定',
  'embed.layer': '層',
  'embed.layer.embeddings': '0 · 埋め込み層',
  'embed.layer.n': '{layer}',
  'embed.layer.secondToLast': '{layer} · 最後から 2 番目（既定）',
  'embed.layer.last': '{layer} · 最終層',
  'embed.layer.help':
    'どの層の隠れ状態をプーリングするか。{tool} は最後から 2 番目を使います。最終層は BERT の事前学習タスクの影響をいちばん強く受けているためです。',
  'embed.pooling': 'プーリング',
  'embed.pooling.mean': 'トークンの平均（アテンションマスク）',
  'embed.pooling.cls': '先頭トークン（[CLS]）',
  'embed.pooling.max': '次元ごとの最大値',
  'embed.batch': 'バッチサイズ',
  'embed.batch.help':
    'モデルを 1 回実行するときのテキスト数。バッチごとに最長のテキストに合わせてパディングします。',
  'embed.maxLength': '最大長（トークン）',
  'embed.maxLength.help': 'これより長いテキストは切り詰めます。このモデルが読めるのは最大 {max} です。',
  'embed.run': '準備したテキストを埋め込む',
  'embed.needData': '先に上でラベル付きデータを準備してください。埋め込むのはそのテキストです。',
  'embed.progress': '{total} 件中 {done} 件 · {rate} 件/秒',
  'embed.progressLabel': '埋め込んだテキスト',
  'embed.cancelled': '{total} 件中 {done} 件で中止しました。前のベクトルはそのまま残っています。',
  'embed.result':
    '{title} の {texts} 件のテキスト → {dim} 次元のベクトル、{seconds} 秒（{rate} 件/秒、{device}）。',
  'embed.truncated': '{count} 件のテキストが {max} トークンの上限に達し、切り詰められました。',
  'embed.featuresReady': 'ベクトル用の分類器で {name} を使えるようになりました。',
  'embed.toMap': 'マップに表示（探索）',
  'embed.onMap':
    '文のベクトルが現在のベクトルセットになりました。「探索」を開き、マップをラベルで色分けしてください。',
  'embed.export': 'Projector 用 TSV をダウンロード（ラベル付き）',

  'error.encoder-missing-file':
    'モデルのフォルダー「{name}」に {file} がありません。モデルのフォルダーには config.json、tokenizer.json、tokenizer_config.json と onnx/model.onnx（または量子化版）が必要です。',
  'error.encoder-onnx-misnamed':
    'モデルのフォルダー「{name}」には {found} がありますが、transformers.js が読み込める名前の ONNX ファイルがありません。onnx/model.onnx（量子化版なら onnx/model_quantized.onnx）に名前を変えてください。',
  'error.encoder-missing-onnx':
    'モデルのフォルダー「{name}」に ONNX モデルがありません。onnx/model.onnx か、onnx/model_quantized.onnx などの量子化版が必要です。',
  'error.encoder-bad-json': 'モデルのフォルダー「{name}」の {file} が JSON オブジェクトではありません。',
  'error.encoder-no-type':
    '「{name}」の config.json に model_type がないため、テキストエンコーダーとして読み込めません。',
  'error.encoder-not-text-encoder':
    '「{name}」は {type} モデル（{architecture}）で、このページで埋め込みに使えるテキストエンコーダーではありません。BERT 系のエンコーダー（bert、roberta、distilbert、mpnet、xlm-roberta など）を使ってください。',
  'error.encoder-config-incomplete':
    '「{name}」の config.json に num_hidden_layers、hidden_size、vocab_size のいずれかがありません。',
  'error.encoder-tokenizer-empty': '「{name}」の tokenizer.json に語彙がありません。',
  'error.encoder-tokenizer-mismatch':
    '「{name}」のトークナイザーはこのモデルのものではありません。トークン数は {tokens}（ID は最大 {maxId}）ですが、config.json ではモデルの語彙は {vocab} です。',
  'error.encoder-too-large':
    '「{name}」は {size} MB あり、読み込みには約 {need} MB のメモリが必要です。この環境でページが確保できる量（{budget} MB）を超えています。量子化版（model_quantized.onnx はおよそ 4 分の 1 の大きさ）か、もっと小さなモデルを選んでください。',
  'error.encoder-tokenizer-unreadable': '「{name}」のトークナイザーを読み込めませんでした：{detail}',
  'error.encoder-out-of-memory':
    '「{name}」の読み込み中にブラウザーのメモリが足りなくなりました。量子化版か、もっと小さなモデルを選んでください。',
  'error.encoder-load-failed': 'ONNX Runtime が「{name}」（{file}）を読み込めませんでした：{detail}',
  'error.encoder-no-webgpu': 'ここでは WebGPU を使えません（{why}）。WebAssembly を選んでください。',
  'error.encoder-token-out-of-range':
    '「{name}」のトークナイザーが、モデルにないトークン ID を出しました。トークナイザーが別のモデルのものです。',
  'error.encoder-not-loaded': '先にモデルを読み込んでください。',
  'error.encoder-busy': 'エンコーダーは処理中です。終わるのを待つか、先に中止してください。',
  'error.embed-out-of-memory':
    '「{name}」の実行中にブラウザーのメモリが足りなくなりました。バッチサイズか最大長を小さくしてください。',
  'error.embed-layer-unavailable': '「{name}」では層 {layer} を使えません。',
  'error.embed-nothing-yet': '先にラベル付きテキストを埋め込んでください。',
  'error.embed-no-data':
    '先にラベル付きデータを準備してから（ラベル付きデータ → データを準備）、そのテキストを埋め込んでください。',
  'error.hub-bad-id':
    '「{id}」はモデル ID ではありません。Xenova/all-MiniLM-L6-v2 のように「所有者/名前」の形で書いてください。',
  'error.hub-unreachable': 'Hugging Face Hub に接続できませんでした（{detail}）。',
  'error.hub-model-not-found': 'Hub に公開モデル「{id}」はありません。',
  'error.hub-error': 'Hub が「{id}」に対して HTTP {status} を返しました。',
  'error.hub-file-failed': 'Hub から {id} の {path} を取得できませんでした（HTTP {status}）。',
  'note.encoder-webgpu-failed':
    'WebGPU ではこのモデルを実行できなかった（{detail}）ため、WebAssembly で実行します。',
  'note.encoder-wasm-fallback': 'WebGPU が使えない（{why}）ため、モデルは WebAssembly で実行します。',
  'note.encoder-webgpu-software':
    'ここの WebGPU はソフトウェアによるエミュレーション（SwiftShader）で WebAssembly よりずっと遅いため、モデルは WebAssembly で実行します。それでも使う場合は「WebGPU のみ」を選んでください。',
};
