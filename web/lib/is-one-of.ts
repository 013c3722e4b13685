/** Is `value` one of `values`? A narrowing for what is read from the address, a select or a file. */
export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
