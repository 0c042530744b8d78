/**
 * The exported SVG drawn as a PNG, at twice its size by default (sharp on a projector or a
 * high-density screen), but never bigger than a canvas the browser can make and encode.
 *
 * The SVG is loaded as an image from a data: URL, which the page's Content-Security-Policy
 * already allows (img-src 'self' data:); a blob: URL would have needed the policy widened. An
 * SVG image cannot load anything, so the canvas is never tainted and can be read back.
 */

/** Longest side and most pixels of the PNG (a bigger canvas fails or takes seconds to encode). */
export const PNG_LIMITS = { side: 16_384, pixels: 64 * 2 ** 20 } as const;

/** The scale to draw a `width` x `height` image at: `wanted`, or less if that would pass the limits. */
export function pngScale(width: number, height: number, wanted = 2): number {
  const bySide = PNG_LIMITS.side / Math.max(width, height, 1);
  const byArea = Math.sqrt(PNG_LIMITS.pixels / Math.max(width * height, 1));
  return Math.min(wanted, bySide, byArea);
}

export interface Png {
  readonly blob: Blob;
  readonly width: number;
  readonly height: number;
  /** The scale it was drawn at (2, or less for a drawing too big for that). */
  readonly scale: number;
}

/** Draws the SVG text onto a canvas and encodes it as PNG. */
export async function svgToPng(svg: string, wanted = 2): Promise<Png> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const scale = pngScale(image.naturalWidth, image.naturalHeight, wanted);
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(image.naturalWidth * scale));
  canvas.height = Math.max(1, Math.round(image.naturalHeight * scale));
  const context = canvas.getContext('2d');
  if (!context) throw new Error('this browser could not make a canvas to draw the PNG on');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob)
    throw new Error(`this browser could not encode a ${canvas.width}×${canvas.height} PNG`);
  return { blob, width: canvas.width, height: canvas.height, scale };
}
