import { ConfigReader } from '@backstage/config';
import { readPortalPolicyOptions } from './options';
import { rolesOf } from './roles';

describe('rolesOf', () => {
  const options = readPortalPolicyOptions(
    new ConfigReader({
      portal: {
        permissions: {
          adminGroups: ['platform-admins'],
          contractorGroups: ['group:default/contractors'],
        },
      },
    }),
  );

  it('normalises short group names in config to full references', () => {
    expect(options.adminGroups).toEqual(['group:default/platform-admins']);
    expect(options.confidentialAnnotation).toBe('portal/confidential');
  });

  it('derives roles from group membership, case-insensitively', () => {
    expect(rolesOf(['user:default/a', 'group:default/Platform-Admins'], options)).toEqual({
      admin: true,
      contractor: false,
    });
    expect(rolesOf(['user:default/b', 'group:default/contractors'], options)).toEqual({
      admin: false,
      contractor: true,
    });
    expect(rolesOf(['user:default/c'], options)).toEqual({ admin: false, contractor: false });
  });

  it('gives no role when nothing is configured', () => {
    const none = readPortalPolicyOptions(new ConfigReader({}));
    expect(rolesOf(['group:default/platform-admins'], none)).toEqual({
      admin: false,
      contractor: false,
    });
  });
});
