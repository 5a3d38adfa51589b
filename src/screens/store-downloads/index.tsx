import { useState } from 'react';
import { usePhone } from '../../api/useDevice';
import { installStateLabel } from '../../device/labels';
import { downloadAppNow } from '../../backup/downloads';
import { ListItem } from '../../ui/ListItem';
import { MessageDialog } from '../../ui/MessageDialog';
import { Page } from '../../ui/Page';
import { ProgressBar } from '../../ui/ProgressBar';

/** STORE / downloads: apps waiting to be installed; tapping one offers to download it over cellular. */
export function Component() {
  const apps = usePhone((p) => p.apps);
  const waiting = apps.filter((a) => a.installState !== 'installed');
  const [chosenId, setChosenId] = useState<string | null>(null);
  const chosen = waiting.find((a) => a.id === chosenId);
  return (
    <Page app="STORE" title="downloads">
      {waiting.length === 0 ? (
        <p className="m-0 py-[7px] text-wp-medium text-subtle">no downloads</p>
      ) : (
        <ul aria-label="downloads" className="m-0 list-none p-0">
          {waiting.map((app) => (
            <li key={app.id}>
              {app.installState === 'downloading' ? (
                <ListItem title={app.name} state={installStateLabel(app)}>
                  <ProgressBar value={app.downloadProgress} label={`downloading ${app.name}`} />
                </ListItem>
              ) : (
                <ListItem
                  title={app.name}
                  state={installStateLabel(app)}
                  onClick={() => setChosenId(app.id)}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      <MessageDialog
        open={chosen !== undefined && chosen.installState !== 'downloading'}
        title="download now?"
        text={
          chosen
            ? `Download ${chosen.name} now over your cellular data connection? Data charges may apply.`
            : ''
        }
        positive={{
          label: 'download',
          onClick: () => {
            if (chosenId) downloadAppNow(chosenId);
            setChosenId(null);
          },
        }}
        negative={{ label: 'cancel', onClick: () => setChosenId(null) }}
      />
    </Page>
  );
}
