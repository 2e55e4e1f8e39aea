/**
 * The three events of the worked example in `docs/hash-chain.md`: two in `fund-dortmund-city-fonds`,
 * one in `fund-hoerde`. The specs that pin the document's figures (event hashes, digest roots, order
 * hashes, the example seal) all start from here.
 */
import type { EventMetadata, RecordedEvent } from '../event-store.port';
import { chainEvents } from '../hash-chain';

const treasurer: EventMetadata = {
  actor: { subject: 'treasurer-1', role: 'treasurer' },
  commandId: 'cmd-1',
  correlationId: 'corr-1',
  causationId: 'cmd-1',
  recordedAt: '2024-03-01T09:30:00.000Z',
};
const manager: EventMetadata = {
  actor: { subject: 'manager-7', role: 'fund-manager' },
  commandId: 'cmd-9',
  correlationId: 'cmd-9',
  causationId: 'cmd-9',
  recordedAt: '2024-03-02T08:00:00.000Z',
};

export function workedExampleLog(): RecordedEvent[] {
  const [contribution, split] = chainEvents('fund-dortmund-city-fonds', null, [
    {
      type: 'ContributionReceived',
      data: {
        amount: '1234.50',
        pot: 'private',
        source: 'Verfügungsfonds 🎹',
        lines: [{ funder: 'city', share: '0.10' }],
      },
      metadata: treasurer,
    },
    {
      type: 'ContributionSplit',
      data: { parts: { city: '617.25', state: '617.25' } },
      metadata: treasurer,
    },
  ]);
  const [opened] = chainEvents('fund-hoerde', null, [
    {
      type: 'FundOpened',
      data: { name: 'Stadtteilfonds Hörde', publicShareMax: '0.5' },
      metadata: manager,
    },
  ]);
  return [
    { ...contribution, position: 1 },
    { ...opened, position: 2 },
    { ...split, position: 3 },
  ];
}
