import { usePhone } from '../../api/useDevice';
import { formatBytes } from '../../lib/format';
import { Page } from '../../ui/Page';
import { PhoneNameEditor } from './PhoneNameEditor';
import { ResetPhone } from './ResetPhone';

/** SETTINGS / about: the phone's identity, its name (editable) and, later, reset. */
export function Component() {
  const identity = usePhone((p) => p.identity);
  const capacity = usePhone((p) => p.storage.phoneCapacityBytes);
  const facts: ReadonlyArray<[string, string]> = [
    ['Model', identity.model],
    ['Software', 'Windows Phone 8.1 Update'],
    ['OS version', identity.osVersion],
    ['Device storage', formatBytes(capacity)],
  ];
  return (
    <Page app="SETTINGS" title="about">
      <PhoneNameEditor name={identity.phoneName} />
      <dl className="m-0 mt-[9px]">
        {facts.map(([term, value]) => (
          <div key={term} className="py-[5px]">
            <dt className="text-wp-normal text-subtle">{term}</dt>
            <dd className="m-0 text-wp-medium-large">{value}</dd>
          </div>
        ))}
      </dl>
      <ResetPhone />
    </Page>
  );
}
