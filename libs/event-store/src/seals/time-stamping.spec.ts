import * as asn1js from 'asn1js';
import { nonceOf } from './time-stamping';

describe('the nonce of a time-stamp request', () => {
  it.each([0x00, 0x01, 0x7f, 0x80, 0xff])(
    'is a positive INTEGER encoded minimally when the first random byte is %i',
    (firstByte) => {
      const random = Buffer.from([firstByte, 0x00, 0x12, 0x34, 0x56, 0x78, 0x9a, 0xbc]);

      const nonce = nonceOf(random);
      const encoded = Buffer.from(new asn1js.Integer({ valueHex: nonce }).toBER(false));
      const decoded = asn1js.fromBER(encoded).result as asn1js.Integer;

      expect(nonce[0]).toBeGreaterThanOrEqual(1);
      expect(nonce[0]).toBeLessThanOrEqual(0x7f);
      expect(nonce.subarray(1)).toEqual(random.subarray(1));
      expect(encoded.subarray(2)).toEqual(nonce);
      expect(Buffer.from(decoded.valueBlock.valueHexView)).toEqual(nonce);
    },
  );
});
