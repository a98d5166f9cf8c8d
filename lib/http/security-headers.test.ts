import { contentSecurityPolicy, createNonce, securityHeaders } from './security-headers';

const directives = (policy: string) => new Map(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

describe('securityHeaders', () => {
  it('lets scripts run only with the response’s nonce, never inline without it', () => {
    const nonce = createNonce();
    const policy = directives(contentSecurityPolicy({ nonce, path: '/', https: false }));
    expect(policy.get('script-src')).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
    expect(policy.get('script-src')).not.toContain("'unsafe-eval'");
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(createNonce()).not.toBe(nonce);
    expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
  });

  it('lets only /embed be framed', () => {
    expect(directives(contentSecurityPolicy({ nonce: 'n', path: '/embed/series/x', https: false })).get('frame-ancestors')).toEqual(['*']);
    expect(directives(contentSecurityPolicy({ nonce: 'n', path: '/embedded', https: false })).get('frame-ancestors')).toEqual(["'none'"]);
    expect(securityHeaders({ nonce: 'n', path: '/', https: false })['X-Frame-Options']).toBe('DENY');
    expect(securityHeaders({ nonce: 'n', path: '/embed/explore', https: false })['X-Frame-Options']).toBeUndefined();
  });

  it('sends HSTS and upgrades requests only over https', () => {
    const plain = securityHeaders({ nonce: 'n', path: '/', https: false });
    const tls = securityHeaders({ nonce: 'n', path: '/', https: true });
    expect(plain['Strict-Transport-Security']).toBeUndefined();
    expect(tls['Strict-Transport-Security']).toBe('max-age=63072000; includeSubDomains');
    expect(plain['Content-Security-Policy']).not.toContain('upgrade-insecure-requests');
    expect(tls['Content-Security-Policy']).toContain('upgrade-insecure-requests');
    expect(plain['Permissions-Policy']).toMatch(/camera=\(\)/);
    expect(plain['Permissions-Policy']).toMatch(/clipboard-write=\(self\)/);
  });
});
