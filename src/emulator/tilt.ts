/**
 * Tilt (SPEC section 1): a list item, tile or button on the phone's screen, pressed, leans toward
 * the finger and sinks in slightly, and comes back on release. One listener for the whole screen,
 * so no control needs to know. This only marks the pressed element and where it was pressed;
 * src/styles/motion.css draws it (or only sinks it in, for reduced or no motion).
 */

/** What tilts: the phone's links and buttons, but not a toggle switch, which slides instead. */
const TILTS = 'a[href], button:not(:disabled)';
const SCREEN = '.phone-screen';
export const PRESSED_CLASS = 'tilt-pressed';

/** Where in the element the pointer is, from -1 (left, top) to 1 (right, bottom). */
export function pressPoint(rect: DOMRect, x: number, y: number): { x: number; y: number } {
  const clamp = (v: number) => Math.max(-1, Math.min(1, Number.isFinite(v) ? v : 0));
  return {
    x: clamp((x - (rect.left + rect.width / 2)) / (rect.width / 2)),
    y: clamp((y - (rect.top + rect.height / 2)) / (rect.height / 2)),
  };
}

function tiltable(target: EventTarget | null): HTMLElement | null {
  if (!(target instanceof Element)) return null;
  const element = target.closest<HTMLElement>(TILTS);
  if (!element || element.getAttribute('role') === 'switch' || !element.closest(SCREEN)) return null;
  return element;
}

/** Starts tilting what is pressed on the phone's screen; returns the function that stops it. */
export function watchTilt(doc: Document = document): () => void {
  let pressed: HTMLElement | null = null;
  /** Where the pressed element was before it tilted, and the pointer pressing it. */
  let held: { rect: DOMRect; pointerId: number } | null = null;

  const release = () => {
    if (!pressed) return;
    const element = pressed;
    pressed = null;
    element.classList.remove(PRESSED_CLASS);
    element.style.removeProperty('--tilt-x');
    element.style.removeProperty('--tilt-y');
    if (held && element.hasPointerCapture(held.pointerId)) element.releasePointerCapture(held.pointerId);
    held = null;
  };

  const press = (element: HTMLElement, point: { x: number; y: number }) => {
    release();
    pressed = element;
    element.style.setProperty('--tilt-x', point.x.toFixed(3));
    element.style.setProperty('--tilt-y', point.y.toFixed(3));
    element.classList.add(PRESSED_CLASS);
  };

  const onPointerDown = (e: PointerEvent) => {
    if (!e.isPrimary || e.button !== 0) return;
    const element = tiltable(e.target);
    if (!element) return;
    const rect = element.getBoundingClientRect();
    press(element, pressPoint(rect, e.clientX, e.clientY));
    held = { rect, pointerId: e.pointerId };
    // A tilted element is smaller than it was: holding the pointer keeps a release near its edge
    // a click on it. (A touch is held by the element already.)
    if (e.pointerType !== 'touch') {
      try {
        element.setPointerCapture(e.pointerId);
      } catch {
        // The pointer is already gone: pointerup releases the tilt.
      }
    }
  };

  // Sliding off the element lets it go, as on the phone: the tilt ends, and so does the tap.
  const onPointerMove = (e: PointerEvent) => {
    if (!held || e.pointerId !== held.pointerId) return;
    const { left, right, top, bottom } = held.rect;
    if (e.clientX < left || e.clientX > right || e.clientY < top || e.clientY > bottom) release();
  };

  // The keyboard presses without a point: the element sinks in, straight.
  const onKeyDown = (e: KeyboardEvent) => {
    if ((e.key !== 'Enter' && e.key !== ' ') || e.repeat) return;
    const element = tiltable(e.target);
    if (element && element === e.target) press(element, { x: 0, y: 0 });
  };

  const onKeyUp = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') release();
  };
  // Only the pressed element losing focus ends a press: a pointer press moves the focus too.
  const onFocusOut = (e: FocusEvent) => {
    if (e.target === pressed) release();
  };

  const listeners: [string, EventListener][] = [
    ['pointerdown', onPointerDown as EventListener],
    ['pointermove', onPointerMove as EventListener],
    ['pointerup', release],
    ['pointercancel', release],
    ['lostpointercapture', release],
    ['keydown', onKeyDown as EventListener],
    ['keyup', onKeyUp as EventListener],
    ['focusout', onFocusOut as EventListener],
  ];
  for (const [type, fn] of listeners) doc.addEventListener(type, fn, true);
  return () => {
    release();
    for (const [type, fn] of listeners) doc.removeEventListener(type, fn, true);
  };
}
