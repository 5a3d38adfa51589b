import type { ReactNode } from 'react';

/** The bezel and screen, with the same classes as the static shell in index.html. */
export function PhoneFrame({ screen, keys }: { screen?: ReactNode; keys?: ReactNode }) {
  return (
    <div className="phone-frame">
      <div className="phone-screen">{screen}</div>
      {keys}
    </div>
  );
}
