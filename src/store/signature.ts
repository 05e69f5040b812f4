/** A MinHash signature as stored: each 32-bit word big-endian. */
export function signatureToBytes(signature: number[]): Buffer {
  const bytes = Buffer.allocUnsafe(signature.length * 4);
  for (let i = 0; i < signature.length; i++) bytes.writeUInt32BE(signature[i], i * 4);
  return bytes;
}

export function signatureFromBytes(bytes: Uint8Array): number[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const signature = new Array<number>(bytes.byteLength >>> 2);
  for (let i = 0; i < signature.length; i++) signature[i] = view.getUint32(i * 4);
  return signature;
}
