const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * The pixel size of a PNG, from its IHDR chunk; null when the bytes are not a PNG.
 *
 * @example pngSize(readFileSync('public/icons/icon-192.png')) // { width: 192, height: 192 }
 */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const buffer = Buffer.from(bytes);
  if (buffer.length < 24 || !buffer.subarray(0, 8).equals(PNG_SIGNATURE) || buffer.toString('ascii', 12, 16) !== 'IHDR') return null;
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

/** "192x192" → { width: 192, height: 192 }, as a manifest writes icon sizes. */
export function parseIconSize(sizes: string): { width: number; height: number } | null {
  const match = /^(\d+)x(\d+)$/.exec(sizes);
  return match ? { width: Number(match[1]), height: Number(match[2]) } : null;
}
