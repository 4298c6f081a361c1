/** The address a poster's QR code encodes and its text shows. */
export function posterUrl(publicUrl: string, code: string): string {
  return `${publicUrl.replace(/\/$/, '')}/k/${code}`;
}
