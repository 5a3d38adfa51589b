/** Resolves once the phone's saved data is loaded and a `?scenario=` (if any) is applied. */
let resolvePhone!: () => void;
export const phoneReady = new Promise<void>((resolve) => {
  resolvePhone = resolve;
});
export function markPhoneReady(): void {
  resolvePhone();
}

/**
 * Resolves once the first screen has painted and the cloud has started (or failed to): what can
 * wait, waits for this.
 */
let resolveFirstScreen!: () => void;
export const firstScreenShown = new Promise<void>((resolve) => {
  resolveFirstScreen = resolve;
});
export function markFirstScreenShown(): void {
  resolveFirstScreen();
}
