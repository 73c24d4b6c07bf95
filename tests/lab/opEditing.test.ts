import { readFileSync } from 'node:fs';
import { transform } from 'sucrase';
import { describe, expect, it } from 'vitest';
import { Tensor, relu, sigmoid, tanh, gelu } from '../../src/engine';
import { EDITABLE_OPS, checkOp, describeCheck, opFromCode, regionOf, type EditableOp } from '../../src/lab/opEditing';

const SOURCE = readFileSync('src/engine/ops/activations.ts', 'utf8');
const strip = (ts: string) => transform(ts, { transforms: ['typescript', 'imports'], disableESTransforms: true }).code;
const build = (name: EditableOp, ts = regionOf(SOURCE, name)) => opFromCode(strip(ts), name);
const BOOK = { relu, sigmoid, tanh, gelu: (t: Tensor) => gelu(t) };

describe('editing an engine op in the page', () => {
  it.each(EDITABLE_OPS)("the book's %s region, stripped and rebuilt, is the engine's op and passes the check", (name) => {
    const op = build(name);
    const x = new Tensor(Float64Array.from([-2, -0.5, 0.3, 1.7, NaN]), [5]);
    const ours = op(x).data, book = BOOK[name](x).data;
    for (let i = 0; i < 5; i++) expect(Object.is(ours[i], book[i]) || Math.abs(ours[i] - book[i]) < 1e-15).toBe(true);
    expect(checkOp(op)).toMatchObject({ ok: true, checked: 24 });
  });

  it('catches a ReLU whose backward forgot the mask, naming the element and both values', () => {
    const region = regionOf(SOURCE, 'relu');
    const broken = region.replace(/if \(!\(X\[i\] <= 0\)\) /, '');
    expect(broken).not.toBe(region);
    const result = checkOp(build('relu', broken));
    expect(result).toMatchObject({ ok: false, reason: 'gradient', analytic: 1, numeric: 0 });
    if (result.ok || result.reason !== 'gradient') return;
    expect(result.x).toBeLessThan(0);
    expect(describeCheck('relu', result)).toMatch(/^Gradient check failed at input \d+ of 24 \(x = -[\d.]+\): backward gives 1, central differences give 0\. The op was not installed\.$/);
  });

  it('reports code that does not compile, does not export the op, or returns the wrong thing', () => {
    expect(() => opFromCode('exports.relu = function (a) {', 'relu')).toThrow(/does not compile/);
    expect(() => opFromCode('exports.other = () => 1;', 'relu')).toThrow(/must still export a function named relu/);
    const r = checkOp(opFromCode('exports.relu = (a) => 3;', 'relu'));
    expect(r.ok ? '' : describeCheck('relu', r)).toBe('Your relu failed to run: relu returned number, not a Tensor.');
  });

  it('regionOf finds regions and says when one is missing', () => {
    expect(regionOf('a\n// #region r\nb\nc\n// #endregion\nd', 'r')).toBe('b\nc');
    expect(() => regionOf('x', 'nope')).toThrow(/no region "nope"/);
  });
});
