import { useState } from 'react';
import { appsSnapshotSchema, settingsSnapshotSchema } from '../../backup/snapshot';
import { formatBytes } from '../../lib/format';
import { readCloudBlob } from './useCloud';

const RAW_LIMIT = 20_000;

/** The contents of one stored backup part, read from the cloud's store when opened. */
export function InspectorPart({
  title,
  blob,
  sizeBytes,
}: {
  title: string;
  blob: string;
  sizeBytes: number;
}) {
  const [content, setContent] = useState<{ value: unknown } | { error: string } | null>(null);
  return (
    <details
      className="panel-details panel-nested"
      onToggle={(e) => {
        if (e.currentTarget.open && content === null) {
          readCloudBlob(blob).then(
            (value) => setContent({ value }),
            (err: unknown) => setContent({ error: err instanceof Error ? err.message : String(err) }),
          );
        }
      }}
    >
      <summary>
        {title} · {formatBytes(sizeBytes)}
      </summary>
      {content === null ? (
        <p className="panel-subtle">Reading…</p>
      ) : 'error' in content ? (
        <p className="panel-subtle">Could not read this part: {content.error}</p>
      ) : (
        <PartSummary value={content.value} />
      )}
    </details>
  );
}

function PartSummary({ value }: { value: unknown }) {
  const raw = JSON.stringify(value, null, 1) ?? 'nothing';
  const settings = settingsSnapshotSchema.safeParse(value);
  const apps = appsSnapshotSchema.safeParse(value);
  return (
    <div className="panel-part">
      {settings.success ? (
        <dl className="panel-pairs">
          <dt>theme</dt>
          <dd>
            {settings.data.theme}, {settings.data.accent}
          </dd>
          <dt>Start</dt>
          <dd>{settings.data.startTiles.length} tiles</dd>
          <dt>apps</dt>
          <dd>
            {settings.data.installedApps.length} installed (
            {settings.data.installedApps.filter((a) => a.location === 'sd').length} on the SD card)
          </dd>
          <dt>calls</dt>
          <dd>{settings.data.calls.length} in the history</dd>
          <dt>favorites</dt>
          <dd>{settings.data.favorites.length}</dd>
          <dt>accounts</dt>
          <dd>
            <ul className="panel-list">
              {settings.data.accounts.map((a) => (
                <li key={a.id}>
                  {a.kind}: {a.address}
                  <br />
                  <span className="panel-subtle">password: </span>
                  {a.password ? (
                    <code className="panel-cipher">
                      AES-GCM iv {a.password.iv} · {a.password.data}
                    </code>
                  ) : (
                    <span className="panel-subtle">none stored</span>
                  )}
                </li>
              ))}
            </ul>
          </dd>
        </dl>
      ) : null}
      {apps.success ? (
        <ul className="panel-list">
          {apps.data.apps.map((a) => (
            <li key={a.id}>
              {a.name} · {formatBytes(a.bytes)} · <code>{JSON.stringify(a.data)}</code>
            </li>
          ))}
          {apps.data.skipped.map((a) => (
            <li key={a.id}>
              {a.name} · {formatBytes(a.bytes)} · <span className="panel-subtle">skipped (over 100 MB)</span>
            </li>
          ))}
        </ul>
      ) : null}
      <details className="panel-details panel-nested">
        <summary>raw JSON</summary>
        <pre className="panel-raw" tabIndex={0}>
          {raw.length > RAW_LIMIT
            ? `${raw.slice(0, RAW_LIMIT)}\n… (${raw.length - RAW_LIMIT} more characters)`
            : raw}
        </pre>
      </details>
    </div>
  );
}
