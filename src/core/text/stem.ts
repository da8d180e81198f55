/**
 * The Porter stemmer, written from M. F. Porter, "An algorithm for suffix stripping", Program 14(3),
 * 1980, pp. 130–137: five steps of suffix rules, each guarded by the "measure" m of the stem left
 * behind, where a word is [C](VC)^m[V] in runs of consonants C and vowels V.
 *
 * This is the algorithm as the paper prints it. The later reference implementations depart from it
 * in a few places (step 2: "bli" → "ble" instead of "abli" → "able", and an extra "logi" → "log");
 * those departures are not made here, so "conformabli" → "conform" as in the paper.
 *
 * Input is one lowercase word of ASCII letters; any other character counts as a consonant, which
 * leaves non-English words nearly untouched. Words of one or two letters are returned as they are.
 */

/** True when letter `i` of `w` is a consonant in Porter's sense: not a e i o u, and `y` only after a vowel. */
function isConsonant(w: string, i: number): boolean {
  switch (w.charCodeAt(i)) {
    case 97: // a
    case 101: // e
    case 105: // i
    case 111: // o
    case 117: // u
      return false;
    case 121: // y: a consonant at the start or after a vowel, a vowel after a consonant
      return i === 0 ? true : !isConsonant(w, i - 1);
    default:
      return true;
  }
}

/** m of the first `len` letters of `w`: the number of VC sequences. */
function measure(w: string, len: number): number {
  let m = 0;
  let i = 0;
  while (i < len && isConsonant(w, i)) i++;
  while (i < len) {
    while (i < len && !isConsonant(w, i)) i++;
    if (i >= len) break;
    while (i < len && isConsonant(w, i)) i++;
    m++;
  }
  return m;
}

/** *v*: the first `len` letters contain a vowel. */
function hasVowel(w: string, len: number): boolean {
  for (let i = 0; i < len; i++) if (!isConsonant(w, i)) return true;
  return false;
}

/** *d: the first `len` letters end with a double consonant. */
function endsDoubleConsonant(w: string, len: number): boolean {
  return len >= 2 && w.charCodeAt(len - 1) === w.charCodeAt(len - 2) && isConsonant(w, len - 1);
}

/** *o: the first `len` letters end consonant–vowel–consonant, the last not w, x or y. */
function endsCvc(w: string, len: number): boolean {
  if (len < 3 || !isConsonant(w, len - 1) || isConsonant(w, len - 2) || !isConsonant(w, len - 3))
    return false;
  const c = w.charCodeAt(len - 1);
  return c !== 119 && c !== 120 && c !== 121;
}

type Rule = readonly [suffix: string, replacement: string];

// Step 2 and 3 rules, (m > 0). Only the first listed suffix the word ends with is tried: the paper
// says the longest match decides, and no two suffixes here are tails of each other except where the
// longer one is listed first.
const STEP2: readonly Rule[] = [
  ['ational', 'ate'],
  ['tional', 'tion'],
  ['enci', 'ence'],
  ['anci', 'ance'],
  ['izer', 'ize'],
  ['abli', 'able'],
  ['alli', 'al'],
  ['entli', 'ent'],
  ['eli', 'e'],
  ['ousli', 'ous'],
  ['ization', 'ize'],
  ['ation', 'ate'],
  ['ator', 'ate'],
  ['alism', 'al'],
  ['iveness', 'ive'],
  ['fulness', 'ful'],
  ['ousness', 'ous'],
  ['aliti', 'al'],
  ['iviti', 'ive'],
  ['biliti', 'ble'],
];

const STEP3: readonly Rule[] = [
  ['icate', 'ic'],
  ['ative', ''],
  ['alize', 'al'],
  ['iciti', 'ic'],
  ['ical', 'ic'],
  ['ful', ''],
  ['ness', ''],
];

