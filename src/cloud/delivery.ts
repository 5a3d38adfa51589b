/**
 * Whether a text message can reach the emulated phone right now. A phone being set up cannot
 * receive texts (SPEC section 4), so the emulator plugs its own answer in here.
 */
let canReceiveText: (to: string) => boolean = () => true;

export function setTextReachability(fn: (to: string) => boolean): void {
  canReceiveText = fn;
}
export function textReachable(to: string): boolean {
  return canReceiveText(to);
}
