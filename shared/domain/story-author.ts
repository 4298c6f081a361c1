import type { StoryDisplay } from '../schemas/stories';

/** How a story names its author to colleagues. */
export interface ShownAuthor {
  name: string | null;
  department: string | null;
}

/**
 * The author as they chose to be shown: their full name, their first name
 * with their department, or nobody. Nothing they did not choose leaves this
 * function, so every screen and export of a story goes through it.
 *
 * @example storyAuthor('first_name_department', 'Sanne Bakker', 'Zorg') // { name: 'Sanne', department: 'Zorg' }
 */
export function storyAuthor(display: StoryDisplay, fullName: string, department: string | null): ShownAuthor {
  switch (display) {
    case 'full_name':
      return { name: fullName, department: null };
    case 'first_name_department':
      return { name: fullName.trim().split(/\s+/)[0] ?? null, department };
    case 'anonymous':
      return { name: null, department: null };
  }
}
