/**
 * Fund settings added after funds were already recorded. Events written before a setting existed carry
 * settings without it; they are read with the value that describes how such a fund worked when it was
 * recorded, so replaying an old history decides as it did then (ADR 0028). A fund changes its way of
 * working by a settings change, recorded like any other.
 */
import type { FundEventData } from '../fund.events';
import type { FundSettings } from '../fund.settings';

/** Settings as an older event recorded them, completed with the values of settings it did not know. */
export function settingsAsRecorded(recorded: FundSettings): FundSettings {
  const older: Partial<FundSettings> = recorded;
  if (older.fourEyesPayments !== undefined && older.juryVoting !== undefined) return recorded;
  return {
    ...recorded,
    fourEyesPayments: older.fourEyesPayments ?? false,
    juryVoting: older.juryVoting ?? 'members-vote',
  };
}

function withSettingsAsRecorded<Data extends { readonly settings: FundSettings }>(data: Data): Data {
  const settings = settingsAsRecorded(data.settings);
  return settings === data.settings ? data : { ...data, settings };
}

/** Upcasters of the events that record a fund's settings. */
export const SETTINGS_UPCASTERS = {
  FundOpened: (data: Readonly<Record<string, unknown>>) =>
    withSettingsAsRecorded(data as unknown as FundEventData<'FundOpened'>),
  FundSettingsChanged: (data: Readonly<Record<string, unknown>>) =>
    withSettingsAsRecorded(data as unknown as FundEventData<'FundSettingsChanged'>),
};
