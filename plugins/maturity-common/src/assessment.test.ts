import { isOverdue } from './assessment';

describe('isOverdue', () => {
  it('flags open and in-progress actions past their due date, never closed ones', () => {
    expect(isOverdue({ status: 'open', dueDate: '2026-11-22' }, '2026-11-23')).toBe(true);
    expect(isOverdue({ status: 'in-progress', dueDate: '2026-11-22' }, '2026-11-23')).toBe(true);
    expect(isOverdue({ status: 'open', dueDate: '2026-11-23' }, '2026-11-23')).toBe(false);
    expect(isOverdue({ status: 'done', dueDate: '2020-01-01' }, '2026-11-23')).toBe(false);
    expect(isOverdue({ status: 'dropped', dueDate: '2020-01-01' }, '2026-11-23')).toBe(false);
  });
});
