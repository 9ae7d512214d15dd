import { NOTE_PREFIX, ORIGINAL_NOTE_MARK } from '../engine/plan/colors';

export { ORIGINAL_NOTE_MARK };

/** The plain text of an ExcelJS note (a string, or rich text runs). */
export function noteText(note: unknown): string {
  if (typeof note === 'string') return note;
  if (note && typeof note === 'object' && Array.isArray((note as { texts?: unknown }).texts)) {
    return (note as { texts: { text?: string }[] }).texts.map((t) => t.text ?? '').join('');
  }
  return '';
}

/** The user's part of an existing note: a note of an earlier run of ours is dropped, theirs kept. */
function userPart(existing: string): string {
  if (!existing.startsWith(NOTE_PREFIX)) return existing.trim();
  const at = existing.indexOf(ORIGINAL_NOTE_MARK);
  return at < 0 ? '' : existing.slice(at + ORIGINAL_NOTE_MARK.length).trim();
}

/**
 * In the annotated copy the user's note is kept below ours (the add-in instead leaves such a
 * cell's note alone): a copy is a new file, so nothing the user wrote may be dropped from it.
 */
export function composeNote(ours: string, existing: string): string {
  const theirs = userPart(existing);
  return theirs ? `${ours}\n\n${ORIGINAL_NOTE_MARK}\n${theirs}` : ours;
}
