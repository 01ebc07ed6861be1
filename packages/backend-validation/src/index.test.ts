import { z } from 'zod';
import { parseInput, refuseForbiddenKeys } from './index';

describe('parseInput', () => {
  const schema = z.object({ name: z.string().min(1), replicas: z.number().int() }).strict();

  it('returns what the schema makes of valid input', () => {
    expect(parseInput(schema, { name: 'api', replicas: 2 })).toEqual({ name: 'api', replicas: 2 });
  });

  it('names every bad field in one 400 error', () => {
    expect(() => parseInput(schema, { name: '', replicas: 1.5, extra: true }, 'service')).toThrow(
      expect.objectContaining({ name: 'InputError', message: expect.stringMatching(/^Invalid service: name: .*; replicas: .*; body: .*extra/) }),
    );
  });

  it('refuses keys that name prototypes, anywhere, as JSON bodies carry them', () => {
    const answers = z.object({ answers: z.record(z.string(), z.object({ value: z.string() })) });
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const body = JSON.parse(`{"answers": {"q1": {"value": "yes"}, "${key}": {"value": "yes"}}}`);
      expect(() => parseInput(answers, body, 'assessment')).toThrow(`Invalid assessment: answers.${key}: is not an allowed key`);
    }
    expect(parseInput(answers, { answers: { q1: { value: 'yes' } } })).toEqual({ answers: { q1: { value: 'yes' } } });
  });
});

describe('refuseForbiddenKeys', () => {
  const run = (req: { body?: unknown; query?: unknown }) => {
    let passed: unknown = 'not called';
    refuseForbiddenKeys(req, undefined, error => {
      passed = error;
    });
    return passed;
  };

  it('lets ordinary bodies and queries through', () => {
    expect(run({ body: { answers: { 'testing.q1': { value: 'yes' } } }, query: { scope: 'platform' } })).toBeUndefined();
  });

  it('refuses a prototype key anywhere, naming where it is', () => {
    const error = run({ body: JSON.parse('{"answers": {"__proto__": {"value": "yes"}}}'), query: { constructor: 'x' } }) as Error;
    expect(error.name).toBe('InputError');
    expect(error.message).toBe('Invalid request: body.answers.__proto__: is not an allowed key; query.constructor: is not an allowed key');
  });
});
