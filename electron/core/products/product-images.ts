import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fail } from '../errors';

export type ImageType = 'image/png' | 'image/jpeg' | 'image/webp';

/** At most 2 MB decoded. */
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

const EXTENSIONS: Record<ImageType, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp' };
const TYPES: Record<string, ImageType> = { png: 'image/png', jpg: 'image/jpeg', webp: 'image/webp' };

/** Whether the bytes start the way a file of that type must (its magic number). */
export function looksLike(type: ImageType, b: Buffer): boolean {
  switch (type) {
    case 'image/png':
      return b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    case 'image/jpeg':
      return b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;
    case 'image/webp':
      return b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP';
  }
}

/** Base64 as sent: strict, since Buffer.from would quietly skip what is not base64. */
export function decodeImage(type: ImageType, data: string): Buffer {
  if (data.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(data)) fail('invalid_input', 'The image is not valid base64');
  const bytes = Buffer.from(data, 'base64');
  if (bytes.length === 0) fail('invalid_input', 'The image is empty');
  if (bytes.length > MAX_IMAGE_BYTES) fail('invalid_input', 'An image is at most 2 MB');
  if (!looksLike(type, bytes)) fail('invalid_input', `The file is not a ${EXTENSIONS[type].toUpperCase()} image`);
  return bytes;
}

/**
 * Product images live in `<dataDir>/images/<productId>.<ext>`; the database keeps only the
 * file name. A new image is written beside the old one and renamed over it, so a crash
 * leaves the old image or the new one, never half of either.
 */
export class ImageStore {
  private readonly dir: string;

  constructor(dataDir: string) {
    this.dir = path.join(dataDir, 'images');
  }

  /** Writes the image and returns its file name. */
  write(productId: string, type: ImageType, bytes: Buffer): string {
    fs.mkdirSync(this.dir, { recursive: true });
    const name = `${productId}.${EXTENSIONS[type]}`;
    const temp = path.join(this.dir, `.${name}.${randomBytes(6).toString('hex')}.tmp`);
    const fd = fs.openSync(temp, 'w');
    try {
      fs.writeSync(fd, bytes);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, path.join(this.dir, name));
    return name;
  }

  /** Removes a file that is no longer the product's image; a missing one is already gone. */
  remove(name: string): void {
    fs.rmSync(path.join(this.dir, path.basename(name)), { force: true });
  }

  read(name: string): { type: ImageType; data: string } | null {
    const base = path.basename(name);
    const type = TYPES[path.extname(base).slice(1)];
    if (!type) return null;
    try {
      return { type, data: fs.readFileSync(path.join(this.dir, base)).toString('base64') };
    } catch {
      return null;
    }
  }
}
