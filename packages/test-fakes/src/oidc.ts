import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { listenOnLoopback } from './server';

export interface OidcUser {
  email: string;
  name: string;
}

const escape = (s: string) => s.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`);

/**
 * An OpenID Connect provider on 127.0.0.1 that signs in whoever is picked on its login page:
 * discovery, authorization code (with state, nonce and PKCE), token (also refresh), userinfo and
 * JWKS, with RS256 ID tokens, as Keycloak, Entra ID or Okta answer the portal's `oidc` provider.
 */
export async function startFakeOidc(options: { clientId: string; clientSecret: string; users: OidcUser[]; port?: number }) {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'fake-oidc-1', alg: 'RS256', use: 'sig' };
  const codes = new Map<string, { email: string; nonce?: string; redirectUri: string }>();
  const tokens = new Map<string, string>(); // access or refresh token -> email
  let issuer = '';

  const idToken = (email: string, nonce?: string) =>
    new SignJWT({ email, email_verified: true, ...(nonce && { nonce }) })
      .setProtectedHeader({ alg: 'RS256', kid: jwk.kid })
      .setIssuer(issuer)
      .setSubject(email)
      .setAudience(options.clientId)
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(privateKey);

  const tokenSet = async (email: string, nonce?: string) => {
    const access = randomBytes(16).toString('hex');
    const refresh = randomBytes(16).toString('hex');
    tokens.set(access, email);
    tokens.set(`refresh:${refresh}`, email);
    return { access_token: access, token_type: 'Bearer', expires_in: 3600, refresh_token: refresh, scope: 'openid profile email', id_token: await idToken(email, nonce) };
  };

  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', chunk => (raw += chunk));
    req.on('end', async () => {
      const url = new URL(req.url ?? '/', issuer);
      const json = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      };
      try {
        if (url.pathname === '/.well-known/openid-configuration') {
          json(200, {
            issuer,
            authorization_endpoint: `${issuer}/authorize`,
            token_endpoint: `${issuer}/token`,
            userinfo_endpoint: `${issuer}/userinfo`,
            jwks_uri: `${issuer}/jwks`,
            response_types_supported: ['code'],
            subject_types_supported: ['public'],
            id_token_signing_alg_values_supported: ['RS256'],
            token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
            scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
            code_challenge_methods_supported: ['S256'],
          });
        } else if (url.pathname === '/jwks') {
          json(200, { keys: [jwk] });
        } else if (url.pathname === '/authorize' && req.method === 'GET') {
          const q = url.searchParams;
          if (q.get('client_id') !== options.clientId) {
            json(400, { error: 'unauthorized_client' });
            return;
          }
          const hidden = ['redirect_uri', 'state', 'nonce'].map(k => `<input type="hidden" name="${k}" value="${escape(q.get(k) ?? '')}">`).join('');
          const buttons = options.users.map(u => `<button type="submit" name="email" value="${escape(u.email)}">Sign in as ${escape(u.name)}</button>`).join('<br>');
          res.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><title>Acme sign-in</title><h1>Acme sign-in</h1><form method="post" action="/authorize">${hidden}${buttons}</form>`);
        } else if (url.pathname === '/authorize' && req.method === 'POST') {
          const form = new URLSearchParams(raw);
          const email = form.get('email') ?? '';
          if (!options.users.some(u => u.email === email)) {
            json(400, { error: 'access_denied' });
            return;
          }
          const code = randomBytes(16).toString('hex');
          const redirectUri = form.get('redirect_uri') ?? '';
          codes.set(code, { email, nonce: form.get('nonce') || undefined, redirectUri });
          const back = new URL(redirectUri);
          back.searchParams.set('code', code);
          if (form.get('state')) back.searchParams.set('state', form.get('state')!);
          res.writeHead(302, { location: back.toString() }).end();
        } else if (url.pathname === '/token' && req.method === 'POST') {
          const form = new URLSearchParams(raw);
          const basic = req.headers.authorization?.startsWith('Basic ')
            ? Buffer.from(req.headers.authorization.slice(6), 'base64').toString().split(':').map(decodeURIComponent)
            : [form.get('client_id'), form.get('client_secret')];
          if (basic[0] !== options.clientId || basic[1] !== options.clientSecret) {
            json(401, { error: 'invalid_client' });
            return;
          }
          if (form.get('grant_type') === 'refresh_token') {
            const email = tokens.get(`refresh:${form.get('refresh_token')}`);
            json(email ? 200 : 400, email ? await tokenSet(email) : { error: 'invalid_grant' });
            return;
          }
          const grant = codes.get(form.get('code') ?? '');
          codes.delete(form.get('code') ?? '');
          if (!grant || grant.redirectUri !== form.get('redirect_uri')) {
            json(400, { error: 'invalid_grant' });
            return;
          }
          json(200, await tokenSet(grant.email, grant.nonce));
        } else if (url.pathname === '/userinfo') {
          const email = tokens.get(req.headers.authorization?.replace(/^Bearer /, '') ?? '');
          if (!email) {
            json(401, { error: 'invalid_token' });
            return;
          }
          const user = options.users.find(u => u.email === email)!;
          json(200, { sub: email, email, email_verified: true, name: user.name });
        } else {
          json(404, { error: 'not_found' });
        }
      } catch (error) {
        json(500, { error: String(error) });
      }
    });
  });
  const listening = await listenOnLoopback(server, options.port);
  issuer = listening.url;
  return listening;
}
