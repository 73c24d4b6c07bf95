// tfjs-core's Node platform calls require('util') for TextEncoder/TextDecoder and typed-array checks.
// A browser-style bundle has no 'util', so the bench aliases it to this shim (globals exist in both).
export const TextEncoder = globalThis.TextEncoder;
export const TextDecoder = globalThis.TextDecoder;
export const types = {
  isFloat32Array: (a: unknown) => a instanceof Float32Array,
  isInt32Array: (a: unknown) => a instanceof Int32Array,
  isUint8Array: (a: unknown) => a instanceof Uint8Array,
  isUint8ClampedArray: (a: unknown) => a instanceof Uint8ClampedArray,
};
export default { TextEncoder, TextDecoder, types };
