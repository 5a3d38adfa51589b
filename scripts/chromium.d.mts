export declare const chromiumArgs: string[];
export type ChromiumResolution =
  { path: string; source: string; error?: undefined } | { path: undefined; source: string; error: string };
export declare function resolveChromium(): ChromiumResolution;
export declare function chromiumExecutablePath(): string | undefined;
export declare function chromiumLaunchOptions(): { executablePath: string | undefined; args: string[] };
