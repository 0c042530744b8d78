/**
 * The Lessons pane (loaded apart, with the lessons, when first shown): the list of lessons, or the
 * lesson being played. A lesson asked for by the address (`?lesson=NAME&step=N`, given through the
 * interaction store) starts as soon as the pane has loaded; a name that names no lesson is said
 * above the list.
 */
import { useState } from 'react';
import { LESSONS, lessonNamed } from '../../lessons';
import type { Lesson } from '../../lessons/format';
import { useInteraction } from '../core/context';
import type { LessonLink } from '../interactionStore';
import { LessonList } from './LessonList';
import { LessonPlayer } from './LessonPlayer';
import './lessons.css';

interface Playing {
  readonly lesson: Lesson;
  readonly at: number;
  /** Tells one start from the next: choosing a lesson again starts it again. */
  readonly run: number;
}

export function LessonsPane() {
  const link = useInteraction((s) => s.lessonLink);
  const [playing, setPlaying] = useState<Playing | null>(null);
  const [unknown, setUnknown] = useState<string | null>(null);

  // The address's lesson starts once: the link is remembered as started (state adjusted while
  // rendering, as React advises for state that follows a value).
  const [started, setStarted] = useState<LessonLink | null>(null);
  if (link !== null && link !== started) {
    setStarted(link);
    const lesson = lessonNamed(link.name);
    setUnknown(lesson ? null : link.name);
    if (lesson)
      setPlaying((p) => ({
        lesson,
        at: Math.min(link.step, lesson.steps.length - 1),
        run: (p?.run ?? 0) + 1,
      }));
  }

  if (playing)
    return (
      <div className="lessons-pane">
        <LessonPlayer
          key={playing.run}
          lesson={playing.lesson}
          at={playing.at}
          onLeave={() => setPlaying(null)}
        />
      </div>
    );
  return (
    <div className="lessons-pane">
      <LessonList
        lessons={LESSONS}
        unknown={unknown}
        onChoose={(lesson) => {
          setUnknown(null);
          setPlaying((p) => ({ lesson, at: 0, run: (p?.run ?? 0) + 1 }));
        }}
      />
    </div>
  );
}
