import { isRole, roleAllows } from './roles';

describe('roleAllows', () => {
  it('lets an admin do what an editor does, and not the other way round', () => {
    expect(roleAllows('editor', 'editor')).toBe(true);
    expect(roleAllows('admin', 'editor')).toBe(true);
    expect(roleAllows('admin', 'admin')).toBe(true);
    expect(roleAllows('editor', 'admin')).toBe(false);
  });

  it('grants nothing to an account without a known role', () => {
    for (const role of [null, undefined, '', 'user', 'Admin', 'admin,editor']) {
      expect(roleAllows(role, 'editor')).toBe(false);
      expect(isRole(role)).toBe(false);
    }
  });
});