// Step 4, (m > 1), longest first where one suffix ends another (ement, ment, ent).
const STEP4: readonly string[] = [
  'al',
  'ance',
  'ence',
  'er',
  'ic',
  'able',
  'ible',
  'ant',
  'ement',
  'ment',
  'ent',
  'ion',
  'ou',
  'ism',
  'ate',
  'iti',
  'ous',
  'ive',
  'ize',
];

function longestSuffix(w: string, suffixes: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const s of suffixes) if (w.endsWith(s) && (best === undefined || s.length > best.length)) best = s;
  return best;
}

function applyRules(w: string, rules: readonly Rule[]): string {
  let best: Rule | undefined;
  for (const r of rules)
    if (w.endsWith(r[0]) && (best === undefined || r[0].length > best[0].length)) best = r;
  if (best === undefined) return w;
  const stemLen = w.length - best[0].length;
  return measure(w, stemLen) > 0 ? w.slice(0, stemLen) + best[1] : w;
}

function step1a(w: string): string {
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (w.endsWith('ies')) return w.slice(0, -2);
  if (w.endsWith('ss')) return w;
  if (w.endsWith('s')) return w.slice(0, -1);
  return w;
}

function step1b(w: string): string {
  if (w.endsWith('eed')) return measure(w, w.length - 3) > 0 ? w.slice(0, -1) : w;
  let stem: string;
  if (w.endsWith('ed') && hasVowel(w, w.length - 2)) stem = w.slice(0, -2);
  else if (w.endsWith('ing') && hasVowel(w, w.length - 3)) stem = w.slice(0, -3);
  else return w;
  // Tidy-up after removing -ed/-ing, so that e.g. "conflat(ed)" and "conflat(ing)" meet "conflate".
  if (stem.endsWith('at') || stem.endsWith('bl') || stem.endsWith('iz')) return stem + 'e';
  const n = stem.length;
  if (endsDoubleConsonant(stem, n)) {
    const c = stem.charCodeAt(n - 1);
    return c === 108 || c === 115 || c === 122 ? stem : stem.slice(0, -1); // keep -ll, -ss, -zz
  }
  if (measure(stem, n) === 1 && endsCvc(stem, n)) return stem + 'e';
  return stem;
}

function step1c(w: string): string {
  return w.endsWith('y') && hasVowel(w, w.length - 1) ? w.slice(0, -1) + 'i' : w;
}

function step4(w: string): string {
  const s = longestSuffix(w, STEP4);
  if (s === undefined) return w;
  const stemLen = w.length - s.length;
  if (measure(w, stemLen) <= 1) return w;
  if (s === 'ion') {
    const c = w.charCodeAt(stemLen - 1);
    if (c !== 115 && c !== 116) return w; // (*S or *T)ION
  }
  return w.slice(0, stemLen);
}

function step5(w: string): string {
  let out = w;
  if (out.endsWith('e')) {
    const n = out.length - 1;
    const m = measure(out, n);
    if (m > 1 || (m === 1 && !endsCvc(out, n))) out = out.slice(0, -1);
  }
  if (out.endsWith('ll') && measure(out, out.length) > 1) out = out.slice(0, -1);
  return out;
}

/** The Porter stem of one lowercase word: "caresses" → "caress", "relational" → "relat". */
export function porterStem(word: string): string {
  if (word.length <= 2) return word;
  let w = step1a(word);
  w = step1b(w);
  w = step1c(w);
  w = applyRules(w, STEP2);
  w = applyRules(w, STEP3);
  w = step4(w);
  return step5(w);
}

/**
 * A stemmer that remembers every word it has seen. A corpus repeats its words (1M tokens of the
 * SpamAssassin set are about 60k distinct words), so caching makes stemming cost one Map lookup per token.
 */
export class CachedStemmer {
  private readonly cache = new Map<string, string>();

  stem(word: string): string {
    let s = this.cache.get(word);
    if (s === undefined) {
      s = porterStem(word);
      this.cache.set(word, s);
    }
    return s;
  }
}
