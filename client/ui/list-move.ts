/**
 * Moves the element at `index` one place up (-1) or down (+1); out of range changes nothing.
 *
 * @example move(['a', 'b', 'c'], 2, -1) // ['a', 'c', 'b']
 */
export function move<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (target < 0 || target >= list.length) return [...list];
  const copy = [...list];
  const [moved] = copy.splice(index, 1);
  if (moved !== undefined) copy.splice(target, 0, moved);
  return copy;
}
