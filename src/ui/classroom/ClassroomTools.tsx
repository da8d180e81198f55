import { LessonsMenu } from '../lessons/LessonsMenu';
import { WordFilterControl } from '../wordFilter/WordFilterControl';
import { PresentationToggle } from './PresentationToggle';
import { ShareLink } from './ShareLink';
import './classroom.css';

/** The header's classroom tools: lessons, presentation mode, the word filter, the link to this setup. */
export function ClassroomTools() {
  return (
    <div className="classroom-tools">
      <LessonsMenu />
      <PresentationToggle />
      <WordFilterControl />
      <ShareLink />
    </div>
  );
}
