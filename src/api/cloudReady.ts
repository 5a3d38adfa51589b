/** Resolves when the simulated cloud answers in this tab; requests wait for it. */
let resolveReady!: () => void;
let rejectReady!: (e: Error) => void;
export const cloudReady = new Promise<void>((resolve, reject) => {
  resolveReady = resolve;
  rejectReady = reject;
});
// A cloud that never starts must not leave an unhandled rejection behind.
cloudReady.catch(() => undefined);

export function markCloudReady(): void {
  resolveReady();
}
export function markCloudFailed(error: Error): void {
  rejectReady(error);
}
