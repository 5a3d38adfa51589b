import { useId, useRef, useState } from 'react';
import { formatBytes } from '../../lib/format';
import { MAX_IMPORT_BYTES } from '../importLimit';
import { PanelAlert, PanelSection } from './PanelSection';
import { emulator, errorText } from './usePanelAction';

function download(json: string, name: string): void {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Let the download start before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** `wp-emulator-state-2026-11-23-2100.json`, from the real date (when the file was made). */
const fileName = () =>
  `wp-emulator-state-${new Date().toISOString().slice(0, 16).replace(/[T:]/g, '-')}.json`;

/**
 * The whole emulator (phones, surroundings, cloud) as a JSON file, without secrets unless asked
 * for an exact copy, and back. A file that is not an emulator state, comes from a newer emulator,
 * is too large or names what it does not hold is refused and changes nothing.
 */
export function StateFileControl() {
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [includeSecrets, setIncludeSecrets] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();

  const act = async (what: () => Promise<string>) => {
    setBusy(true);
    setDone(null);
    setError(null);
    try {
      setDone(await what());
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const exportFile = () =>
    act(async () => {
      const json = await emulator().exportState({ includeSecrets });
      const name = fileName();
      download(json, name);
      return `Exported ${name} (${formatBytes(json.length)}${includeSecrets ? ', with secrets' : ''}).`;
    });

  const importFile = (file: File) =>
    act(async () => {
      if (file.size > MAX_IMPORT_BYTES)
        throw new Error('The file is too large to be an emulator state (over 100 MB).');
      await emulator().importState(await file.text());
      return `Imported ${file.name}.`;
    }).finally(() => {
      // The same file can be chosen again.
      if (input.current) input.current.value = '';
    });

  return (
    <PanelSection title="state file">
      <p className="panel-subtle panel-note">
        The phones, the network, power and clock, and the whole cloud, as one JSON file. It leaves out
        sign-ins, keys, identity codes and password hashes: imported, the phones keep their data but sign in
        again, and account passwords are entered again.
      </p>
      <label className="flex cursor-pointer items-start gap-[6px] panel-note">
        <input
          type="checkbox"
          checked={includeSecrets}
          disabled={busy}
          onChange={(e) => setIncludeSecrets(e.currentTarget.checked)}
        />
        <span>
          include secrets: an exact copy, with sign-ins, keys, codes and password hashes. Anyone with the file
          can use these accounts.
        </span>
      </label>
      <button type="button" className="panel-button" disabled={busy} onClick={() => void exportFile()}>
        export state
      </button>
      <div className="panel-row">
        <label htmlFor={id} className="panel-label">
          import state file
        </label>
        <input
          ref={input}
          id={id}
          type="file"
          accept="application/json,.json"
          className="panel-file"
          disabled={busy}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) void importFile(file);
          }}
        />
      </div>
      <p role="status" className="panel-subtle panel-note">
        {busy ? 'Working…' : done}
      </p>
      {error ? <PanelAlert>{error}</PanelAlert> : null}
    </PanelSection>
  );
}
