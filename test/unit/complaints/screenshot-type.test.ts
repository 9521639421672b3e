// Screenshots are typed by magic bytes, whatever their name says.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkScreenshots, screenshotLimits, sniffScreenshotType } from '../../../src/core/complaints/screenshot-type.js';

const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const jpeg = [0xff, 0xd8, 0xff, 0xe0];
const webp = [0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50];
const gif = [0x47, 0x49, 0x46, 0x38, 0x39, 0x61];

describe('sniffScreenshotType', () => {
  it.each([
    [png, 'image/png'], [jpeg, 'image/jpeg'], [webp, 'image/webp'], [gif, undefined], [[0x25, 0x50, 0x44, 0x46], undefined], [[], undefined],
    [[0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x41, 0x56, 0x45], undefined], // RIFF WAVE
  ] as const)('%j → %s', (bytes, type) => {
    expect(sniffScreenshotType(Uint8Array.from(bytes))).toBe(type);
  });
  it('any tail after a signature keeps the type', () => {
    fc.assert(fc.property(fc.constantFrom(png, jpeg, webp), fc.uint8Array({ maxLength: 64 }), (sig, tail) => {
      expect(sniffScreenshotType(Uint8Array.from([...sig, ...tail]))).toBeDefined();
    }));
  });
});

describe('checkScreenshots', () => {
  const ok = Uint8Array.from([...png, 0, 0]);
  it.each([
    [[ok, ok, ok], undefined],
    [[ok, ok, ok, ok], { index: 3, problem: 'too_many' }],
    [[ok, new Uint8Array(0)], { index: 1, problem: 'empty' }],
    [[Uint8Array.from(gif)], { index: 0, problem: 'bad_type' }],
    [[ok, new Uint8Array(screenshotLimits.maxBytes + 1)], { index: 1, problem: 'too_large' }],
  ])('case %#', (files, problem) => {
    expect(checkScreenshots(files)).toEqual(problem);
  });
});
