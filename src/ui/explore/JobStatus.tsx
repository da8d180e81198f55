import { useI18n } from '../i18n/I18n';
import { Message } from '../Message';
import type { Job } from './useJob';

/** Progress bar, phase and Cancel button of a running job, or its error sentence. */
export function JobStatus({ job, label, testId }: { job: Job; label: string; testId: string }) {
  const { t, say } = useI18n();
  return (
    <>
      {job.running && (
        <div className="job-status" data-testid={`${testId}-progress`}>
          <progress
            max={1}
            value={job.progress?.fraction ?? undefined}
            aria-label={t('job.progress', { label })}
          />
          <span aria-live="polite">{job.progress ? say(job.progress.phase) : t('job.starting')}</span>
          <button type="button" className="secondary" onClick={job.cancel}>
            {t('job.cancel')}
          </button>
        </div>
      )}
      <Message kind="error" text={job.error} />
    </>
  );
}
