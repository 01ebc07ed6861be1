// Signs a person in to the portal through its OpenID Provider, over plain HTTP as a browser
// would: the portal's start URL, the provider's login and consent pages, the portal's handler,
// then the portal's refresh endpoint for the Backstage token. Cookies are kept per origin.

class CookieJar {
  byOrigin = new Map();

  store(url, response) {
    const cookies = this.byOrigin.get(new URL(url).origin) ?? new Map();
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const eq = pair.indexOf('=');
      const expired = attributes.some(a => /^\s*expires=Thu, 01 Jan 1970/i.test(a) || /^\s*max-age=0\b/i.test(a));
      if (expired) cookies.delete(pair.slice(0, eq).trim());
      else cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
    this.byOrigin.set(new URL(url).origin, cookies);
  }

  header(url) {
    return [...(this.byOrigin.get(new URL(url).origin) ?? [])].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

async function step(jar, url, init = {}) {
  const response = await fetch(url, { ...init, redirect: 'manual', headers: { ...init.headers, cookie: jar.header(url) } });
  jar.store(url, response);
  return response;
}

/** Follows redirects from `url`, carrying cookies, and returns the first answer that is not one. */
async function follow(jar, url, init) {
  let response = await step(jar, url, init);
  for (let hops = 0; response.status >= 300 && response.status < 400; hops++) {
    if (hops > 10) throw new Error(`too many redirects from ${url}`);
    url = new URL(response.headers.get('location'), url).toString();
    response = await step(jar, url);
  }
  return { url, response };
}

const formAction = (html, pageUrl) => {
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
  if (!action) throw new Error(`no form on ${pageUrl}: ${html.slice(0, 300)}`);
  return new URL(
    action.replace(/&#(\d+);/g, (_, c) => String.fromCharCode(Number(c))),
    pageUrl,
  ).toString();
};

/**
 * Signs in `email` at the provider and returns the portal's token for them. `env` is the auth
 * environment of the portal's `oidc` provider configuration.
 */
export async function signInWithOidc(portalUrl, email, env = 'production') {
  const jar = new CookieJar();
  const origin = new URL(portalUrl).origin;
  const start = `${portalUrl}/api/auth/oidc/start?${new URLSearchParams({ env, origin, scope: 'openid profile email', flow: 'popup' })}`;
  let { url, response } = await follow(jar, start);
  // The login page, then (the first time) the consent page, each a form posted back to the provider.
  for (let pages = 0; !url.startsWith(portalUrl); pages++) {
    const html = await response.text();
    if (response.status !== 200 || pages > 2) throw new Error(`sign-in at ${url} answered ${response.status}: ${html.slice(0, 300)}`);
    const body = /name="email"/.test(html) ? new URLSearchParams({ email }) : new URLSearchParams();
    ({ url, response } = await follow(jar, formAction(html, url), { method: 'POST', body }));
  }
  if (response.status !== 200) throw new Error(`sign-in handler answered ${response.status}: ${await response.text()}`);
  const refresh = await step(jar, `${portalUrl}/api/auth/oidc/refresh?${new URLSearchParams({ env, optional: 'false' })}`, {
    headers: { 'x-requested-with': 'XMLHttpRequest' },
  });
  const body = await refresh.json();
  if (!refresh.ok) throw new Error(`sign-in refresh answered ${refresh.status}: ${JSON.stringify(body)}`);
  return body.backstageIdentity.token;
}
