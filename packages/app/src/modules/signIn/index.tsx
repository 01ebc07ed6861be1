import { configApiRef, createFrontendModule, useApi } from '@backstage/frontend-plugin-api';
import { SignInPageBlueprint } from '@backstage/plugin-app-react';
import { SignInPage } from '@backstage/core-components';
import { oidcAuthApi } from './oidcAuthApi';
import { signInProviders } from './signInProviders';

const signInPage = SignInPageBlueprint.make({
  params: {
    loader: async () => props => {
      const config = useApi(configApiRef);
      const providers = signInProviders(config.getOptionalString('auth.environment'));
      // auto: a returning user with a live session skips the provider choice.
      return <SignInPage {...props} auto providers={[...providers]} />;
    },
  },
});

export const signInModule = createFrontendModule({
  pluginId: 'app',
  extensions: [signInPage, oidcAuthApi],
});
