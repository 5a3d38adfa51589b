import { useId } from 'react';
import { usePhone } from '../../api/useDevice';
import { PanelSection } from './PanelSection';

/** One list of the summary, scrollable and so focusable, named by its heading. */
function SummaryList({ title, items }: { title: string; items: string[] }) {
  const id = useId();
  return (
    <div className="panel-subsection">
      <h4 id={id} className="panel-subheading">
        {title}
      </h4>
      {items.length === 0 ? (
        <p className="panel-subtle">nothing</p>
      ) : (
        <ul aria-labelledby={id} className="panel-list panel-summary" tabIndex={0}>
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * What the last restore of the phone on screen brought back and what it did not: the summary of
 * setup's `done` step (or of a sign-in after a skipped one), kept in the phone's `setup.summary`,
 * so it is still here after a reload.
 */
export function RestoreSummarySection() {
  const summary = usePhone((p) => p.setup.summary);
  return (
    <PanelSection title="restore summary">
      {summary === null ? (
        <p className="panel-subtle">No restore on this phone yet.</p>
      ) : (
        <>
          <SummaryList title="What came back" items={summary.restored} />
          <SummaryList title="What didn't come back" items={summary.notRestored} />
        </>
      )}
    </PanelSection>
  );
}
