import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createPinoLogger, maskDigits } from '../../../src/adapters/system/pino-logger.js';

describe('pino logger', () => {
  it('masks phone-like digit runs, leaves ids, counts and dates readable', () => {
    expect(maskDigits('call +8613812345678 now')).toBe('call +86*********78 now');
    expect(maskDigits('tel 138-1234-5678')).toBe('tel 13*******78');
    expect(maskDigits('id 0190a5e2-7c1b-7d3e-8f00-123456789abc, 1500 rows, 2026-11-28')).toBe(
      'id 0190a5e2-7c1b-7d3e-8f00-123456789abc, 1500 rows, 2026-11-28',
    );
  });

  it('redacts personal keys at depth and masks numbers under any key', () => {
    let out = '';
    const sink = new Writable({
      write(c: Buffer, _e, done) {
        out += c.toString();
        done();
      },
    });
    const log = createPinoLogger({ level: 'debug', destination: sink });
    log.info({ name: '王小明', person: { phoneE164: '+8613812345678', email: 'a@b.test' }, rows: [{ to: '+8613812345678' }] }, 'hello');
    log.child({ remark: 'from 13812345678', person: { name: '王小明' } }).warn({ count: 3 }, 'to +8613812345678');
    expect(out).not.toContain('王小明');
    expect(out).not.toContain('13812345678');
    expect(out).not.toContain('a@b.test');
    expect(out).toContain('[redacted]');
    expect(out).toContain('"count":3');
    expect(out.trim().split('\n')).toHaveLength(2);
  });
});
