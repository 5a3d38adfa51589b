import { useState } from 'react';
import { usePhone } from '../../api/useDevice';
import { Button } from '../../ui/Button';
import { RadioList } from '../../ui/RadioList';
import { joinWifi, skipWifi } from '../../backup/setup/actions';
import { Lead, SetupPage, useGoOn } from './SetupPage';

/** The networks in range of the emulated phone. */
const NEARBY_NETWORKS = [
  { ssid: 'HomeNet', secured: true },
  { ssid: 'Contoso Guest', secured: false },
  { ssid: 'Fabrikam Café', secured: false },
] as const;

/**
 * Wi-Fi: the article's advice is to connect before restoring, since apps download over Wi-Fi
 * only. Skipping keeps the phone on cellular data.
 */
export function WifiStep() {
  const joined = usePhone((p) => p.setup.wifiSsid);
  const [ssid, setSsid] = useState<string>(joined ?? '');
  const go = useGoOn('wifi');
  const options = NEARBY_NETWORKS.map((n) => ({
    value: n.ssid,
    label: n.ssid,
    description: n.secured ? 'secured' : 'open',
  }));
  const join = () => {
    const network = NEARBY_NETWORKS.find((n) => n.ssid === ssid);
    if (!network) return;
    joinWifi(network.ssid, network.secured);
    go('join');
  };
  const skip = () => {
    skipWifi();
    go('skip');
  };
  return (
    <SetupPage
      title="Wi-Fi networking"
      buttons={
        <>
          <Button onClick={join} disabled={ssid === ''}>
            next
          </Button>
          <Button onClick={skip}>skip</Button>
        </>
      }
    >
      <Lead>
        Connect to a Wi-Fi network to finish setup faster. Your apps come back over Wi-Fi only, so it saves
        your cellular data too.
      </Lead>
      <RadioList label="Networks in range" options={options} value={ssid} onChange={setSsid} />
    </SetupPage>
  );
}
