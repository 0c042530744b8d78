/** The lessons, in teaching order: each one's title and summary; choosing one starts it. */
import type { Lesson } from '../../lessons/format';
import { Narration } from './Narration';

interface LessonListProps {
  readonly lessons: readonly Lesson[];
  /** A `?lesson=` address that named no lesson: said above the list. */
  readonly unknown: string | null;
  onChoose(lesson: Lesson): void;
}

export function LessonList({ lessons, unknown, onChoose }: LessonListProps) {
  return (
    <div className="lesson-list">
      {unknown !== null && (
        <p className="lesson-note" role="alert">
          There is no lesson called “{unknown}”. Choose one of these.
        </p>
      )}
      <p className="lesson-intro">
        Each lesson runs its Python step by step in a new session (yours is kept aside) and points
        at the objects to look at.
      </p>
      <ol className="lesson-items">
        {lessons.map((lesson) => (
          <li key={lesson.name}>
            <button type="button" className="lesson-choose" onClick={() => onChoose(lesson)}>
              <span className="lesson-title">{lesson.title}</span>
              <span className="lesson-summary">
                <Narration text={lesson.summary} />
              </span>
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}
