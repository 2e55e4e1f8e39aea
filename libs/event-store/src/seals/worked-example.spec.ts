/**
 * Goal: the seal part of the worked example in `docs/hash-chain.md` holds: the order hashes of the three
 * example events, and the seal at position 3 made with the document's example key (Ed25519 signatures
 * are deterministic, so the signature is pinned too), which verifies with that key's public half.
 */
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { ledgerDigestRoot } from '../ledger-digest';
import { workedExampleLog } from '../testing/worked-example';
import { nextOrderHash, ORDER_HASH_GENESIS } from './order-hash';
import { hasValidSignature, sealSigningInput, signSeal } from './seal';

/** The document's example key: the 32-byte seed 0x01 0x02 … 0x20. An example, never a key to use. */
const EXAMPLE_SEED = Buffer.from(Array.from({ length: 32 }, (_, index) => index + 1));
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const exampleKey = createPrivateKey({
  key: Buffer.concat([PKCS8_ED25519_PREFIX, EXAMPLE_SEED]),
  format: 'der',
  type: 'pkcs8',
});

describe('the seal of the worked example', () => {
  const log = workedExampleLog();
  const orderHashes = log.reduce<string[]>(
    (hashes, event) => [...hashes, nextOrderHash(hashes.at(-1) ?? ORDER_HASH_GENESIS, event)],
    [],
  );
  const seal = signSeal(
    {
      position: 3,
      eventCount: 3,
      streamCount: 2,
      digestRoot: ledgerDigestRoot(new Map(log.slice(1).map((event) => [event.streamId, event]))),
      orderHash: orderHashes[2]!,
      sealedAt: '2024-03-02T09:00:00.000Z',
    },
    exampleKey,
  );

  it('has the order hashes the document states (computed there with Python)', () => {
    expect(orderHashes).toEqual([
      '4d6a9b03ded89315b0c43e2beaa66d85780971893e3af917bac1dc9409f227a6',
      '1aa738df736d4466a0c436f3420b6b26019358adbea2c06db74fe4754fed186e',
      'e990ab2d08fe45459e93eae028c1a5a73e2cfafd7b40d5cd822b38d7c392f22a',
    ]);
  });

  it('has the signing input, key id and signature the document states, and verifies', () => {
    expect(sealSigningInput(seal).toString('utf8')).toBe(
      '{"digestRoot":"095ab291e1e9b8fecb112388da5cb53f4b89b5e05d5c746d1ab6be4a5baa3bb1","eventCount":3,' +
        '"keyId":"65b60673d6ed884bf01c2c222d82ada0740f29ac3355d6a925c81f17f47a27b8",' +
        '"orderHash":"e990ab2d08fe45459e93eae028c1a5a73e2cfafd7b40d5cd822b38d7c392f22a","position":3,' +
        '"sealedAt":"2024-03-02T09:00:00.000Z","streamCount":2,"type":"fund-ledger/seal","version":1}',
    );
    expect(seal.keyId).toBe('65b60673d6ed884bf01c2c222d82ada0740f29ac3355d6a925c81f17f47a27b8');
    expect(seal.signature).toBe(
      '161d5fb6f0d084f515bd052e58afe255b097f70c645b1de261c25d5316e34347131cc53caff323affe9af52069f54cb3b3345f731e612770df788c298a205706',
    );
    expect(hasValidSignature(seal, createPublicKey(exampleKey))).toBe(true);
  });
});
