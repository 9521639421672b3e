import { describe, expect, it } from 'vitest';
import { SegmentReceipts } from '../../../../src/adapters/sms/smpp/segment-receipts.js';

const threeSegments = (): SegmentReceipts => {
  const r = new SegmentReceipts();
  const g = r.group();
  r.accepted(g, 0, 'A');
  r.accepted(g, 1, 'B');
  r.accepted(g, 2, 'C');
  return r;
};

describe('SegmentReceipts: a long message is reported under its first segment id', () => {
  it('passes receipts for untracked ids through', () => {
    expect(new SegmentReceipts().onReceipt('X', 'delivered')).toEqual({ providerId: 'X', status: 'delivered' });
  });

  it('reports the first segment, swallows the other delivered ones', () => {
    const r = threeSegments();
    expect(r.onReceipt('B', 'delivered')).toBeNull();
    expect(r.onReceipt('A', 'delivered')).toEqual({ providerId: 'A', status: 'delivered' });
    expect(r.onReceipt('C', 'delivered')).toBeNull();
  });

  it('a failed segment seen before the first makes the message report that failure', () => {
    const r = threeSegments();
    expect(r.onReceipt('C', 'undeliverable')).toBeNull();
    expect(r.onReceipt('A', 'delivered')).toEqual({ providerId: 'A', status: 'undeliverable' });
  });

  it('a failure after `delivered` was reported yields one corrective receipt', () => {
    const r = threeSegments();
    expect(r.onReceipt('A', 'delivered')).toEqual({ providerId: 'A', status: 'delivered' });
    expect(r.onReceipt('B', 'expired')).toEqual({ providerId: 'A', status: 'expired' });
    expect(r.onReceipt('C', 'undeliverable')).toBeNull();
  });

  it('forgets the oldest ids beyond its bound', () => {
    const r = new SegmentReceipts(2);
    const g = r.group();
    r.accepted(g, 0, 'A');
    r.accepted(g, 1, 'B');
    r.accepted(g, 2, 'C');
    expect(r.onReceipt('A', 'delivered')).toEqual({ providerId: 'A', status: 'delivered' }); // untracked now
  });
});
