/**
 * word2vec on the command line, with the C tool's flags and defaults:
 *
 *   npm run w2v -- -train corpus.txt -output vectors.bin -size 100 -window 5 -sample 1e-3 -hs 0 \
 *     -negative 5 -threads 2 -iter 5 -min-count 5 -alpha 0.025 -cbow 1 -binary 1 -seed 1
 *
 * The same core as the browser (src/core/w2v): the text is tokenized by SpaceTokenizer
 * (lowercase, letters/digits/apostrophes, a line is a sentence), so the vocabulary differs from
 * the C tool's whitespace split. `-threads N` trains on N worker threads over one
 * SharedArrayBuffer. Output: the C tool's text (`-binary 0`) or binary (`-binary 1`) format.
 */
import { writeFileSync, writeSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { isUserError, UserError } from '../src/core/errors.ts';
import { word2vecBinaryChunks, word2vecTextChunks } from '../src/core/vectors/write.ts';
import { W2VModel } from '../src/core/w2v/model.ts';
import { resolveOptions, type W2VConfig, type W2VOptions } from '../src/core/w2v/options.ts';
import type { EngineChoice } from '../src/core/w2v/trainer.ts';
import { type CorpusData, makeVocab } from '../src/core/w2v/vocab.ts';
import type { ReadReport } from './w2v-read.ts';
import { trainInThreads } from './w2v-threads.ts';
import { workerSource } from './worker-source.ts';

const USAGE = `WORD VECTOR estimation toolkit (TypeScript + WebAssembly port of word2vec)

Options:
Parameters for training:
	-train <file>
		Use text data from <file> to train the model
	-output <file>
		Use <file> to save the resulting word vectors
	-size <int>
		Set size of word vectors; default is 100
	-window <int>
		Set max skip length between words; default is 5
	-sample <float>
		Set threshold for occurrence of words. Those that appear with higher frequency in the training data
		will be randomly down-sampled; default is 1e-3, useful range is (0, 1e-5)
	-hs <int>
		Use Hierarchical Softmax; default is 0 (not used)
	-negative <int>
		Number of negative examples; default is 5, common values are 3 - 10 (0 = not used)
	-threads <int>
		Use <int> threads (default: the number of cores, here ${availableParallelism()})
	-iter <int>
		Run more training iterations (default 5)
	-min-count <int>
		This will discard words that appear less than <int> times; default is 5
	-alpha <float>
		Set the starting learning rate; default is 0.025 for skip-gram and 0.05 for CBOW
	-debug <int>
		Set the debug mode (default = 2 = more info during training)
	-binary <int>
		Save the resulting vectors in binary moded; default is 0 (off)
	-save-vocab <file>
		The vocabulary will be saved to <file>
	-cbow <int>
		Use the continuous bag of words model; default is 1 (use 0 for skip-gram model)
	-seed <int>
		Seed of every random choice; default is 1 (the C tool's fixed streams)
	-max-vocab <int>
		Keep at most <int> words, most frequent first; default 0 (no limit)
	-table-size <int>
		Slots of the negative-sampling table; default 1e8, as the C tool (stored compactly)
	-engine <wasm|ts|auto>
		WebAssembly SIMD kernel or the TypeScript reference; default auto
	-loss <int>
		Compute the training loss (mean -log-likelihood per pair); default 1

Examples:
npm run w2v -- -train data.txt -output vec.bin -size 200 -window 5 -sample 1e-4 -negative 5 -hs 0 -binary 1 -cbow 1 -iter 3
`;

interface CliArgs {
  train: string;
  output: string;
  saveVocab?: string;
  binary: boolean;
  threads: number;
  debug: number;
  engine: EngineChoice;
  options: Partial<W2VOptions>;
}

const NUMERIC: Record<string, keyof W2VOptions> = {
  '-size': 'size',
  '-window': 'window',
  '-sample': 'sample',
  '-hs': 'hs',
  '-negative': 'negative',
  '-iter': 'iter',
  '-min-count': 'minCount',
  '-alpha': 'alpha',
  '-cbow': 'cbow',
  '-seed': 'seed',
  '-max-vocab': 'maxVocab',
  '-table-size': 'tableSize',
};

function parseNumber(flag: string, value: string | undefined): number {
  const n = value === undefined || value.trim() === '' ? Number.NaN : Number(value);
  if (!Number.isFinite(n))
    throw new UserError('invalid-argument', `The option ${flag} needs a number (got ${value ?? 'nothing'}).`);
  return n;
}

export function parseArgs(argv: string[]): CliArgs {
  const options: Partial<W2VOptions> = {};
  const out: Partial<CliArgs> = { binary: false, threads: availableParallelism(), debug: 2, engine: 'auto' };
  for (let i = 0; i < argv.length; i += 2) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag in NUMERIC) {
      (options as Record<string, number>)[NUMERIC[flag]] = parseNumber(flag, value);
      continue;
    }
    switch (flag) {
      case '-train':
      case '-output':
      case '-save-vocab':
        if (value === undefined)
          throw new UserError('invalid-argument', `The option ${flag} needs a file name.`);
        if (flag === '-train') out.train = value;
        else if (flag === '-output') out.output = value;
        else out.saveVocab = value;
        break;
      case '-binary':
        out.binary = parseNumber(flag, value) !== 0;
        break;
      case '-threads':
        out.threads = parseNumber(flag, value);
        break;
      case '-debug':
        out.debug = parseNumber(flag, value);
        break;
      case '-loss':
        options.loss = parseNumber(flag, value) !== 0;
        break;
      case '-engine':
        if (value !== 'wasm' && value !== 'ts' && value !== 'auto') {
          throw new UserError(
            'invalid-argument',
            `The option -engine takes wasm, ts or auto (got ${value}).`,
          );
        }
        out.engine = value;
        break;
      case '-read-vocab':
      case '-classes':
        throw new UserError('unsupported-option', `The option ${flag} of the C tool is not supported here.`);
      default:
        throw new UserError(
          'invalid-argument',
          `Unknown option ${flag}; run without arguments to see the options.`,
        );
    }
  }
  if (!out.train) throw new UserError('invalid-argument', 'Give the training text with -train <file>.');
  if (!out.output) throw new UserError('invalid-argument', 'Give the output file with -output <file>.');
  const threads = out.threads ?? 1;
  if (!Number.isInteger(threads) || threads < 1 || threads > 256) {
    throw new UserError(
      'invalid-threads',
      `The number of threads (-threads) must be a whole number from 1 to 256 (got ${threads}).`,
    );
  }
  return { ...(out as CliArgs), threads, options };
}

