/**
 * "1 person", "3 people": the CLI's English output counts things.
 *
 * @example plural(2, 'row', 'rows') // '2 rows'
 */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
