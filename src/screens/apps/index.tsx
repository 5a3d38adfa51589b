import { Link } from 'react-router';
import { usePhone } from '../../api/useDevice';
import type { App } from '../../device/schema';
import { Icon } from '../../ui/icons';
import { appIcon, appRoute, appStateText } from '../shared/appLinks';

// One collator for every comparison (localeCompare with options may build one per call).
const byName = new Intl.Collator('en', { sensitivity: 'base' });

function groupLetter(name: string): string {
  const c = name.charAt(0).toLowerCase();
  return /[a-z]/.test(c) ? c : '#';
}

/** All apps, alphabetically, in letter groups as on the phone. */
export function Component() {
  const apps = usePhone((p) => p.apps);
  const sorted = [...apps].sort((a, b) => byName.compare(a.name, b.name));
  const groups = new Map<string, App[]>();
  for (const app of sorted) {
    const letter = groupLetter(app.name);
    groups.set(letter, [...(groups.get(letter) ?? []), app]);
  }
  return (
    <div className="px-page pt-[14px] pb-[18px]">
      <h1 className="sr-only">apps</h1>
      {[...groups].map(([letter, list]) => (
        <section key={letter} aria-labelledby={`apps-${letter}`} className="mb-[10px]">
          <h2
            id={`apps-${letter}`}
            className="m-0 mb-[6px] grid h-[40px] w-[40px] place-items-end justify-start bg-accent px-[5px] pb-[2px] text-wp-large leading-none font-light text-on-accent"
          >
            {letter}
          </h2>
          <ul className="m-0 list-none p-0">
            {list.map((app) => (
              <li key={app.id}>
                <AppRow app={app} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function AppRow({ app }: { app: App }) {
  const to = appRoute(app);
  const state = appStateText(app);
  const body = (
    <>
      <span
        className={`grid h-[40px] w-[40px] flex-none place-items-center ${state ? 'bg-placeholder-tile text-fg' : 'bg-accent text-on-accent'}`}
      >
        <Icon name={state ? 'download' : appIcon(app.id)} size={22} />
      </span>
      <span className="min-w-0">
        <span className="block truncate text-wp-medium-large leading-tight">{app.name}</span>
        {state ? ' ' : null}
        {state ? <span className="block text-wp-normal text-subtle">{state}</span> : null}
      </span>
    </>
  );
  const className = 'flex w-full items-center gap-[12px] py-[5px] text-left text-fg no-underline';
  if (to) {
    return (
      <Link to={to} className={className}>
        {body}
      </Link>
    );
  }
  return (
    <button type="button" className={`${className} cursor-pointer border-0 bg-transparent px-0 font-wp`}>
      {body}
    </button>
  );
}
