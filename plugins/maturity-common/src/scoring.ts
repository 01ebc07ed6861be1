import { Checklist, ChecklistCategory } from './checklist';

/** How a question is answered. `na` (not applicable) takes the question out of the score. */
export type AnswerValue = 'yes' | 'partly' | 'no' | 'na';
export const ANSWER_VALUES: readonly AnswerValue[] = ['yes', 'partly', 'no', 'na'];

/** What each answer earns, as a share of a fully met question. */
const CREDIT: Record<Exclude<AnswerValue, 'na'>, number> = { yes: 1, partly: 0.5, no: 0 };

export const MAX_SCORE = 5;

/** Maturity levels of a 0-5 score (the scale of the platform maturity assessment). */
export const MATURITY_LEVELS = [
  { level: 0, name: 'Not started' },
  { level: 1, name: 'Initial' },
  { level: 2, name: 'Basic' },
  { level: 3, name: 'Developing' },
  { level: 4, name: 'Advanced' },
  { level: 5, name: 'Optimizing' },
] as const;

export type MaturityLevel = (typeof MATURITY_LEVELS)[number];

/** Rounds to one decimal, the precision scores are shown and compared with. */
const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * A category's score, 0 to 5: five times the share of its applicable questions that are met,
 * a "partly" counting half. Unanswered questions count as not met, so a half-filled draft does not
 * look better than it is. A category whose questions are all "not applicable" has no score (null).
 */
export function categoryScore(category: Pick<ChecklistCategory, 'questions'>, answers: Readonly<Record<string, AnswerValue | undefined>>): number | null {
  let applicable = 0;
  let earned = 0;
  for (const question of category.questions) {
    const answer = answers[question.id];
    if (answer === 'na') continue;
    applicable += 1;
    earned += answer ? CREDIT[answer] : 0;
  }
  return applicable === 0 ? null : round1((MAX_SCORE * earned) / applicable);
}

/** The overall score: the mean of the scored categories, each weighing the same; null if none. */
export function overallScore(categoryScores: ReadonlyArray<number | null>): number | null {
  const scored = categoryScores.filter((s): s is number => s !== null);
  if (scored.length === 0) return null;
  return round1(scored.reduce((a, b) => a + b, 0) / scored.length);
}

/** The level a score has reached: the whole part of the score (2.9 is still Basic). */
export function maturityLevel(score: number): MaturityLevel {
  const level = Math.min(MAX_SCORE, Math.max(0, Math.floor(score)));
  return MATURITY_LEVELS[level];
}

export interface ScoreCard {
  overall: number | null;
  level: MaturityLevel | null;
  categories: Array<{ id: string; title: string; score: number | null; level: MaturityLevel | null }>;
  /** Answered questions (any answer, "not applicable" included) out of all questions. */
  answered: number;
  total: number;
}

/** Scores a whole assessment against the checklist version it was answered against. */
export function scoreAssessment(checklist: Checklist, answers: Readonly<Record<string, AnswerValue | undefined>>): ScoreCard {
  const categories = checklist.categories.map(category => {
    const score = categoryScore(category, answers);
    return { id: category.id, title: category.title, score, level: score === null ? null : maturityLevel(score) };
  });
  const overall = overallScore(categories.map(c => c.score));
  const questions = checklist.categories.flatMap(c => c.questions);
  return {
    overall,
    level: overall === null ? null : maturityLevel(overall),
    categories,
    answered: questions.filter(q => answers[q.id] !== undefined).length,
    total: questions.length,
  };
}
