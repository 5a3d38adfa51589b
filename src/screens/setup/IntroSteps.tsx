import { usePhone, useNow } from '../../api/useDevice';
import { formatDateTime } from '../../lib/format';
import { Button } from '../../ui/Button';
import { ListPicker } from '../../ui/ListPicker';
import { RadioList } from '../../ui/RadioList';
import { setLanguage, setTimeZone } from '../../backup/setup/actions';
import { Lead, SetupPage, useGoOn } from './SetupPage';

/** The phone shows English whatever is chosen; the choice is kept, as the real phone keeps it. */
const LANGUAGES = [
  'English (United States)',
  'English (United Kingdom)',
  'Deutsch',
  'español (España)',
  'français (France)',
  'Bahasa Indonesia',
  'italiano',
  'português (Brasil)',
].map((l) => ({ value: l, label: l }));

export function LanguageStep() {
  const language = usePhone((p) => p.setup.language);
  const go = useGoOn('language');
  return (
    <SetupPage title="language" buttons={<Button onClick={() => go('next')}>next</Button>}>
      <RadioList
        label="Choose a language for your phone"
        options={LANGUAGES}
        value={language}
        onChange={setLanguage}
      />
    </SetupPage>
  );
}

export function TermsStep() {
  const go = useGoOn('terms');
  return (
    <SetupPage title="terms of use" buttons={<Button onClick={() => go('accept')}>accept</Button>}>
      <Lead>
        By tapping accept, you agree to the Windows Phone software license terms and the Microsoft Services
        Agreement.
      </Lead>
      <p className="m-0 mb-[9px] text-wp-normal text-subtle">
        Your phone may send information to Microsoft to keep it up to date and to back it up, as the privacy
        statement describes. You can change this later in settings.
      </p>
      <p className="m-0 text-wp-normal text-subtle">This is an emulator: nothing leaves your browser.</p>
    </SetupPage>
  );
}

export function RecommendedStep() {
  const go = useGoOn('recommended');
  const items = [
    'Install updates for the phone and its apps automatically.',
    'Send information about Wi-Fi hotspots to help find nearby networks.',
    'Use location to give you better search results and maps.',
    'Help improve Windows Phone by sending usage information.',
  ];
  return (
    <SetupPage title="recommended" buttons={<Button onClick={() => go('next')}>next</Button>}>
      <Lead>We'll use these recommended settings. You can change any of them later in settings.</Lead>
      <ul className="m-0 list-none p-0">
        {items.map((text) => (
          <li key={text} className="border-l-2 border-accent py-[5px] pl-[9px] text-wp-normal">
            {text}
          </li>
        ))}
      </ul>
    </SetupPage>
  );
}

const TIME_ZONES = [
  '(UTC-10:00) Hawaii',
  '(UTC-08:00) Pacific Time (US & Canada)',
  '(UTC-05:00) Eastern Time (US & Canada)',
  '(UTC) Coordinated Universal Time',
  '(UTC+00:00) Dublin, Edinburgh, Lisbon, London',
  '(UTC+01:00) Amsterdam, Berlin, Paris, Rome',
  '(UTC+07:00) Bangkok, Hanoi, Jakarta',
  '(UTC+09:00) Osaka, Sapporo, Tokyo',
].map((z) => ({ value: z, label: z }));

export function TimeStep() {
  const timeZone = usePhone((p) => p.setup.timeZone);
  const now = useNow(30_000);
  const go = useGoOn('time');
  return (
    <SetupPage title="date+time" buttons={<Button onClick={() => go('next')}>next</Button>}>
      <Lead>Choose your time zone. The date and time are set automatically.</Lead>
      <ListPicker label="Time zone" options={TIME_ZONES} value={timeZone} onChange={setTimeZone} />
      <p className="m-0 mt-[9px] text-wp-normal text-subtle">Date and time</p>
      <p className="m-0 text-wp-large font-light">{formatDateTime(now)}</p>
    </SetupPage>
  );
}
