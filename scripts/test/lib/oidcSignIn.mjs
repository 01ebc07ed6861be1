// Signs a person in to the portal through its OpenID Connect provider, over plain HTTP as a
// browser would: the portal's start URL, the provider's login form, the portal's handler, then
// the portal's refresh endpoint for the Backstage token. Cookies are carried between the steps.

class CookieJar {
  cookies = new Map();

  store(response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair.indexOf('=');
      this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
  }

  header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

async function step(jar, url, init = {}) {
  const response = await fetch(url, { ...init, redirect: 'manual', headers: { ...init.headers, cookie: jar.header() } });
  jar.store(response);
  return response;
}

/**
 * Signs in `email` at the provider and returns the portal's token for them. `env` is the auth
 * environment of the portal's `oidc` provider configuration.
 */
export async function signInWithOidc(portalUrl, email, env = 'production') {
  const jar = new CookieJar();
  const origin = new URL(portalUrl).origin;
  const start = await step(jar, `${portalUrl}/api/auth/oidc/start?${new URLSearchParams({ env, origin, scope: 'openid profile email', flow: 'popup' })}`);
  if (start.status !== 302) throw new Error(`sign-in start answered ${start.status}: ${await start.text()}`);
  const authorize = new URL(start.headers.get('location'));
  // The provider's login form posts the picked person with the request's redirect, state and nonce.
  const form = new URLSearchParams({ email });
  for (const key of ['redirect_uri', 'state', 'nonce']) form.set(key, authorize.searchParams.get(key) ?? '');
  const login = await fetch(`${authorize.origin}/authorize`, { method: 'POST', body: form, redirect: 'manual' });
  if (login.status !== 302) throw new Error(`provider login answered ${login.status}: ${await login.text()}`);
  const handler = await step(jar, login.headers.get('location'));
  if (handler.status !== 200) throw new Error(`sign-in handler answered ${handler.status}: ${await handler.text()}`);
  const refresh = await step(jar, `${portalUrl}/api/auth/oidc/refresh?${new URLSearchParams({ env, optional: 'false' })}`, {
    headers: { 'x-requested-with': 'XMLHttpRequest' },
  });
  const body = await refresh.json();
  if (!refresh.ok) throw new Error(`sign-in refresh answered ${refresh.status}: ${JSON.stringify(body)}`);
  return body.backstageIdentity.token;
}
