/**
 * Tiny corpora for the step-through mode: short sentences built from a few templates, so that
 * words of one group (animals, royals, food, places) share their contexts and drift together in a
 * 2-D embedding within a few hundred pairs. One sentence per line, as word2vec reads them; the
 * Japanese one is already split into words by spaces, so it needs no segmenter.
 */
export const TEACHING_CORPUS_EN = `the cat chases the mouse
the dog chases the cat
the dog chases the mouse
the horse lives on the farm
the cat lives on the farm
the dog sleeps on the farm
the mouse sleeps in the kitchen
the king rules the land
the queen rules the land
the prince rules the castle
the princess rules the castle
the king lives in the castle
the queen lives in the castle
the prince sleeps in the castle
the princess sleeps in the castle
the king eats bread and cheese
the queen eats bread and cheese
the cat drinks milk
the dog drinks milk
the horse eats an apple
the mouse eats the cheese
the prince eats an apple
the princess drinks milk
we eat bread in the kitchen
we eat cheese in the kitchen
we drink milk in the kitchen
an apple is food
bread is food
cheese is food
milk is food
a cat is an animal
a dog is an animal
a horse is an animal
a mouse is an animal
a king is a man
a prince is a man
a queen is a woman
a princess is a woman
`;

export const TEACHING_CORPUS_JA = `猫 が ねずみ を 追う
犬 が 猫 を 追う
犬 が ねずみ を 追う
馬 は 農場 に 住む
猫 は 農場 に 住む
犬 は 農場 で 眠る
ねずみ は 台所 で 眠る
王 が 国 を 治める
女王 が 国 を 治める
王子 が 城 を 治める
王女 が 城 を 治める
王 は 城 に 住む
女王 は 城 に 住む
王子 は 城 で 眠る
王女 は 城 で 眠る
王 は パン と チーズ を 食べる
女王 は パン と チーズ を 食べる
猫 は 牛乳 を 飲む
犬 は 牛乳 を 飲む
馬 は りんご を 食べる
ねずみ は チーズ を 食べる
王子 は りんご を 食べる
王女 は 牛乳 を 飲む
私たち は 台所 で パン を 食べる
私たち は 台所 で チーズ を 食べる
私たち は 台所 で 牛乳 を 飲む
りんご は 食べ物 だ
パン は 食べ物 だ
チーズ は 食べ物 だ
牛乳 は 食べ物 だ
猫 は 動物 だ
犬 は 動物 だ
馬 は 動物 だ
ねずみ は 動物 だ
王 は 男 だ
王子 は 男 だ
女王 は 女 だ
王女 は 女 だ
`;

export type TeachingCorpusId = 'en' | 'ja';

export const TEACHING_CORPORA: Record<TeachingCorpusId, string> = {
  en: TEACHING_CORPUS_EN,
  ja: TEACHING_CORPUS_JA,
};
