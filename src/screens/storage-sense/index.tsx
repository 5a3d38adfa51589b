import { usePhone } from '../../api/useDevice';
import { locationLabel } from '../../device/labels';
import { setSaveLocation, type SaveLocationKind } from '../../device/operations';
import { storageUsage } from '../../device/storageUsage';
import { ListPicker } from '../../ui/ListPicker';
import { Page } from '../../ui/Page';
import { UsageSection } from './UsageSection';

const locations = [
  { value: 'phone', label: locationLabel('phone') },
  { value: 'sd', label: locationLabel('sd') },
] as const;
const pickers: ReadonlyArray<[SaveLocationKind, string]> = [
  ['music', 'Store new music, videos and podcasts on'],
  ['photos', 'Store new photos on'],
  ['apps', 'Store new apps on'],
];

/** SETTINGS / storage sense: phone and SD card use, and where new things are saved. */
export function Component() {
  const phone = usePhone((p) => p);
  const usage = storageUsage(phone);
  const saveTo = phone.settings.storageSense;
  return (
    <Page app="STORAGE SENSE" title="storage sense">
      <UsageSection title="phone" usage={usage.phone} />
      {usage.sd ? (
        <UsageSection title="SD card" usage={usage.sd} />
      ) : (
        <section className="py-[7px]">
          <h2 className="m-0 text-wp-large leading-tight font-light">SD card</h2>
          <p className="m-0 text-wp-normal text-subtle">no SD card</p>
        </section>
      )}
      <div className="mt-[9px]">
        {pickers.map(([kind, label]) => (
          <ListPicker
            key={kind}
            label={label}
            options={locations}
            value={saveTo[kind]}
            disabled={!usage.sd}
            onChange={(where) => setSaveLocation(kind, where)}
          />
        ))}
      </div>
    </Page>
  );
}
