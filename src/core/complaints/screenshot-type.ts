// Screenshot uploads are judged by their first bytes, never by name or declared type.
// Limits: at most 3 per complaint, each at most 2 MiB and not empty.

export const screenshotTypes = ['image/png', 'image/jpeg', 'image/webp'] as const;
export type ScreenshotType = (typeof screenshotTypes)[number];

export const screenshotLimits = { maxFiles: 3, maxBytes: 2 * 1024 * 1024 } as const;

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0): boolean =>
  b.length >= at + sig.length && sig.every((v, i) => b[at + i] === v);

/** PNG 89 50 4E 47 0D 0A 1A 0A; JPEG FF D8 FF; WebP "RIFF" ???? "WEBP". */
export const sniffScreenshotType = (bytes: Uint8Array): ScreenshotType | undefined => {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  return undefined;
};

export type ScreenshotProblem = 'too_many' | 'too_large' | 'empty' | 'bad_type';

/** The first problem with a set of uploads, checked in order: count, size, type. */
export const checkScreenshots = (files: readonly Uint8Array[]): { readonly index: number; readonly problem: ScreenshotProblem } | undefined => {
  if (files.length > screenshotLimits.maxFiles) return { index: screenshotLimits.maxFiles, problem: 'too_many' };
  for (const [index, f] of files.entries()) {
    if (f.length === 0) return { index, problem: 'empty' };
    if (f.length > screenshotLimits.maxBytes) return { index, problem: 'too_large' };
    if (sniffScreenshotType(f) === undefined) return { index, problem: 'bad_type' };
  }
  return undefined;
};
