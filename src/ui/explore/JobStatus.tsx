import { Message } from '../Message';
import type { Job } from './useJob';

/** Progress bar, phase and Cancel button of a running job, or its error sentence. */
export function JobStatus({ job, label, testId }: { job: Job; label: string; testId: string }) {
  return (
    <>
      {job.running && (
        <div className="job-status" data-testid={`${testId}-progress`}>
          <progress max={1} value={job.progress?.fraction ?? undefined} aria-label={`${label} progress`} />
          <span aria-live="polite">{job.progress?.phase ?? 'Starting…'}</span>
          <button type="button" className="secondary" onClick={job.cancel}>
            Cancel
          </button>
        </div>
      )}
      <Message kind="error" text={job.error} />
    </>
  );
}
