import { renderInTestApp } from '@backstage/frontend-test-utils';
import { HistoryItem } from '@internal/plugin-maturity-common';
import { screen } from '@testing-library/react';
import { maturityApiRef } from '../api';
import { HistoryCard } from './HistoryCard';

const item = (quarter: any, overall: number, testing: number, docs: number | null): HistoryItem => ({
  quarter,
  status: 'submitted',
  score: {
    overall,
    level: null,
    answered: 0,
    total: 0,
    categories: [
      { id: 'testing', title: 'Testing', score: testing, level: null },
      { id: 'docs', title: 'Documentation', score: docs, level: null },
    ],
  },
});

describe('HistoryCard', () => {
  it('charts overall and per-category scores across quarters and says what moved', async () => {
    const api = { getHistory: jest.fn(async () => [item('2026-Q3', 1.5, 1, null), item('2026-Q4', 2.5, 3, 2)]) };
    await renderInTestApp(<HistoryCard scopeRef="group:default/payments-team" quarter="2026-Q4" refreshKey={1} />, {
      apis: [[maturityApiRef, api as any]],
    });
    expect(await screen.findByRole('img', { name: 'Overall score by quarter: 2026-Q3 1.5, 2026-Q4 2.5' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Testing: 1.0, 3.0' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Documentation: not scored, 2.0' })).toBeInTheDocument();
    expect(screen.getByText('Since 2026-Q3')).toBeInTheDocument();
    expect(screen.getByText('Testing: 1.0 → 3.0 (+2.0)')).toBeInTheDocument();
    expect(screen.getByText('Documentation: not scored → 2.0')).toBeInTheDocument();
  });
});
