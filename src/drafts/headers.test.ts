import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../vite.config';

// The sample server headers (docs/nginx.conf) must say what the build's <meta> CSP says, plus what
// only a header can say. A drift here means a host following the docs would run a weaker policy.

const nginx = readFileSync(new URL('../../docs/nginx.conf', import.meta.url), 'utf8');

/** Every value of `add_header <name> "<value>"` in the file, active lines and the snippet comment alike. */
function headerValues(name: string): string[] {
  const re = new RegExp(`add_header ${name} "([^"]*)"`, 'g');
  return [...nginx.matchAll(re)].map((m) => m[1]);
}

const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [name, ...values] = d.split(/\s+/);
        return [name, values.join(' ')] as const;
      }),
  );

describe('security headers', () => {
  it('the build CSP is strict: self only, no inline script or style, no network but self', () => {
    const csp = directives(CONTENT_SECURITY_POLICY);
    expect(csp.get('default-src')).toBe("'self'");
    expect(csp.get('script-src')).toBe("'self'");
    expect(csp.get('style-src')).toBe("'self'");
    expect(csp.get('connect-src')).toBe("'self'");
    expect(csp.get('object-src')).toBe("'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe|https?:|\*/);
  });

  it('nginx sends the same CSP plus frame-ancestors none, in every place it is set', () => {
    const values = headerValues('Content-Security-Policy');
    expect(values.length).toBeGreaterThanOrEqual(2);
    for (const value of values) {
      const header = directives(value);
      expect(header.get('frame-ancestors')).toBe("'none'");
      header.delete('frame-ancestors');
      expect(Object.fromEntries(header)).toEqual(Object.fromEntries(directives(CONTENT_SECURITY_POLICY)));
    }
  });

  it('nginx sends the other privacy headers, the same everywhere', () => {
    for (const [name, expected] of [
      ['Referrer-Policy', 'no-referrer'],
      ['X-Content-Type-Options', 'nosniff'],
    ] as const) {
      const values = headerValues(name);
      expect(values.length, name).toBeGreaterThanOrEqual(2);
      expect(new Set(values), name).toEqual(new Set([expected]));
    }
    const permissions = headerValues('Permissions-Policy');
    expect(new Set(permissions).size).toBe(1);
    for (const feature of ['camera=()', 'microphone=()', 'geolocation=()', 'payment=()', 'usb=()']) {
      expect(permissions[0]).toContain(feature);
    }
  });

  it('vite preview sends exactly the server-level headers of nginx.conf (Cache-Control aside)', () => {
    const server = nginx.slice(nginx.indexOf('# --- Security headers'), nginx.indexOf('# --- Caching'));
    const names = [...server.matchAll(/^\s*add_header ([\w-]+) "([^"]*)"/gm)].map((m) => [m[1], m[2]] as const);
    expect(names.length).toBeGreaterThanOrEqual(8);
    expect(Object.fromEntries(names)).toEqual(SECURITY_HEADERS);
  });

  it('index.html asks for no referrer, for hosts without the header', () => {
    const html = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');
    expect(html).toMatch(/<meta name="referrer" content="no-referrer" \/>/);
  });
});
