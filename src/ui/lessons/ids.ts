/** The built-in lessons, in the order the Lessons menu lists them (lessons.ts holds each one). */
export const LESSON_IDS = [
  'neighbours',
  'negative-sampling',
  'subsampling',
  'masking',
  'embeddings',
] as const;
export type LessonId = (typeof LESSON_IDS)[number];
