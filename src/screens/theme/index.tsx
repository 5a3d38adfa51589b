import { usePhone } from '../../api/useDevice';
import { setAccent, setTheme } from '../../device/operations';
import { ACCENTS, accentNames, type AccentName } from '../../device/schema';
import { ListPicker } from '../../ui/ListPicker';
import { Page } from '../../ui/Page';
import { RadioList } from '../../ui/RadioList';

const backgrounds = [
  { value: 'dark', label: 'dark' },
  { value: 'light', label: 'light' },
] as const;
const accentOptions = accentNames.map((name) => ({ value: name, label: name, swatch: ACCENTS[name] }));

/** SETTINGS / theme: background and accent colour; a change shows at once. */
export function Component() {
  const theme = usePhone((p) => p.settings.theme);
  const accent = usePhone((p) => p.settings.accent);
  return (
    <Page app="SETTINGS" title="theme">
      <ListPicker label="Background" options={backgrounds} value={theme} onChange={setTheme} />
      <RadioList<AccentName>
        label="Accent color"
        layout="grid"
        options={accentOptions}
        value={accent}
        onChange={setAccent}
      />
    </Page>
  );
}
