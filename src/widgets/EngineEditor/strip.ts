// TypeScript → JavaScript in the page, by Sucrase (loaded with the editor): types removed, `export`
// rewritten to `exports.name = …` so the lab can pick the op out of the code.
import { transform } from 'sucrase';

export function stripTypes(ts: string): string {
  return transform(ts, { transforms: ['typescript', 'imports'], disableESTransforms: true }).code;
}
