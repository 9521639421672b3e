// Source of verification codes: one fresh, unguessable code per message (8 Crockford
// base32 characters, 40 random bits; core/messages/verification-code.ts). Production
// uses node:crypto; a code is never derived from an id, a time or a counter.
//
// 40 bits are unguessable but not collision-free at volume (about 1 collision per 1.5
// million codes by the birthday bound): the store keeps codes unique per tenant and the
// caller asks again on a clash.
export interface CodeGenerator {
  next(): string;
}
