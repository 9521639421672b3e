// Verification codes from the operating system's CSPRNG (node:crypto randomBytes).
// Random bytes are drawn in blocks of 4 KiB (819 codes) to spare a system call per code;
// each code uses its own 5 fresh bytes, never reused, zeroed once used.
import { randomBytes } from 'node:crypto';
import type { CodeGenerator } from '../../app/ports/code-generator.js';
import { codeBytes, formatVerificationCode } from '../../core/messages/verification-code.js';

const blockBytes = 4095; // a multiple of 5

export class CryptoCodeGenerator implements CodeGenerator {
  private block: Buffer = Buffer.alloc(0);
  private offset = 0;

  constructor(private readonly random: (size: number) => Buffer = randomBytes) {}

  next(): string {
    if (this.offset + codeBytes > this.block.length) {
      this.block = this.random(blockBytes);
      this.offset = 0;
    }
    const bytes = this.block.subarray(this.offset, this.offset + codeBytes);
    this.offset += codeBytes;
    const code = formatVerificationCode(new Uint8Array(bytes.buffer, bytes.byteOffset, codeBytes));
    bytes.fill(0); // a used code's bytes do not linger in the block
    return code;
  }
}
