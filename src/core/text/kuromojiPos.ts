/** IPADIC's top-level parts of speech that a filter may drop (apart from kuromoji.ts: the page imports this). */

/** Parts of speech offered as filters, with what they are in English. */
export const PARTS_OF_SPEECH: readonly { pos: string; english: string }[] = [
  { pos: '助詞', english: 'particles' },
  { pos: '助動詞', english: 'auxiliary verbs' },
  { pos: '記号', english: 'symbols' },
  { pos: '接続詞', english: 'conjunctions' },
  { pos: '感動詞', english: 'interjections' },
  { pos: 'フィラー', english: 'fillers' },
  { pos: '連体詞', english: 'adnominals' },
  { pos: '接頭詞', english: 'prefixes' },
];
