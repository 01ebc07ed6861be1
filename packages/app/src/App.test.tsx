import { screen } from '@testing-library/react';
import { renderApp } from './__testUtils__/renderApp';

// The first render of the whole app loads every plugin's code.
jest.setTimeout(30_000);

describe('the sign-in page in development', () => {
  it('offers guest, GitHub and single sign-on', async () => {
    renderApp('development');
    expect(await screen.findByText(/Enter as a Guest User/, {}, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.getByText('Sign in with your GitHub account')).toBeInTheDocument();
    expect(screen.getByText('Sign in with single sign-on (OIDC)')).toBeInTheDocument();
  });
});
