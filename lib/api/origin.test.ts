import { publicOrigin } from './origin';

const request = (headers: Record<string, string>) => new Request('http://localhost:3000/api/v1/export.csv', { headers });

describe('publicOrigin', () => {
  it('uses the host the reader asked for, not the one Next was started with', () => {
    expect(publicOrigin(request({ host: 'figures.example.org' }))).toBe('http://figures.example.org');
    expect(publicOrigin(request({ host: '127.0.0.1:8080' }))).toBe('http://127.0.0.1:8080');
    expect(publicOrigin(request({ host: '[::1]:3000' }))).toBe('http://[::1]:3000');
  });

  it('takes the scheme from a TLS proxy', () => {
    expect(publicOrigin(request({ host: 'figures.example.org', 'x-forwarded-proto': 'https' }))).toBe('https://figures.example.org');
    expect(publicOrigin(request({ host: 'figures.example.org', 'x-forwarded-proto': 'javascript' }))).toBe('http://figures.example.org');
  });

  it('falls back to the request URL for a missing or odd Host, and ignores X-Forwarded-Host', () => {
    expect(publicOrigin(request({}))).toBe('http://localhost:3000');
    expect(publicOrigin(request({ host: 'evil.example/path?' }))).toBe('http://localhost:3000');
    expect(publicOrigin(request({ host: 'figures.example.org', 'x-forwarded-host': 'evil.example' }))).toBe('http://figures.example.org');
  });
});
