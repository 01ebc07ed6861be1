import { screen } from '@testing-library/react';
import { renderApp } from './__testUtils__/renderApp';

// The first render of the whole app loads every plugin's code.
jest.setTimeout(30_000);

describe('the sign-in page outside development', () => {
  it('offers GitHub and single sign-on, never guest', async () => {
    renderApp('production');
    expect(await screen.findByText('Sign in with your GitHub account', {}, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.getByText('Sign in with single sign-on (OIDC)')).toBeInTheDocument();
    expect(screen.queryByText(/Enter as a Guest User/)).not.toBeInTheDocument();
  });
});
