import { startFakeArgoCd } from '@internal/test-fakes';
import { Applications } from './Applications';
import { ArgoCdClient } from '../clients/ArgoCdClient';

describe("the applications' facts", () => {
  it('are read from every instance, and a run fails as a whole when one instance cannot be read', async () => {
    const eu = await startFakeArgoCd({ token: 'eu-token' });
    const us = await startFakeArgoCd({ token: 'us-token', apps: [] });
    us.apps.push({ ...eu.apps[0], metadata: { ...eu.apps[0].metadata, name: 'status-page-us' } });
    const applications = new Applications(
      [new ArgoCdClient({ name: 'eu', url: eu.url, token: 'eu-token' }, 1000), new ArgoCdClient({ name: 'us', url: us.url, token: 'us-token' }, 1000)],
      { environmentLabel: 'environment', productionEnvironments: ['prod'] },
    );
    try {
      const names = (await applications.allFacts()).map(f => f.value);
      expect(names).toEqual(expect.arrayContaining(['developer-portal-dev', 'status-page-us']));
      expect(names).toHaveLength(eu.apps.length + 1);
      // Replacing the stored facts with the instances that answered would drop every claim
      // of the one that did not: the run fails instead, and the previous facts stay.
      us.fail('error500');
      await expect(applications.allFacts()).rejects.toThrow(/^Argo CD applications could not be read, the previous facts are kept \(us: .*500/);
    } finally {
      await eu.stop();
      await us.stop();
    }
  });
});
