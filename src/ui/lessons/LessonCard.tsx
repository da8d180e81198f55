import { useI18n } from '../i18n/I18n';
import { VIEW } from '../url/groups';
import { useUrlState } from '../url/store';
import { lessonById } from './lessons';

/**
 * The open lesson beside the controls: its title, what to do and what to notice, and a way out
 * (the settings stay as they are; the hidden controls come back).
 */
export function LessonCard() {
  const { t } = useI18n();
  const [view, setView] = useUrlState(VIEW);
  const lesson = lessonById(view.lesson);
  if (lesson === null) return null;
  return (
    <aside className="lesson-card" aria-labelledby="lesson-card-title" data-testid="lesson-card">
      <p className="lesson-kicker">{t('classroom.lesson')}</p>
      <h2 id="lesson-card-title" tabIndex={-1}>
        {t(lesson.title)}
      </h2>
      <ol className="lesson-steps">
        {lesson.steps.map((s) => (
          <li key={s}>{t(s)}</li>
        ))}
      </ol>
      {view.hide.length > 0 && <p className="muted">{t('classroom.hiddenCount')}</p>}
      <button
        type="button"
        onClick={() => {
          setView((v) => ({ ...v, lesson: null, hide: [] }));
          // The button goes away with the card: keyboard users continue from the open tab.
          setTimeout(
            () => document.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus(),
            0,
          );
        }}
        data-testid="leave-lesson"
      >
        {t('classroom.leave')}
      </button>
    </aside>
  );
}
