/**
 * Figures about groups are shown only for groups of at least this many
 * people, so that no individual can be read from an aggregate.
 */
export const MIN_GROUP_SIZE = 5;

/**
 * The figure when the group is large enough to show it, else null.
 *
 * @example withholdSmallGroup(3, 12) // 3
 * @example withholdSmallGroup(3, 4)  // null
 */
export function withholdSmallGroup(figure: number, groupSize: number): number | null {
  return groupSize >= MIN_GROUP_SIZE ? figure : null;
}
