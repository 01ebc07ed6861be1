/** A calendar quarter, written as in the UI and the API: `2026-Q4`. */
export type Quarter = `${number}-Q${1 | 2 | 3 | 4}`;

const QUARTER = /^(\d{4})-Q([1-4])$/;

export function isQuarter(value: unknown): value is Quarter {
  return typeof value === 'string' && QUARTER.test(value);
}

function parts(quarter: Quarter): [number, number] {
  const m = QUARTER.exec(quarter);
  if (!m) throw new Error(`Not a quarter: ${quarter}; expected e.g. 2026-Q4`);
  return [Number(m[1]), Number(m[2])];
}

export function quarterOf(date: Date): Quarter {
  return `${date.getUTCFullYear()}-Q${(Math.floor(date.getUTCMonth() / 3) + 1) as 1 | 2 | 3 | 4}`;
}

export function previousQuarter(quarter: Quarter): Quarter {
  const [year, q] = parts(quarter);
  return q === 1 ? `${year - 1}-Q4` : `${year}-Q${(q - 1) as 1 | 2 | 3}`;
}

/** Orders quarters chronologically (negative when a is earlier). */
export function compareQuarters(a: Quarter, b: Quarter): number {
  const [ya, qa] = parts(a);
  const [yb, qb] = parts(b);
  return ya * 4 + qa - (yb * 4 + qb);
}
