import fc from 'fast-check';
import { redact, redactJson } from './redact';

const chars = (alphabet: string, min: number, max: number) =>
  fc.array(fc.constantFrom(...alphabet.split('')), { minLength: min, maxLength: max }).map(a => a.join(''));
const ALNUM = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const UPPER_NUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const B64URL = `${ALNUM}_-`;

/** Secrets as they appear in the wild, each with the part that must never survive redaction. */
const secrets: fc.Arbitrary<{ text: string; secret: string }> = fc.oneof(
  chars(ALNUM, 36, 40).map(s => ({ text: `ghp_${s}`, secret: s })),
  chars(ALNUM, 22, 60).map(s => ({ text: `github_pat_${s}`, secret: s })),
  chars(UPPER_NUM, 16, 16).map(s => ({ text: `AKIA${s}`, secret: s })),
  fc.tuple(chars(B64URL, 10, 40), chars(B64URL, 10, 80), chars(B64URL, 10, 43)).map(([h, p, s]) => ({
    text: `eyJ${h}.${p}.${s}`,
    secret: `${p}.${s}`,
  })),
  chars(ALNUM, 24, 48).map(s => ({ text: `sk-proj-${s}`, secret: s })),
  chars(ALNUM, 24, 48).map(s => ({ text: `xoxb-${s}`, secret: s })),
  fc
    .tuple(chars('abcdefgh', 3, 8), chars(`${ALNUM}!#$%^&*`, 8, 24), fc.constantFrom('postgres', 'mysql', 'redis', 'mongodb+srv', 'amqp'))
    .map(([user, password, scheme]) => ({ text: `${scheme}://${user}:${password}@db.internal:5432/app`, secret: password })),
  fc
    .tuple(
      fc.constantFrom('password', 'DB_PASSWORD', 'client_secret', 'apiKey', 'api-key', 'token', 'aws_secret_access_key'),
      fc.constantFrom('=', ': ', ' = ', '":"'),
      chars(`${ALNUM}/+!@#`, 8, 40),
    )
    .map(([key, sep, value]) => ({ text: `${key}${sep}${value}`, secret: value })),
  chars(B64URL, 16, 60).map(s => ({ text: `Authorization: Bearer ${s}`, secret: s })),
  fc
    .tuple(
      chars('abcdefghij.', 1, 12).filter(s => /^[a-j]/.test(s) && !s.endsWith('.')),
      chars('abcdefghij', 2, 10),
    )
    .map(([local, domain]) => ({
      text: `${local}@${domain}.example.com`,
      secret: `${local}@${domain}`,
    })),
  chars(`${ALNUM}+/\n`, 40, 200).map(body => ({
    text: `-----BEGIN RSA PRIVATE KEY-----\n${body}\n-----END RSA PRIVATE KEY-----`,
    secret: body,
  })),
);

/** Prose that holds no secret: lower-case words. */
const prose = fc.array(chars('abcdefghijklmnopqrstuvwxyz', 1, 8), { maxLength: 12 }).map(words => words.join(' '));

describe('redact', () => {
  it('removes every generated secret, wherever it sits in the text', () => {
    fc.assert(
      fc.property(prose, secrets, prose, (before, { text, secret }, after) => {
        const input = `${before} ${text} ${after}`;
        const { text: output, found } = redact(input);
        expect(output).not.toContain(secret);
        expect(output).toMatch(/\[REDACTED:[a-z-]+\]/);
        expect(Object.values(found).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('is stable: redacting twice changes nothing more', () => {
    fc.assert(
      fc.property(prose, secrets, prose, (before, { text }, after) => {
        const once = redact(`${before} ${text} ${after}`).text;
        expect(redact(once).text).toBe(once);
      }),
    );
  });

  it('leaves text without secrets as it was', () => {
    fc.assert(
      fc.property(prose, text => {
        expect(redact(text)).toEqual({ text, found: {} });
      }),
    );
  });

  it('keeps what a reader needs around a secret', () => {
    expect(redact('DATABASE_URL=postgres://app:s3cr3t!@db:5432/app').text).toBe('DATABASE_URL=postgres://app:[REDACTED:password]@db:5432/app');
    expect(redact('curl -H "Authorization: Bearer abc.def.ghi123"').text).toBe('curl -H "Authorization: Bearer [REDACTED:token]"');
    expect(redact('mail carol@acme.example about it').text).toBe('mail [REDACTED:email] about it');
  });

  it('redacts strings anywhere inside JSON', () => {
    const input = { owner: 'carol@acme.example', nested: [{ env: 'API_KEY=abcdefgh12345' }], count: 3 };
    expect(redactJson(input)).toEqual({ owner: '[REDACTED:email]', nested: [{ env: 'API_KEY=[REDACTED:secret]' }], count: 3 });
  });
});