/**
 * `readCorpus` on a worker thread with a 2 MB young generation. Tokenizing makes millions of
 * short-lived strings; on this thread V8 would grow its young generation to 48 MB and keep it,
 * which alone breaks issue 3's 150 MB budget for the whole run. The thread exits when done.
 */
export async function readCorpusInWorker(
  path: string,
  minCount: number,
  maxVocab: number,
): Promise<CorpusData> {
  const script = await workerSource(new URL('./w2v-read-worker.ts', import.meta.url));
  const worker = new Worker(script.source, {
    eval: script.eval,
    workerData: { path, minCount, maxVocab },
    resourceLimits: { maxYoungGenerationSizeMb: 2 },
  });
  try {
    const report = await new Promise<ReadReport>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    if (!report.ok)
      throw report.code ? new UserError(report.code, report.message) : new Error(report.message);
    return { vocab: makeVocab(report.words, report.counts), corpus: report.corpus };
  } finally {
    void worker.terminate();
  }
}

function progressLine(
  alpha: number,
  done: number,
  total: number,
  wordsPerThreadSec: number,
  loss: number,
): string {
  const lossText = Number.isNaN(loss) ? '' : `  Loss: ${loss.toFixed(4)}`;
  return (
    `\rAlpha: ${alpha.toFixed(6)}  Progress: ${((done / (total + 1)) * 100).toFixed(2)}%  ` +
    `Words/thread/sec: ${(wordsPerThreadSec / 1000).toFixed(2)}k${lossText}  `
  );
}

/** The whole command: parse, read, train, write. Throws UserError for anything the user can fix. */
export async function main(argv: string[]): Promise<void> {
  if (argv.length === 0) {
    process.stdout.write(USAGE);
    return;
  }
  const args = parseArgs(argv);
  // Validate every hyperparameter before reading the corpus.
  const config: W2VConfig = resolveOptions(args.options);
  if (args.debug > 0) console.log(`Starting training using file ${args.train}`);
  const data = await readCorpusInWorker(args.train, config.minCount, config.maxVocab);
  if (args.debug > 0) {
    console.log(`Vocab size: ${data.vocab.words.length}`);
    console.log(`Words in train file: ${data.vocab.trainWords}`);
  }
  if (args.saveVocab) {
    const lines = data.vocab.words.map((w, i) => `${w} ${data.vocab.counts[i]}\n`);
    writeFileSync(args.saveVocab, lines.join(''));
  }
  const threads = Math.max(1, Math.min(args.threads, data.corpus.length));
  const model = W2VModel.create(data, config, { shared: threads > 1, workers: threads });
  const start = performance.now();
  // Training time only: from the moment the threads start together (thread start-up, which
  // includes bundling the worker, is reported separately).
  const result = await trainInThreads(model, threads, {
    engine: args.engine,
    onProgress: (p) => {
      if (args.debug <= 1) return;
      const rate = p.wordsDone / (Math.max(p.elapsedMs, 1) / 1000) / threads;
      const loss = p.pairs > 0 && config.loss ? p.lossSum / p.pairs : Number.NaN;
      process.stdout.write(progressLine(p.alpha, p.wordsDone, p.totalWords, rate, loss));
    },
  });
  const epochs = result.epochs;
  const trainMs = result.elapsedMs;
  const seconds = trainMs / 1000;
  const startup = (performance.now() - start - trainMs) / 1000;
  if (args.debug > 0) {
    process.stdout.write('\n');
    for (const e of epochs) {
      const loss = Number.isNaN(e.loss) ? 'off' : e.loss.toFixed(4);
      console.log(`Epoch ${e.epoch}/${config.iter}: loss ${loss} per pair over ${e.pairs} pairs`);
    }
    const rate = model.totalWords / seconds;
    console.log(
      `Trained ${model.totalWords} words in ${seconds.toFixed(2)} s: ${(rate / 1000).toFixed(1)}k words/s, ` +
        `${(rate / threads / 1000).toFixed(1)}k words/s per thread (${threads} thread${threads > 1 ? 's' : ''}` +
        `${threads > 1 ? `, plus ${startup.toFixed(2)} s starting them` : ''})`,
    );
  }
  const set = { words: data.vocab.words as string[], dim: config.size, data: model.syn0 };
  const fh = await open(args.output, 'w');
  try {
    for (const chunk of args.binary ? word2vecBinaryChunks(set) : word2vecTextChunks(set))
      writeSync(fh.fd, chunk);
  } finally {
    await fh.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    if (isUserError(e)) {
      process.stderr.write(`\n${e.message}\n`);
      process.exit(1);
    }
    throw e;
  });
}
