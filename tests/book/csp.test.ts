// The built page carries a Content-Security-Policy that its own inline script satisfies (measured on
// the production build, like the bundle budget; set BUNDLE_DIST to check another build folder).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/book/plugins/cspPlugin';

const DIST = process.env.BUNDLE_DIST ?? 'dist';

describe('Content Security Policy', () => {
  it('allows an inline script only by its exact SHA-256 hash, and no other origin', () => {
    const policy = contentSecurityPolicy(['console.log(1)']);
    const hash = createHash('sha256').update('console.log(1)').digest('base64');
    expect(policy).toContain(`script-src 'self' 'sha256-${hash}' 'unsafe-eval'`);
    expect(policy).not.toMatch(/https?:|\*/);
    expect(policy).toContain("object-src 'none'");
  });

  it("lets the page register the site's own service worker and read its own web app manifest (offline reading)", () => {
    const directives = new Map(contentSecurityPolicy([]).split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives.get('worker-src')).toEqual(["'self'"]);
    // No manifest-src of its own: it falls back to default-src, the site's own origin.
    expect(directives.has('manifest-src') ? directives.get('manifest-src') : directives.get('default-src')).toEqual(["'self'"]);
  });

  it('the built index.html has the policy, with the hash of the theme pre-paint script it ships', () => {
    const file = join(DIST, 'index.html');
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npx vite build\` first (npm test does).`);
    const html = readFileSync(file, 'utf8');
    const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/);
    expect(meta, 'CSP meta tag').not.toBeNull();
    const script = html.match(/<script id="theme-prepaint">([\s\S]*?)<\/script>/)![1];
    const hash = createHash('sha256').update(script, 'utf8').digest('base64');
    expect(meta![1]).toContain(`'sha256-${hash}'`);
    // The policy comes before any script, so it governs all of them.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  });
});
