import { sameSecret, signSha256, verifySha256Signature } from './signatures';

describe('webhook signatures', () => {
  const body = Buffer.from('{"runId":"r-1","status":"succeeded"}');

  it('accepts the signature a sender computes over the raw body, and nothing else', () => {
    expect(verifySha256Signature('s3cret', body, signSha256('s3cret', body))).toBe(true);
    expect(verifySha256Signature('s3cret', body, signSha256('other', body))).toBe(false);
    expect(verifySha256Signature('s3cret', Buffer.from(`${body} `), signSha256('s3cret', body))).toBe(false);
    expect(verifySha256Signature('s3cret', body, undefined)).toBe(false);
    expect(verifySha256Signature('s3cret', body, 'sha256=zz')).toBe(false);
  });

  it('compares shared secrets of any length', () => {
    expect(sameSecret('token', 'token')).toBe(true);
    expect(sameSecret('token', 'token2')).toBe(false);
    expect(sameSecret('token', undefined)).toBe(false);
  });
});
