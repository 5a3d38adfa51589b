import { useNavigate } from 'react-router';
import { usePhone } from '../../api/useDevice';
import { Button } from '../../ui/Button';
import { finishSetup } from '../../backup/setup/actions';
import { Lead, SetupPage } from './SetupPage';

function SummaryList({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <section aria-label={title} className="mb-[12px]">
      <h2 className="m-0 mb-[3px] text-wp-medium-large font-semibold">{title}</h2>
      <ul className="m-0 list-none p-0">
        {items.map((item) => (
          <li key={item} className="py-[3px] text-wp-normal leading-snug">
            {item}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** `done`: what the restore brought back and what it did not (kept in setup.summary). */
export function DoneStep() {
  const navigate = useNavigate();
  const summary = usePhone((p) => p.setup.summary);
  const restored = summary?.restored ?? [];
  return (
    <SetupPage
      title="all done"
      buttons={
        <Button
          onClick={() => {
            finishSetup();
            void navigate('/start', { replace: true });
          }}
        >
          done
        </Button>
      }
    >
      <Lead>
        {restored.length > 0
          ? 'Your phone is set up. Your apps come back in the background over Wi-Fi; store > downloads shows them.'
          : 'Your phone is set up with default settings.'}
      </Lead>
      <SummaryList title="What came back" items={restored} />
      <SummaryList title="What didn't come back" items={summary?.notRestored ?? []} />
    </SetupPage>
  );
}
