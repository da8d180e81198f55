import { useRef } from 'react';
import { useI18n } from '../i18n/I18n';
import { formatQuery, urlStore } from '../url/store';
import { LESSONS, type Lesson, lessonParams } from './lessons';

/**
 * The Lessons menu in the header: each lesson is a real link (open it in a new tab, copy it), and
 * a plain click applies it inside the page, so trained vectors and models stay.
 */
export function LessonsMenu() {
  const { t } = useI18n();
  const menu = useRef<HTMLDetailsElement>(null);
  const open = (lesson: Lesson) => {
    urlStore.open(lessonParams(lesson, new URLSearchParams(urlStore.query())));
    if (menu.current) menu.current.open = false;
    // The card renders once the store has told its listeners; then keyboard users land on it.
    setTimeout(() => document.getElementById('lesson-card-title')?.focus(), 0);
  };
  return (
    <details className="lessons-menu" ref={menu} data-testid="lessons-menu">
      <summary>{t('classroom.lessons')}</summary>
      <ul aria-label={t('classroom.lessonsList')}>
        {LESSONS.map((l) => (
          <li key={l.id}>
            <a
              href={`?${formatQuery([...lessonParams(l)])}`}
              onClick={(e) => {
                if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
                e.preventDefault();
                open(l);
              }}
              data-testid={`lesson-link-${l.id}`}
            >
              {t(l.title)}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
