import { githubAuthApiRef } from '@backstage/frontend-plugin-api';
import { oidcAuthApiRef } from './oidcAuthApi';

export const githubProvider = {
  id: 'github-auth-provider',
  title: 'GitHub',
  message: 'Sign in with your GitHub account',
  apiRef: githubAuthApiRef,
};

export const oidcProvider = {
  id: 'oidc-auth-provider',
  title: 'Company account',
  message: 'Sign in with single sign-on (OIDC)',
  apiRef: oidcAuthApiRef,
};

/**
 * Guest sign-in is offered only when the backend runs in development; the backend's guest
 * provider refuses outside development anyway, so this only keeps a dead button off the page.
 */
export function signInProviders(authEnvironment: string | undefined) {
  const real = [githubProvider, oidcProvider];
  return authEnvironment === 'development' ? (['guest', ...real] as const) : real;
}
