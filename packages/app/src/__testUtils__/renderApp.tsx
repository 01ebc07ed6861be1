import { render } from '@testing-library/react';

/**
 * Renders the whole app with the given auth environment. The app reads its configuration once,
 * when first created, so each environment needs a test file of its own.
 */
export function renderApp(authEnvironment: string) {
  process.env = {
    NODE_ENV: 'test',
    APP_CONFIG: [
      {
        data: {
          app: { title: 'Acme Developer Portal' },
          backend: { baseUrl: 'http://localhost:7007' },
          auth: { environment: authEnvironment },
          techdocs: { storageUrl: 'http://localhost:7007/api/techdocs/static/docs' },
        },
        context: 'test',
      },
    ] as any,
  };
  const App = require('../App').default;
  return render(App.createRoot());
}
