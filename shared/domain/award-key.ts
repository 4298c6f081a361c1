import type { LearningEvent } from '../schemas/events';

/**
 * What an event earns points for, as a key that is unique per person: points
 * come once per training completed, per question answered correctly, per
 * teaser opened and per macro-training part; repeating it earns nothing.
 * Null when the event earns nothing (a wrong answer, a notification opened).
 *
 * @example awardKey({ kind: 'training_completed', itemId: 'x', … }) // 'completed:x'
 */
export function awardKey(event: Pick<LearningEvent, 'kind' | 'itemId' | 'teaserId' | 'questionId' | 'correct' | 'part'>): string | null {
  switch (event.kind) {
    case 'training_completed':
      return `completed:${event.itemId}`;
    case 'training_started':
      return `started:${event.itemId}`;
    case 'question_answered':
      return event.correct ? `question:${event.itemId}:${event.questionId}` : null;
    case 'teaser_opened':
      return `teaser:${event.teaserId}`;
    case 'macro_part_done':
      return `macro:${event.itemId}:${event.part}`;
    case 'notification_opened':
      // Counted for the campaign figures only: nothing to earn, so every open is kept.
      return null;
  }
}
