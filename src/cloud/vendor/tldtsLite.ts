/**
 * Stands in for `tldts` (aliased in vite.config.ts). MSW's cookie store (tough-cookie) imports
 * only `getDomain` from it, to keep cookies from being set on a public suffix; with it comes the
 * whole public suffix list, which every load would fetch and compile (docs/decisions.md). The simulated
 * cloud sets no cookies (it uses bearer tokens), so the registrable domain is taken as the last
 * two labels of the host, which is right for localhost and for the hosts the emulator runs on.
 */
export function getDomain(host: string): string | null {
  const labels = host.replace(/\.$/, '').split('.').filter(Boolean);
  if (labels.length === 0) return null;
  return labels.slice(-2).join('.');
}
