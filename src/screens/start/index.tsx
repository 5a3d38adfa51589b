import { Link } from 'react-router';
import { usePhone } from '../../api/useDevice';
import { Icon } from '../../ui/icons';
import { Tile } from '../../ui/Tile';
import { appIcon, appRoute, appStateText } from '../shared/appLinks';

/** The Start screen: the phone's tiles in order, then the arrow to all apps. */
export function Component() {
  const tiles = usePhone((p) => p.settings.startTiles);
  const apps = usePhone((p) => p.apps);
  const byId = new Map(apps.map((a) => [a.id, a]));
  return (
    <div className="start-grid-container mx-[12px] pt-[14px] pb-[18px]">
      <h1 className="sr-only">start</h1>
      <nav aria-label="tiles" className="start-grid">
        {tiles.map((tile, i) => {
          const app = byId.get(tile.appId);
          if (!app) return null;
          const installed = app.installState === 'installed';
          return (
            <Tile
              key={`${tile.appId}-${i}`}
              title={app.name}
              size={tile.size}
              icon={appIcon(app.id)}
              to={appRoute(app)}
              placeholder={
                installed
                  ? undefined
                  : {
                      state: appStateText(app),
                      progress: app.installState === 'downloading' ? app.downloadProgress : undefined,
                    }
              }
            />
          );
        })}
      </nav>
      <div className="mt-[18px] flex justify-end">
        <Link to="/apps" className="flex items-center gap-[8px] text-wp-normal text-fg no-underline">
          all apps
          <span className="grid h-[30px] w-[30px] place-items-center rounded-full border-2 border-fg">
            <Icon name="chevron" size={16} />
          </span>
        </Link>
      </div>
    </div>
  );
}
