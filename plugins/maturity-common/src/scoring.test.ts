import fc from 'fast-check';
import { AnswerValue, categoryScore, maturityLevel, overallScore, scoreAssessment } from './scoring';
import { Checklist } from './checklist';

const category = (n: number) => ({
  questions: Array.from({ length: n }, (_, i) => ({ id: `q${i}`, text: `Question ${i}` })),
});
const answersOf = (values: Array<AnswerValue | undefined>) => Object.fromEntries(values.map((v, i) => [`q${i}`, v]));

describe('scoring examples (computed by hand)', () => {
  it.each<[Array<AnswerValue | undefined>, number | null]>([
    [['yes', 'yes'], 5],
    [['yes', 'no'], 2.5],
    [['yes', 'partly', 'no'], 2.5], // 5 * 1.5 / 3
    [['partly', 'no', 'no'], 0.8], // 5 * 0.5 / 3 = 0.833
    [['yes', 'na'], 5], // not applicable leaves the denominator
    [['no', 'na', 'na'], 0],
    [['na', 'na'], null], // nothing applicable: no score
    [['yes', undefined, undefined, 'yes'], 2.5], // unanswered counts as not met
  ])('%j scores %p', (values, expected) => {
    expect(categoryScore(category(values.length), answersOf(values))).toBe(expected);
  });

  it('averages scored categories for the overall score and names the level', () => {
    expect(overallScore([5, 2.5, null, 0])).toBe(2.5);
    expect(overallScore([null, null])).toBeNull();
    expect(maturityLevel(2.3).name).toBe('Basic');
    expect(maturityLevel(2.9).name).toBe('Basic');
    expect(maturityLevel(3).name).toBe('Developing');
    expect(maturityLevel(0.4).name).toBe('Not started');
    expect(maturityLevel(5).name).toBe('Optimizing');
  });

  it('scores a whole assessment and counts progress', () => {
    const checklist: Checklist = {
      id: 'c',
      version: 1,
      title: 'C',
      categories: [
        {
          id: 'a',
          title: 'A',
          questions: [
            { id: 'a.1', text: '?' },
            { id: 'a.2', text: '?' },
          ],
        },
        { id: 'b', title: 'B', questions: [{ id: 'b.1', text: '?' }] },
      ],
    };
    const card = scoreAssessment(checklist, { 'a.1': 'yes', 'a.2': 'partly', 'b.1': 'na' });
    expect(card.categories.map(c => c.score)).toEqual([3.8, null]); // 5 * 1.5 / 2 = 3.75
    expect(card.overall).toBe(3.8);
    expect(card.level?.name).toBe('Developing');
    expect(card).toMatchObject({ answered: 3, total: 3 });
  });
});

const answer = fc.constantFrom<AnswerValue | undefined>('yes', 'partly', 'no', 'na', undefined);
const answerList = fc.array(answer, { minLength: 1, maxLength: 12 });
/** Answers ordered by what they earn; "na" is not on this scale. */
const RANK: Record<string, number> = { undefined: 0, no: 0, partly: 1, yes: 2 };

describe('scoring properties', () => {
  it('stays within 0 to 5, or is null when nothing is applicable', () => {
    fc.assert(
      fc.property(answerList, values => {
        const score = categoryScore(category(values.length), answersOf(values));
        if (values.every(v => v === 'na')) return score === null;
        return score !== null && score >= 0 && score <= 5;
      }),
    );
  });

  it('never lowers a score when an answer improves (no or partly to yes, no to partly)', () => {
    fc.assert(
      fc.property(answerList, fc.nat(), fc.constantFrom<AnswerValue>('partly', 'yes'), (values, i, better) => {
        const at = i % values.length;
        const before = values[at];
        if (before === 'na' || RANK[String(before)] >= RANK[better]) return true;
        const improved = [...values];
        improved[at] = better;
        const a = categoryScore(category(values.length), answersOf(values))!;
        const b = categoryScore(category(values.length), answersOf(improved))!;
        return b >= a;
      }),
    );
  });

  it('never lowers the overall score when one category improves', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.double({ min: 0, max: 5, noNaN: true }), { nil: null }), { minLength: 1, maxLength: 26 }),
        fc.nat(),
        fc.double({ min: 0, max: 5, noNaN: true }),
        (scores, i, delta) => {
          const at = i % scores.length;
          if (scores[at] === null) return true;
          const improved = [...scores];
          improved[at] = Math.min(5, scores[at]! + delta);
          return (overallScore(improved) ?? 0) >= (overallScore(scores) ?? 0);
        },
      ),
    );
  });

  it('ignores "not applicable" questions entirely', () => {
    fc.assert(
      fc.property(answerList, fc.nat({ max: 5 }), (values, extraNa) => {
        const withNa = [...values, ...Array<AnswerValue>(extraNa).fill('na')];
        return categoryScore(category(values.length), answersOf(values)) === categoryScore(category(withNa.length), answersOf(withNa));
      }),
    );
  });
});
