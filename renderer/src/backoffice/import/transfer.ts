import { TRANSFER_CHUNK_BYTES, type ExportChunk, type ExportView, type ImportFileView } from '../../../../shared/domain/catalog-io';
import type { InputOf } from '../../../../shared/contract';
import { call } from '../../api/client';

/** Base64 of bytes, built in slices: one String.fromCharCode over 512 KiB overflows the call stack. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
}

export function fromBase64(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Sends a file in the chunks catalogio.upload takes (a web-host frame is 1 MiB), one after
 * the other; the last reply reads the header row and proposes the column mapping.
 */
export async function uploadFile(name: string, bytes: Uint8Array, onProgress: (sent: number) => void): Promise<ImportFileView> {
  let uploadId: string | undefined;
  for (let at = 0; ; at += TRANSFER_CHUNK_BYTES) {
    const last = at + TRANSFER_CHUNK_BYTES >= bytes.length;
    const data = toBase64(bytes.subarray(at, at + TRANSFER_CHUNK_BYTES));
    const reply = await call('catalogio.upload', { ...(uploadId === undefined ? {} : { uploadId }), name, data, last });
    uploadId = reply.uploadId;
    onProgress(Math.min(bytes.length, at + TRANSFER_CHUNK_BYTES));
    if (last) {
      // The core answers the last chunk with the file's view; anything else is a broken contract.
      if (!('headers' in reply)) throw new Error('The upload did not complete');
      return reply;
    }
  }
}

/** Writes an export in the core, then reads it back chunk by chunk. */
export async function exportFile(
  input: InputOf<'catalogio.export'>,
  onProgress: (phase: 'preparing' | 'downloading', done: number, total: number) => void,
): Promise<{ view: ExportView; blob: Blob }> {
  onProgress('preparing', 0, 0);
  const view = await call('catalogio.export', input);
  const parts: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  for (let offset: number | null = 0; offset !== null; ) {
    const chunk: ExportChunk = await call('catalogio.download', { exportId: view.exportId, offset });
    const bytes = fromBase64(chunk.data);
    parts.push(bytes);
    received += bytes.length;
    onProgress('downloading', received, view.bytes);
    offset = chunk.next;
  }
  return { view, blob: new Blob(parts, { type: mimeOf(view.fileName) }) };
}

export function mimeOf(fileName: string): string {
  return fileName.toLowerCase().endsWith('.xlsx') ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv';
}

/** Hands a blob to the browser as a download (see history/download.ts for the same with base64). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // After the click has handed the file over; revoking at once can cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
