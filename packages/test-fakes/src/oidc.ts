import { generateKeyPair, exportJWK } from 'jose';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { Provider } from 'oidc-provider';
import type { Configuration, KoaContextWithOIDC } from 'oidc-provider';
import { listenOnLoopback } from './server';

export interface OidcUser {
  email: string;
  name: string;
}

export interface OidcProviderOptions {
  clientId: string;
  clientSecret: string;
  /** The portal's `/api/auth/oidc/handler/frame` URLs this client may be sent back to, exactly. */
  redirectUris: string[];
  users: OidcUser[];
  port?: number;
}

const escape = (s: string) => s.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`);

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title></head><body><main><h1>${escape(
    title,
  )}</h1>${body}</main></body></html>`;

async function readForm(req: http.IncomingMessage): Promise<URLSearchParams> {
  let raw = '';
  for await (const chunk of req) raw += chunk;
  return new URLSearchParams(raw);
}

/**
 * An OpenID Provider on 127.0.0.1 for the demo organisation: the protocol (discovery,
 * authorization code with state, nonce and PKCE, tokens, refresh, userinfo, JWKS, sessions) is
 * `oidc-provider`'s, an OpenID Certified implementation. Only the two interaction pages are ours:
 * a login page where a person of the organisation is picked (no password: it signs in test
 * people), and a consent page for what the portal asks to read.
 */
export async function startOidcProvider(options: OidcProviderOptions) {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const signingKey = { ...(await exportJWK(privateKey)), kid: 'acme-sign-in-1', alg: 'RS256', use: 'sig' };
  const people = new Map(options.users.map(u => [u.email, u]));

  const configuration: Configuration = {
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        redirect_uris: options.redirectUris,
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
      },
    ],
    jwks: { keys: [signingKey as any] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    scopes: ['openid', 'profile', 'email', 'offline_access'],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    // The portal reads who signed in from the ID token as well as from userinfo.
    conformIdTokenClaims: false,
    // Backstage keeps a session by refreshing; a confidential web client gets a refresh token.
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    features: { devInteractions: { enabled: false } },
    ttl: { Interaction: 600, Session: 8 * 3600, Grant: 8 * 3600, AccessToken: 3600, IdToken: 3600, AuthorizationCode: 60, RefreshToken: 8 * 3600 },
    interactions: { url: (_ctx: KoaContextWithOIDC, pending) => `/interaction/${pending.uid}` },
    async findAccount(_ctx, sub) {
      const person = people.get(sub);
      if (!person) return undefined;
      return {
        accountId: sub,
        claims: async () => ({ sub, email: person.email, email_verified: true, name: person.name }),
      };
    },
  };

  // The provider is made once the server listens: its issuer is the server's address.
  const made: { provider?: Provider } = {};
  const server = http.createServer(async (req, res) => {
    const provider = made.provider;
    if (!provider) {
      res.writeHead(503).end();
      return;
    }
    const match = /^\/interaction\/([\w-]+)(?:\/(login|confirm|abort))?$/.exec(new URL(req.url ?? '/', 'http://x').pathname);
    if (!match) {
      provider.callback()(req, res);
      return;
    }
    try {
      await interaction(provider, req, res, match[1], match[2]);
    } catch (error) {
      res.writeHead(400, { 'content-type': 'text/html' }).end(page('Sign-in failed', `<p>${escape(String(error))}</p>`));
    }
  });

  async function interaction(p: Provider, req: http.IncomingMessage, res: http.ServerResponse, uid: string, step?: string) {
    const details = await p.interactionDetails(req, res);
    if (details.uid !== uid) throw new Error('this sign-in has expired; start again from the portal');
    const html = (title: string, body: string) => res.writeHead(200, { 'content-type': 'text/html' }).end(page(title, body));

    if (!step && details.prompt.name === 'login') {
      const buttons = [...people.values()]
        .map(u => `<li><button type="submit" name="email" value="${escape(u.email)}">Sign in as ${escape(u.name)}</button></li>`)
        .join('');
      html('Acme sign-in', `<form method="post" action="/interaction/${uid}/login"><ul>${buttons}</ul></form>`);
    } else if (!step && details.prompt.name === 'consent') {
      const scopes = [
        ...new Set(
          String(details.params.scope ?? '')
            .split(' ')
            .filter(Boolean),
        ),
      ];
      html(
        'Allow the developer portal?',
        `<p>The developer portal asks to read: ${escape(scopes.join(', '))}.</p>` +
          `<form method="post" action="/interaction/${uid}/confirm"><button type="submit">Allow</button></form>` +
          `<form method="post" action="/interaction/${uid}/abort"><button type="submit">Deny</button></form>`,
      );
    } else if (step === 'login' && req.method === 'POST') {
      const email = (await readForm(req)).get('email') ?? '';
      if (!people.has(email)) throw new Error(`${email || 'nobody'} is not a person of the organisation`);
      await p.interactionFinished(req, res, { login: { accountId: email } }, { mergeWithLastSubmission: false });
    } else if (step === 'confirm' && req.method === 'POST') {
      const { prompt, params, session, grantId } = details;
      const grant = grantId ? await p.Grant.find(grantId) : new p.Grant({ accountId: session!.accountId, clientId: String(params.client_id) });
      if (!grant) throw new Error('the grant of this sign-in is gone; start again from the portal');
      const missing = prompt.details as { missingOIDCScope?: string[]; missingOIDCClaims?: string[]; missingResourceScopes?: Record<string, string[]> };
      if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
      if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
      for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes ?? {})) grant.addResourceScope(indicator, scopes.join(' '));
      await p.interactionFinished(req, res, { consent: { grantId: await grant.save() } }, { mergeWithLastSubmission: true });
    } else if (step === 'abort' && req.method === 'POST') {
      await p.interactionFinished(
        req,
        res,
        { error: 'access_denied', error_description: 'The person denied the portal access' },
        { mergeWithLastSubmission: false },
      );
    } else {
      res.writeHead(405).end();
    }
  }

  const listening = await listenOnLoopback(server, options.port);
  made.provider = new Provider(listening.url, configuration);
  return listening;
}
