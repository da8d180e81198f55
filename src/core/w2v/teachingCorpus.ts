/**
 * Tiny corpora for the step-through mode: short sentences built from a few templates, so that
 * words of one group (animals, royals, food, people) share their contexts and drift together in
 * a 2-D embedding: skip-gram with size 2, window 2 and 5 negatives gathers each group within about
 * 20° after 40 epochs (~19,000 pairs). One sentence per line, as word2vec reads them; the
 * Japanese one is already split into words by spaces, so it needs no segmenter.
 */
export const TEACHING_CORPUS_EN = `the cat runs in the field
the dog runs in the field
the horse runs in the field
the mouse runs in the grass
the cat sleeps in the grass
the dog sleeps in the grass
the horse eats the grass
the mouse hides in the field
a dog chases a cat
a cat chases a mouse
a dog chases a horse
a horse chases a dog
the king wears a crown
the queen wears a crown
the prince wears a crown
the princess wears a crown
the king sits on the throne
the queen sits on the throne
the prince sits on the throne
the princess sits on the throne
the king rules the kingdom
the queen rules the kingdom
the prince lives in the palace
the princess lives in the palace
we eat bread for dinner
we eat cheese for dinner
we eat apples for dinner
we eat soup for dinner
the bread tastes good
the cheese tastes good
the apples taste sweet
the soup tastes hot
bread and cheese are food
apples and soup are food
a hungry man eats bread
a hungry woman eats soup
the man works in the town
the woman works in the town
the man and the woman live in the town
`;

export const TEACHING_CORPUS_JA = `猫 が 野原 を 走る
犬 が 野原 を 走る
馬 が 野原 を 走る
ねずみ が 草むら を 走る
猫 が 草むら で 眠る
犬 が 草むら で 眠る
馬 が 草 を 食べる
ねずみ が 野原 に 隠れる
犬 が 猫 を 追いかける
猫 が ねずみ を 追いかける
犬 が 馬 を 追いかける
馬 が 犬 を 追いかける
王 が 冠 を かぶる
女王 が 冠 を かぶる
王子 が 冠 を かぶる
王女 が 冠 を かぶる
王 が 玉座 に 座る
女王 が 玉座 に 座る
王子 が 玉座 に 座る
王女 が 玉座 に 座る
王 が 王国 を 治める
女王 が 王国 を 治める
王子 が 宮殿 に 住む
王女 が 宮殿 に 住む
私たち は 夕食 に パン を 食べる
私たち は 夕食 に チーズ を 食べる
私たち は 夕食 に りんご を 食べる
私たち は 夕食 に スープ を 食べる
パン は おいしい
チーズ は おいしい
りんご は 甘い
スープ は 熱い
パン と チーズ は 食べ物 だ
りんご と スープ は 食べ物 だ
おなか の すいた 男 が パン を 食べる
おなか の すいた 女 が スープ を 食べる
男 が 町 で 働く
女 が 町 で 働く
男 と 女 が 町 に 住む
`;

export type TeachingCorpusId = 'en' | 'ja';

export const TEACHING_CORPORA: Record<TeachingCorpusId, string> = {
  en: TEACHING_CORPUS_EN,
  ja: TEACHING_CORPUS_JA,
};
