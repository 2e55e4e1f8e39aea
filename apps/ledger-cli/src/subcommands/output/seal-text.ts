/** The seal part of `verify`'s verdict, in sentences an auditor can put in the audit file. */
import type { CheckedSeal, SealAuditResult } from '@fund-ledger/event-store';
import { counted } from './counted';

export function sealVerdictText(seals: SealAuditResult): string {
  const lines: string[] = [];
  const last = seals.lastValidSeal;
  if (last === null) {
    lines.push(
      seals.sealCount === 0
        ? 'UNSEALED: no seal covers this log. Nothing here shows that events were not appended, removed or rewritten by someone with write access to the store.'
        : `UNSEALED: none of the ${counted(seals.sealCount, 'seal')} found is valid for this log.`,
    );
  } else {
    lines.push(`Sealed up to position ${last.seal.position} on ${last.seal.sealedAt} (${sealState(last)}).`);
  }
  lines.push(afterText(seals));
  if (seals.withoutToken.length > 0) {
    lines.push(`Seals without a time-stamp token yet: ${positionsText(seals.withoutToken)}.`);
  }
  if (!seals.signaturesChecked && seals.sealCount > 0) {
    lines.push(
      'Seal signatures were not checked: give the trusted public key with --seal-key (or SEAL_PUBLIC_KEY_FILE).',
    );
  }
  if (!seals.tokensChecked && seals.sealCount > seals.withoutToken.length) {
    lines.push(
      "Time-stamp tokens were not checked: give the authority's CA certificate with --tsa-ca (or SEAL_TSA_CA_FILE).",
    );
  }
  return `${lines.join('\n')}\n`;
}

export function sealFindingsText(seals: SealAuditResult): string {
  const lines = seals.findings.map((finding) => finding.message);
  const unnamed =
    seals.backdatedEventCount - seals.findings.filter((finding) => finding.kind === 'backdated_event').length;
  if (unnamed > 0) lines.push(`… and ${counted(unnamed, 'further back-dated event')}.`);
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

function sealState(checked: CheckedSeal): string {
  const signature =
    checked.signature === 'valid'
      ? `signed by key ${checked.seal.keyId.slice(0, 16)}…`
      : 'signature not checked';
  const stamp = checked.timeStamp;
  const timeStamp =
    stamp.state === 'valid'
      ? `time-stamped ${stamp.genTime} by ${stamp.authority}`
      : stamp.state === 'unchecked'
        ? `time-stamp of ${stamp.genTime ?? 'unknown time'} not checked`
        : 'no time-stamp token yet';
  return `${signature}, ${timeStamp}, ${counted(checked.seal.eventCount, 'event')}`;
}

function afterText(seals: SealAuditResult): string {
  const after = seals.afterLastSeal;
  const subject = seals.lastValidSeal === null ? 'Unsealed' : 'After the last seal';
  if (after.eventCount === 0) return `${subject}: no events.`;
  const range =
    after.firstPosition === after.lastPosition
      ? `position ${after.firstPosition}`
      : `positions ${after.firstPosition} to ${after.lastPosition}`;
  return `${subject}: ${counted(after.eventCount, 'event')}, ${range}, recorded ${after.firstRecordedAt} to ${after.lastRecordedAt}.`;
}

function positionsText(positions: readonly number[]): string {
  const shown = positions.slice(0, 20).join(', ');
  return `positions ${shown}${positions.length > 20 ? ` and ${positions.length - 20} more` : ''}`;
}
