import { createApp } from '@backstage/frontend-defaults';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import { navModule } from './modules/nav';
import { signInModule } from './modules/signIn';

// Plugins listed in package.json are discovered (app.packages: all); these are the app's own.
export default createApp({
  features: [catalogPlugin, navModule, signInModule],
});
