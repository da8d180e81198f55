/**
 * English lemmatizer, loaded only when a user turns lemmatizing on: `clean.ts` reaches this module
 * through a dynamic `import()`, so Vite puts it and its ~3 MB of WordNet-derived tables
 * (wink-lexicon, MIT) in a separate chunk that the page never downloads otherwise.
 *
 * There is no part-of-speech tagger here, so each word tries, in order:
 * 1. the irregular forms of verbs, nouns and adjectives ("was" → "be", "children" → "child",
 *    "better" → "good");
 * 2. for words of four letters or more, the noun rules and then the verb rules of WordNet's Morphy
 *    as wink-lemmatizer implements them, which accept a candidate only when WordNet knows it as a
 *    noun or verb ("things" → "thing", "running" → "run"), then the adjective rules.
 * The length guard keeps short function words from becoming abbreviations WordNet happens to list
 * ("gas" → "ga", "his" → "hi").
 */
import lemmatizer from 'wink-lemmatizer';
import adjectiveExceptions from 'wink-lexicon/src/wn-adjective-exceptions.js';
import nounExceptions from 'wink-lexicon/src/wn-noun-exceptions.js';
import verbExceptions from 'wink-lexicon/src/wn-verb-exceptions.js';

const own = Object.prototype.hasOwnProperty;

function exception(table: Record<string, string>, word: string): string | undefined {
  return own.call(table, word) ? table[word] : undefined;
}

/** The lemma of one lowercase word (the word itself when no rule applies). */
export function lemmatizeWord(word: string): string {
  const irregular =
    exception(verbExceptions, word) ??
    exception(nounExceptions, word) ??
    exception(adjectiveExceptions, word);
  if (irregular !== undefined) return irregular;
  if (word.length < 4) return word;
  const noun = lemmatizer.noun(word);
  if (noun !== word) return noun;
  const verb = lemmatizer.verb(word);
  if (verb !== word) return verb;
  return lemmatizer.adjective(word);
}

/** A lemmatizer that remembers each word it has seen: a corpus repeats its words. */
export function createLemmatizer(): (word: string) => string {
  const cache = new Map<string, string>();
  return (word) => {
    let lemma = cache.get(word);
    if (lemma === undefined) {
      lemma = lemmatizeWord(word);
      cache.set(word, lemma);
    }
    return lemma;
  };
}
