/**
 * Preparing texts for an encoder: cut before tokenizing, and an order that batches texts of
 * similar length together.
 */

/** Characters kept per token of the length limit; no tokenizer averages longer tokens. */
export const CHARS_PER_TOKEN = 32;

/**
 * The start of `text` that can still fill `maxTokens` tokens. A spam e-mail may be 100 kB while
 * the model reads 128 tokens: tokenizing all of it would only be thrown away by truncation.
 */
export function clipForTokens(text: string, maxTokens: number): string {
  const limit = maxTokens * CHARS_PER_TOKEN;
  return text.length <= limit ? text : text.slice(0, limit);
}

/** Indices of `texts` by ascending length, ties in input order (stable). */
export function lengthOrder(texts: readonly string[]): Int32Array {
  const order = Int32Array.from(texts.keys());
  order.sort((a, b) => texts[a].length - texts[b].length || a - b);
  return order;
}

/** Characters of a text kept in its label on the map and in exports. */
export const LABEL_CHARS = 60;

/**
 * One short, unique, single-line name per text for maps and Projector files: its number and its
 * first words ("12. Subject: free money for you…").
 */
export function sentenceLabels(texts: readonly string[]): string[] {
  return texts.map((t, i) => {
    const line = t.replace(/\s+/g, ' ').trim();
    return `${i + 1}. ${line.length > LABEL_CHARS ? `${line.slice(0, LABEL_CHARS)}…` : line}`;
  });
}
