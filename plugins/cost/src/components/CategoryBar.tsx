import { CategoryAmounts, totalOf } from '@internal/plugin-cost-common';
import { Box, Typography } from '@material-ui/core';
import { CATEGORY_COLOURS, money, nonZero } from './format';

/** A month's cost split by category, as one bar and a legend. */
export function CategoryBar(props: { amounts: CategoryAmounts; currency: string; label: string }) {
  const total = totalOf(props.amounts);
  const categories = nonZero(props.amounts);
  return (
    <Box>
      <Box
        display="flex"
        height={10}
        role="img"
        aria-label={`${props.label} by category: ${categories.map(c => `${c} ${money(props.amounts[c], props.currency)}`).join(', ') || 'nothing'}`}
        style={{ background: '#eee', borderRadius: 4, overflow: 'hidden' }}
      >
        {categories.map(c => (
          <div key={c} style={{ width: `${(100 * props.amounts[c]) / total}%`, background: CATEGORY_COLOURS[c] }} />
        ))}
      </Box>
      <Box display="flex" flexWrap="wrap" style={{ gap: 8, marginTop: 4 }}>
        {categories.map(c => (
          <Typography key={c} variant="caption">
            <span style={{ color: CATEGORY_COLOURS[c] }}>■</span> {c} {money(props.amounts[c], props.currency)}
          </Typography>
        ))}
      </Box>
    </Box>
  );
}
