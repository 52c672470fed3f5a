/**
 * Reads ESC/POS bytes back into printed lines and commands, so receipt tests assert on
 * what a printer would do rather than on byte offsets. Tests only: it knows the commands
 * Tillbox sends, and reports anything else as 'unknown' so a malformed command (like
 * node-thermal-printer's short ESC p) shows up instead of being skipped.
 */

export interface EscPosCommand {
  /** 'ESC p', 'GS k', 'LF'...; 'unknown' or 'truncated ...' for bytes that are not a valid command. */
  name: string;
  bytes: number[];
  /** Barcode or QR payload, for GS k and GS ( k. */
  data?: string;
}

export interface DecodedEscPos {
  /** Printed lines, in the order they would come out. */
  text: string[];
  commands: EscPosCommand[];
}

const ESC = 0x1b;
const GS = 0x1d;
const DLE = 0x10;
const LF = 0x0a;

// Code page 858: PC850 with the euro sign at 0xD5.
const CP858_HIGH =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜø£Ø×ƒ' +
  'áíóúñÑªº¿®¬½¼¡«»░▒▓│┤ÁÂÀ©╣║╗╝¢¥┐' +
  '└┴┬├─┼ãÃ╚╔╩╦╠═╬¤ðÐÊËÈ€ÍÎÏ┘┌█▄¦Ì▀' +
  'ÓßÔÒõÕµþÞÚÛÙýÝ¯´\u00ad±‗¾¶§÷¸°¨·¹³²■\u00a0';
const CODE_PAGE_PC858 = 19;
const CODE_PAGE_WPC1252 = 16;

// ESC and GS commands of fixed length (whole command, prefix included).
const ESC_FIXED: Record<number, [string, number]> = {
  0x40: ['ESC @', 2],
  0x74: ['ESC t', 3],
  0x61: ['ESC a', 3],
  0x45: ['ESC E', 3],
  0x21: ['ESC !', 3],
  0x2d: ['ESC -', 3],
  0x4d: ['ESC M', 3],
  0x64: ['ESC d', 3],
  0x70: ['ESC p', 5],
  0x32: ['ESC 2', 2],
  0x33: ['ESC 3', 3],
  0x7b: ['ESC {', 3],
};
const GS_FIXED: Record<number, [string, number]> = {
  0x21: ['GS !', 3],
  0x42: ['GS B', 3],
  0x48: ['GS H', 3],
  0x66: ['GS f', 3],
  0x77: ['GS w', 3],
  0x68: ['GS h', 3],
  0x72: ['GS r', 3],
};

export function decodeEscPos(input: Uint8Array): DecodedEscPos {
  const b = Array.from(input);
  const text: string[] = [];
  const commands: EscPosCommand[] = [];
  let line = '';
  let codePage = 0;
  let i = 0;

  const at = (k: number): number | undefined => b[k];
  const take = (name: string, length: number, data?: string): void => {
    if (i + length > b.length) {
      commands.push({ name: `truncated ${name}`, bytes: b.slice(i) });
      i = b.length;
      return;
    }
    commands.push(data === undefined ? { name, bytes: b.slice(i, i + length) } : { name, bytes: b.slice(i, i + length), data });
    i += length;
  };
  const flush = (): void => {
    if (line !== '') text.push(line);
    line = '';
  };

  while (i < b.length) {
    const byte = b[i] ?? 0;
    const next = at(i + 1);

    if (byte === LF) {
      text.push(line);
      line = '';
      take('LF', 1);
    } else if (byte === ESC && next !== undefined && ESC_FIXED[next] !== undefined) {
      const [name, length] = ESC_FIXED[next];
      if (name === 'ESC t') codePage = at(i + 2) ?? codePage;
      if (name === 'ESC d') flush();
      take(name, length);
    } else if (byte === GS && next !== undefined && GS_FIXED[next] !== undefined) {
      const [name, length] = GS_FIXED[next];
      take(name, length);
    } else if (byte === GS && next === 0x56) {
      flush();
      const m = at(i + 2) ?? 0;
      take('GS V', m === 65 || m === 66 ? 4 : 3);
    } else if (byte === GS && next === 0x6b) {
      decodeBarcode();
    } else if (byte === GS && next === 0x28 && at(i + 2) === 0x6b) {
      const length = (at(i + 3) ?? 0) + (at(i + 4) ?? 0) * 256;
      const fn = at(i + 6);
      // fn 0x50 stores the symbol data: cn fn m d1...dk, so the payload starts 3 bytes in.
      const data = fn === 0x50 ? latin1(b.slice(i + 8, i + 5 + length)) : undefined;
      take('GS ( k', 5 + length, data);
    } else if (byte === GS && next === 0x76 && at(i + 2) === 0x30) {
      const widthBytes = (at(i + 4) ?? 0) + (at(i + 5) ?? 0) * 256;
      const height = (at(i + 6) ?? 0) + (at(i + 7) ?? 0) * 256;
      take('GS v 0', 8 + widthBytes * height);
    } else if (byte === DLE && next === 0x04) {
      take('DLE EOT', 3);
    } else if (byte === ESC || byte === GS || byte === DLE) {
      take('unknown', 2);
    } else if (byte === 0x0d) {
      i += 1;
    } else if (byte < 0x20 || byte === 0x7f) {
      take('unknown', 1);
    } else {
      line += decodeChar(byte, codePage);
      i += 1;
    }
  }
  flush();
  return { text, commands };

  function decodeBarcode(): void {
    const m = at(i + 2) ?? 0;
    if (m <= 6) {
      // Function A: data ends with NUL.
      const end = b.indexOf(0, i + 3);
      if (end < 0) {
        take('GS k', b.length - i);
        return;
      }
      take('GS k', end + 1 - i, latin1(b.slice(i + 3, end)));
      return;
    }
    const n = at(i + 3) ?? 0;
    const raw = latin1(b.slice(i + 4, i + 4 + n));
    take('GS k', 4 + n, m === 73 ? code128Text(raw) : raw);
  }
}

/** CODE128 data carries code-set selectors ({A, {B, {C); a literal "{" is sent as "{{". */
function code128Text(raw: string): string {
  let out = '';
  for (let k = 0; k < raw.length; k += 1) {
    const ch = raw[k];
    if (ch === '{') {
      k += 1;
      if (raw[k] === '{') out += '{';
    } else {
      out += ch ?? '';
    }
  }
  return out;
}

function decodeChar(byte: number, codePage: number): string {
  if (byte < 0x80) return String.fromCharCode(byte);
  if (codePage === CODE_PAGE_PC858) return CP858_HIGH[byte - 0x80] ?? '?';
  if (codePage === CODE_PAGE_WPC1252 && byte === 0x80) return '€';
  return String.fromCharCode(byte);
}

function latin1(bytes: number[]): string {
  return Buffer.from(bytes).toString('latin1');
}

/** Bytes as spaced hex, "1b 70 00 19 fa", for readable assertions and failure messages. */
export function hex(bytes: Uint8Array | number[]): string {
  return Array.from(bytes, (x) => x.toString(16).padStart(2, '0')).join(' ');
}
