import { usePhone } from '../../api/useDevice';
import { dataLimitLabel } from '../../device/labels';
import { setDataSenseLimit } from '../../device/operations';
import { ListPicker } from '../../ui/ListPicker';
import { Page } from '../../ui/Page';

const limits = [null, 100, 200, 500, 1024, 2048, 5120] as const;
const options = limits.map((mb) => ({ value: mb === null ? 'none' : String(mb), label: dataLimitLabel(mb) }));

/** DATA SENSE / data sense: the monthly data limit. */
export function Component() {
  const limit = usePhone((p) => p.settings.dataSenseLimitMb);
  const value = limit === null ? 'none' : String(limit);
  const known = options.some((o) => o.value === value);
  return (
    <Page app="DATA SENSE" title="data sense">
      <p className="m-0 py-[7px] text-wp-normal text-subtle">
        Data Sense helps you stay under your data limit: set a monthly limit for cellular data.
      </p>
      <ListPicker
        label="Data limit"
        options={known ? options : [...options, { value, label: dataLimitLabel(limit) }]}
        value={value}
        onChange={(v) => setDataSenseLimit(v === 'none' ? null : Number(v))}
      />
    </Page>
  );
}
