/**
 * Redaction of secrets and personal data from text before it leaves the portal for a model that
 * is not local, and before it is written to the assistant's audit trail.
 */

/** What was found, by kind, and the text with each finding replaced by `[REDACTED:<kind>]`. */
export interface Redaction {
  text: string;
  found: Record<string, number>;
}

interface Rule {
  kind: string;
  pattern: RegExp;
  /** Replaces the match; by default the whole match becomes the marker. */
  replace?: (marker: string, ...groups: string[]) => string;
}

/** Marks a redacted span; chosen so that no rule below matches a marker again. */
export const redactionMarker = (kind: string) => `[REDACTED:${kind}]`;

// Order matters: whole structures (keys, URIs with credentials, JWTs) go before the generic
// `password=...` rule, which would otherwise eat only part of them.
const RULES: Rule[] = [
  {
    kind: 'private-key',
    pattern: /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z0-9 ]*PRIVATE KEY-----|$)/g,
  },
  {
    // scheme://user:password@host keeps the scheme, user and host: only the password goes.
    kind: 'password',
    pattern: /\b([a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:)([^\s@/]+)(@)/gi,
    replace: (marker, scheme, _password, at) => `${scheme}${marker}${at}`,
  },
  { kind: 'jwt', pattern: /\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}/g },
  { kind: 'github-token', pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{20,})/g },
  { kind: 'aws-access-key', pattern: /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g },
  { kind: 'slack-token', pattern: /\bxox[abprs]-[A-Za-z0-9-]{10,}/g },
  { kind: 'api-key', pattern: /\bsk-(?:ant-|proj-)?[A-Za-z0-9_-]{20,}/g },
  { kind: 'api-key', pattern: /\bAIza[0-9A-Za-z_-]{35}/g },
  {
    kind: 'token',
    pattern: /\b(Bearer|Basic)(\s+)([A-Za-z0-9._~+/=-]{8,})/g,
    replace: (marker, scheme, space) => `${scheme}${space}${marker}`,
  },
  {
    // key: value and key=value for names that hold secrets, quoted or not.
    kind: 'secret',
    pattern:
      /\b([A-Za-z0-9_.-]*(?:password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|credentials?)[A-Za-z0-9_.-]*)(["']?\s*[:=]\s*)("[^"\n]*"?|'[^'\n]*'?|[^\s,;"'\]})]+)/gi,
    replace: (marker, key, separator, value) => (value.startsWith('[REDACTED:') ? `${key}${separator}${value}` : `${key}${separator}${marker}`),
  },
  { kind: 'email', pattern: /\b[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b/g },
];

/** Replaces every secret and e-mail address in `text` with a marker naming its kind. */
export function redact(text: string): Redaction {
  const found: Record<string, number> = {};
  let result = text;
  for (const rule of RULES) {
    const marker = redactionMarker(rule.kind);
    result = result.replace(rule.pattern, (match: string, ...rest: unknown[]) => {
      const groups = rest.slice(0, -2).map(g => (typeof g === 'string' ? g : ''));
      const replaced = rule.replace ? rule.replace(marker, ...groups) : marker;
      if (replaced !== match) found[rule.kind] = (found[rule.kind] ?? 0) + 1;
      return replaced;
    });
  }
  return { text: result, found };
}

/** Redacts every string inside a JSON value, keys included. */
export function redactJson<T>(value: T): T {
  if (typeof value === 'string') return redact(value).text as T;
  if (Array.isArray(value)) return value.map(v => redactJson(v)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [redact(k).text, redactJson(v)])) as T;
  }
  return value;
}
