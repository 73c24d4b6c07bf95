// The one rule for options objects: a key we do not understand is an error naming the owner and the
// key, never silently ignored. A key whose value is undefined counts as not given.

export function rejectUnknownOptions(owner: string, options: object, known: readonly string[]): void {
  for (const [key, value] of Object.entries(options)) {
    if (value !== undefined && !known.includes(key)) throw new Error(`${owner}: unknown option "${key}" (known: ${known.join(', ')})`);
  }
}
