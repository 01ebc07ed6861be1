import { coreServices, createServiceFactory, createServiceRef } from '@backstage/backend-plugin-api';
import { developmentSwitchesOn, unrestrictedStaticTokens } from './productionSafety';

/** Nothing to call: the service exists for the checks its factory runs when the backend starts. */
export const startupChecksServiceRef = createServiceRef<void>({ id: 'portal.startupChecks', scope: 'root' });

/**
 * Root services start before any plugin, so a refused configuration stops the backend before
 * anything has been read, registered or served.
 */
export const startupChecksServiceFactory = createServiceFactory({
  service: startupChecksServiceRef,
  deps: { config: coreServices.rootConfig, logger: coreServices.rootLogger },
  async factory({ config, logger }) {
    if (process.env.NODE_ENV === 'production') {
      const on = developmentSwitchesOn(config);
      if (on.length > 0) {
        throw new Error(`The portal refuses to start in production with development-only settings on: ${on.join('; ')}`);
      }
    }
    for (const subject of unrestrictedStaticTokens(config)) {
      logger.warn(
        `The static token of backend.auth.externalAccess for '${subject}' has no accessRestrictions: it may call every plugin, including creating scaffolder tasks and registering catalog locations. Restrict it to the plugins and permissions it needs.`,
      );
    }
  },
});
