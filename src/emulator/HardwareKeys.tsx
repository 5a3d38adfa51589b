import { Icon } from '../ui/icons';

/** The three keys under the screen. */
export function HardwareKeys({
  onBack,
  onStart,
  onSearch,
}: {
  onBack: () => void;
  onStart: () => void;
  onSearch: () => void;
}) {
  return (
    <nav aria-label="hardware keys" className="phone-keys">
      <button type="button" className="phone-key" aria-label="back" onClick={onBack}>
        <Icon name="back" size={22} />
      </button>
      <button type="button" className="phone-key" aria-label="start" onClick={onStart}>
        <Icon name="start" size={22} />
      </button>
      <button type="button" className="phone-key" aria-label="search" onClick={onSearch}>
        <Icon name="search" size={22} />
      </button>
    </nav>
  );
}
