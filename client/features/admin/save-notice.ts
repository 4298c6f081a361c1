/*
 * A first save moves the editor from /new to the item's own address, which
 * mounts a fresh editor: its "Saved" would be lost with the old one. The
 * saving editor leaves a note for the address it moves to; the editor there
 * takes it once, on mount.
 */
let savedAt: string | null = null;

/** Call before moving to `path` after a save. */
export function noteSaved(path: string): void {
  savedAt = path;
}

/** True once for the editor mounted at `path` right after a save moved it there. */
export function takeSavedNote(path: string): boolean {
  if (savedAt !== path) return false;
  savedAt = null;
  return true;
}
