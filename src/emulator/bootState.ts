/** Resolves once the phone's saved data is loaded and a `?scenario=` (if any) is applied. */
let resolvePhone!: () => void;
export const phoneReady = new Promise<void>((resolve) => {
  resolvePhone = resolve;
});
export function markPhoneReady(): void {
  resolvePhone();
}
