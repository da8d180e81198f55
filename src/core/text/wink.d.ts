// Types for the two CommonJS data packages behind the lazy lemmatizer (they ship none).

declare module 'wink-lemmatizer' {
  /** WordNet-Morphy-style lemmatizer: each returns the base form, or the word itself when none is found. */
  const lemmatize: {
    noun(word: string): string;
    verb(word: string): string;
    adjective(word: string): string;
  };
  export default lemmatize;
}

declare module 'wink-lexicon/src/wn-words.js' {
  /** Every WordNet base form (lemma), lowercase, mapped to its row in wn-word-senses. */
  const words: Record<string, number>;
  export default words;
}

declare module 'wink-lexicon/src/wn-verb-exceptions.js' {
  /** Irregular inflection → base form ("went" → "go"). */
  const exceptions: Record<string, string>;
  export default exceptions;
}

declare module 'wink-lexicon/src/wn-noun-exceptions.js' {
  const exceptions: Record<string, string>;
  export default exceptions;
}

declare module 'wink-lexicon/src/wn-adjective-exceptions.js' {
  const exceptions: Record<string, string>;
  export default exceptions;
}
