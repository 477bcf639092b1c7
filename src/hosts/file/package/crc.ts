/** CRC-32 with zip's polynomial, as every part of a zip carries it. */

// CRC-32 (zip's polynomial), slicing by 8.
const CRC_TABLE = ((): Int32Array => {
  const t = new Int32Array(256 * 8);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  for (let n = 0; n < 256; n++) {
    let c = t[n] as number;
    for (let k = 1; k < 8; k++) {
      c = (t[c & 0xff] as number) ^ (c >>> 8);
      t[k * 256 + n] = c;
    }
  }
  return t;
})();

function crcChunk(crc: number, b: Uint8Array, from: number, to: number): number {
  const t = CRC_TABLE;
  let c = crc;
  let i = from;
  const end8 = from + ((to - from) & ~7);
  for (; i < end8; i += 8) {
    const a =
      ((b[i] as number) |
        ((b[i + 1] as number) << 8) |
        ((b[i + 2] as number) << 16) |
        ((b[i + 3] as number) << 24)) ^
      c;
    c =
      (t[1792 + (a & 0xff)] as number) ^
      (t[1536 + ((a >>> 8) & 0xff)] as number) ^
      (t[1280 + ((a >>> 16) & 0xff)] as number) ^
      (t[1024 + (a >>> 24)] as number) ^
      (t[768 + (b[i + 4] as number)] as number) ^
      (t[512 + (b[i + 5] as number)] as number) ^
      (t[256 + (b[i + 6] as number)] as number) ^
      (t[b[i + 7] as number] as number);
  }
  for (; i < to; i++) c = (t[(c ^ (b[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return c;
}

/** Running CRC-32 state: start with -1, finish with `(c ^ -1) >>> 0`. */
export function crcUpdate(crc: number, bytes: Uint8Array): number {
  let c = crc;
  // In chunks, so the loop is optimised early even for one big part.
  for (let i = 0; i < bytes.length; i += 65_536)
    c = crcChunk(c, bytes, i, Math.min(bytes.length, i + 65_536));
  return c;
}

export function crc32(bytes: Uint8Array): number {
  return (crcUpdate(-1, bytes) ^ -1) >>> 0;
}
