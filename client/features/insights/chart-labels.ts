/**
 * A label in lines of at most `maxChars` (a longer word keeps its own line).
 *
 * @example wrapLabel('Herinneringen aan', 14) // 'Herinneringen\naan'
 */
export function wrapLabel(label: string, maxChars: number): string {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.join('\n');
}
