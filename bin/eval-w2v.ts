/**
 * `npm run eval:w2v -- vectors.bin [options]`: intrinsic quality of a word-vector file.
 *
 * - Analogies (questions-words.txt): 3CosAdd top-1 among the 300,000 most frequent words,
 *   case-insensitive, as gensim's evaluate_word_analogies. Printed per section and in total, both
 *   as accuracy over the answerable questions (gensim's figure) and over all questions (the
 *   figure issue 3 quotes for the C tool), with coverage.
 * - Word similarity (WordSim-353, SimLex-999): Spearman ρ (and Pearson r) of cosine similarity
 *   against the human scores, with coverage.
 *
 * The maths is src/core/vectors/evaluate.ts; this file only reads files and prints.
 * Files default to ../shared/eval/ next to the project; a missing file is reported and skipped.
 *
 * Options: --questions FILE  --wordsim FILE  --simlex FILE  --restrict N (default 300000)
 *          --sections (print every analogy section)
 */
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isUserError, UserError } from '../src/core/errors.ts';
import { evaluateWordAnalogies, evaluateWordPairs } from '../src/core/vectors/evaluate.ts';
import { VectorSpace } from '../src/core/vectors/query.ts';
import { readVectors } from '../src/core/vectors/read.ts';

const EVAL_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'eval');

interface EvalArgs {
  vectors: string;
  questions: string;
  wordsim: string;
  simlex: string;
  restrict: number;
  sections: boolean;
}

export function parseEvalArgs(argv: string[]): EvalArgs {
  const args: Partial<EvalArgs> = {
    questions: join(EVAL_DIR, 'questions-words.txt'),
    wordsim: join(EVAL_DIR, 'wordsim353.tsv'),
    simlex: join(EVAL_DIR, 'simlex999.txt'),
    restrict: 300_000,
    sections: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new UserError('invalid-argument', `The option ${a} needs a value.`);
      return v;
    };
    if (a === '--questions') args.questions = value();
    else if (a === '--wordsim') args.wordsim = value();
    else if (a === '--simlex') args.simlex = value();
    else if (a === '--restrict') args.restrict = Number(value());
    else if (a === '--sections') args.sections = true;
    else if (a.startsWith('-')) throw new UserError('invalid-argument', `Unknown option ${a}.`);
    else if (args.vectors === undefined) args.vectors = a;
    else throw new UserError('invalid-argument', `Give one vector file (got ${args.vectors} and ${a}).`);
  }
  if (!args.vectors)
    throw new UserError(
      'invalid-argument',
      'Give the vector file to evaluate: npm run eval:w2v -- vectors.bin',
    );
  if (!Number.isInteger(args.restrict) || (args.restrict ?? 0) < 1) {
    throw new UserError('invalid-argument', '--restrict needs a whole number of words above 0.');
  }
  return args as EvalArgs;
}

const pct = (x: number): string => `${(100 * x).toFixed(2)}%`;

export async function main(argv: string[]): Promise<void> {
  const args = parseEvalArgs(argv);
  if (!existsSync(args.vectors))
    throw new UserError('file-not-found', `Cannot find the vector file ${args.vectors}.`);
  const read = await readVectors(createReadStream(args.vectors));
  const set = read.vectors;
  console.log(`${args.vectors}: ${set.words.length} words × ${set.dim} (${read.format})`);
  const space = new VectorSpace(set);
  const opts = { restrictVocab: args.restrict, caseInsensitive: true };

  if (existsSync(args.questions)) {
    const r = evaluateWordAnalogies(space, readFileSync(args.questions, 'utf8'), opts);
    if (args.sections) {
      for (const s of r.sections) {
        const n = s.correct + s.incorrect;
        console.log(
          `  ${s.section.padEnd(28)} ${n > 0 ? pct(s.accuracy).padStart(7) : '    -  '}  (${s.correct}/${n})`,
        );
      }
    }
    const asked = r.total.correct + r.total.incorrect;
    console.log(
      `analogies: ${pct(r.total.accuracy)} of the ${asked} answerable questions, ` +
        `${pct(r.questions > 0 ? r.total.correct / r.questions : 0)} of all ${r.questions} ` +
        `(coverage ${pct(r.coverage)})`,
    );
  } else console.log(`analogies: skipped, no file at ${args.questions}`);

  for (const [name, path] of [
    ['WordSim-353', args.wordsim],
    ['SimLex-999', args.simlex],
  ] as const) {
    if (!existsSync(path)) {
      console.log(`${name}: skipped, no file at ${path}`);
      continue;
    }
    try {
      const r = evaluateWordPairs(space, readFileSync(path, 'utf8'), opts);
      console.log(
        `${name}: Spearman ρ ${r.spearman.toFixed(4)}, Pearson r ${r.pearson.toFixed(4)} ` +
          `over ${r.used} of ${r.pairs} pairs (coverage ${pct(r.coverage)})`,
      );
    } catch (e) {
      if (!isUserError(e)) throw e;
      console.log(`${name}: ${e.message}`);
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    if (isUserError(e)) {
      process.stderr.write(`${e.message}\n`);
      process.exit(1);
    }
    throw e;
  });
}
