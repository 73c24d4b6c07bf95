// The site's Content Security Policy, written into the built index.html as a <meta> tag (Vite's dev
// server is left alone: its hot reload needs inline scripts and a WebSocket). Only the site's own
// origin may serve anything; the one inline script, the theme pre-paint in index.html, is allowed by
// its SHA-256 hash, computed here from the script exactly as it ships, so editing it cannot silently
// break the theme. What each source list allows, and why:
//   script-src 'self' 'sha256-…' 'unsafe-eval' — the bundles, the pre-paint script, and `new Function`
//     for (a) the engine's compiled forward pass (compileMlp writes straight-line code from its own
//     fixed kernel table and integer layer sizes, never from reader or URL input; without it training
//     runs about 2× slower) and (b) the engine editor, which runs the op a reader wrote, on purpose;
//   style-src 'self' 'unsafe-inline' — KaTeX's markup and the charts carry style attributes;
//   font-src 'self' data: — KaTeX fonts, the smallest inlined into the CSS by Vite;
//   img-src 'self' data: — the favicon and small inlined images;
//   worker-src 'self' — the engine editor's checking worker; connect-src 'self'; nothing else.
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

export function contentSecurityPolicy(inlineScripts: readonly string[]): string {
  const hashes = inlineScripts.map((s) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`);
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(' ')} 'unsafe-eval'`,
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self' data:",
    "img-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** Adds the policy to the built page, hashing every inline <script> it finds there. */
export function cspPlugin(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
        const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(inline)}" />`;
        if (!html.includes('<meta charset="UTF-8" />')) throw new Error('cspPlugin: index.html has no <meta charset="UTF-8" /> to put the policy after');
        return html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    ${meta}`);
      },
    },
  };
}
