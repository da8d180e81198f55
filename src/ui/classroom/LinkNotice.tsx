import { useState } from 'react';
import { useI18n } from '../i18n/I18n';
import { urlStore } from '../url/store';

/** One line when the link that opened the page had values or names the page does not know. */
export function LinkNotice() {
  const { t } = useI18n();
  // Read once: the problems belong to the link the page was opened with.
  const [problems] = useState(() => urlStore.linkProblems());
  if (problems.length === 0) return null;
  return (
    <p className="message message-info" role="status" data-testid="link-notice">
      {t('classroom.linkProblems', { list: problems.join(', ') })}
    </p>
  );
}
