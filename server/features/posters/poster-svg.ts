import { layoutPoster, PAGE_SIZES, type PageSize, type PosterContent } from './poster-layout';

const escapeXml = (s: string) => s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[ch] ?? ch);

/** The poster as SVG in millimetres (prints at its true size), black on white, no scripts, no external references. */
export function posterSvg(content: PosterContent, size: PageSize): string {
  const { width, height } = PAGE_SIZES[size].mm;
  const layout = layoutPoster(content, width, height);
  const { qr } = layout;
  const modules = qr.dark.map((d) => `M${d.x.toFixed(3)} ${d.y.toFixed(3)}h${qr.module.toFixed(3)}v${qr.module.toFixed(3)}h-${qr.module.toFixed(3)}z`).join('');
  const texts = layout.lines
    .map(
      (l) =>
        `<text x="${l.x.toFixed(2)}" y="${l.y.toFixed(2)}" font-size="${l.size.toFixed(2)}" font-weight="${l.bold ? 700 : 400}" text-anchor="middle">${escapeXml(l.text)}</text>`,
    )
    .join('\n  ');
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${width}mm" height="${height}mm" viewBox="0 0 ${width} ${height}">
  <title>${escapeXml(content.headline)}</title>
  <rect width="${width}" height="${height}" fill="#fff"/>
  <g font-family="Helvetica, Arial, sans-serif" fill="#111">
  ${texts}
  </g>
  <rect x="${qr.x.toFixed(3)}" y="${qr.y.toFixed(3)}" width="${qr.size.toFixed(3)}" height="${qr.size.toFixed(3)}" fill="#fff"/>
  <path fill="#000" shape-rendering="crispEdges" d="${modules}"/>
</svg>
`;
}
