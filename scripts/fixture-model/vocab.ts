/**
 * The fixture model's own WordPiece vocabulary and its tokenizer files, in the formats a real
 * BERT checkpoint ships: tokenizer.json (Hugging Face `tokenizers`), tokenizer_config.json.
 *
 * Single letters, digits and `##` letters/digits make every lower-case word spellable, so no
 * word of English text becomes [UNK]; a hundred common words (many from spam and office mail)
 * and a few suffixes give WordPiece something to match whole.
 */

export const SPECIAL_TOKENS = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'] as const;

const PUNCTUATION = Array.from('!"#$%&\'()*+,-./:;<=>?@[]_');
const DIGITS = Array.from('0123456789');
const LETTERS = Array.from('abcdefghijklmnopqrstuvwxyz');

// biome-ignore format: a word list reads better in lines
const WORDS = [
  'the', 'a', 'an', 'to', 'of', 'and', 'in', 'is', 'it', 'you', 'your', 'for', 'on', 'be', 'are',
  'this', 'that', 'with', 'have', 'not', 'no', 'i', 'we', 'me', 'my', 'at', 'from', 'or', 'will',
  'can', 'free', 'money', 'win', 'winner', 'prize', 'cash', 'click', 'now', 'call', 'offer', 'buy',
  'order', 'price', 'cheap', 'credit', 'loan', 'save', 'deal', 'email', 'mail', 'list', 'meeting',
  'project', 'team', 'thanks', 'please', 'report', 'week', 'today', 'tomorrow', 'work', 'code',
  'file', 'attached', 'question', 'help', 'time', 'new', 'get', 'just', 'send', 'here', 'more',
  'only', 'off', 'best', 'our', 'all', 'if', 'do', 'what', 'about', 'http', 'www', 'com', 'un',
];

const SUFFIXES = ['##ed', '##ing', '##er', '##ly', '##est', '##tion'];

/** Token strings in id order (id = index); ids 0–4 are the special tokens. */
export function fixtureVocab(): string[] {
  const words = WORDS.filter((w) => w.length > 1);
  const vocab = [
    ...SPECIAL_TOKENS,
    ...PUNCTUATION,
    ...DIGITS,
    ...LETTERS,
    ...LETTERS.map((c) => `##${c}`),
    ...DIGITS.map((c) => `##${c}`),
    ...words,
    ...SUFFIXES,
  ];
  if (new Set(vocab).size !== vocab.length) throw new Error('fixture vocabulary has a duplicate token');
  return vocab;
}

function special(id: number, content: string) {
  return { id, content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true };
}

/** tokenizer.json for a lower-casing BERT WordPiece tokenizer over `vocab`. */
export function tokenizerJson(vocab: readonly string[], maxLength: number): object {
  const id = (t: string) => vocab.indexOf(t);
  const cls = { id: '[CLS]', ids: [id('[CLS]')], tokens: ['[CLS]'] };
  const sep = { id: '[SEP]', ids: [id('[SEP]')], tokens: ['[SEP]'] };
  return {
    version: '1.0',
    truncation: { direction: 'Right', max_length: maxLength, strategy: 'LongestFirst', stride: 0 },
    padding: null,
    added_tokens: SPECIAL_TOKENS.map((t) => special(id(t), t)),
    normalizer: {
      type: 'BertNormalizer',
      clean_text: true,
      handle_chinese_chars: true,
      strip_accents: null,
      lowercase: true,
    },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'TemplateProcessing',
      single: [
        { SpecialToken: { id: '[CLS]', type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: '[SEP]', type_id: 0 } },
      ],
      pair: [
        { SpecialToken: { id: '[CLS]', type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: '[SEP]', type_id: 0 } },
        { Sequence: { id: 'B', type_id: 1 } },
        { SpecialToken: { id: '[SEP]', type_id: 1 } },
      ],
      special_tokens: { '[CLS]': cls, '[SEP]': sep },
    },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: {
      type: 'WordPiece',
      unk_token: '[UNK]',
      continuing_subword_prefix: '##',
      max_input_chars_per_word: 100,
      vocab: Object.fromEntries(vocab.map((t, i) => [t, i])),
    },
  };
}

export function tokenizerConfigJson(maxLength: number): object {
  return {
    tokenizer_class: 'BertTokenizer',
    do_lower_case: true,
    model_max_length: maxLength,
    clean_up_tokenization_spaces: true,
    cls_token: '[CLS]',
    sep_token: '[SEP]',
    pad_token: '[PAD]',
    unk_token: '[UNK]',
    mask_token: '[MASK]',
  };
}
