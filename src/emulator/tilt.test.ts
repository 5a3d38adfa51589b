import { PRESSED_CLASS, pressPoint, watchTilt } from './tilt';

const rect = { left: 100, top: 50, width: 200, height: 40, right: 300, bottom: 90 } as DOMRect;

describe('pressPoint', () => {
  it('says where in the element the pointer is, from -1 to 1 each way', () => {
    expect(pressPoint(rect, 200, 70)).toEqual({ x: 0, y: 0 });
    expect(pressPoint(rect, 300, 90)).toEqual({ x: 1, y: 1 });
    expect(pressPoint(rect, 150, 50)).toEqual({ x: -0.5, y: -1 });
    expect(pressPoint(rect, 900, -40)).toEqual({ x: 1, y: -1 });
    expect(pressPoint({ ...rect, width: 0, height: 0 } as DOMRect, 100, 50)).toEqual({ x: 0, y: 0 });
  });
});

describe('watchTilt', () => {
  let stop: () => void;
  beforeEach(() => {
    document.body.innerHTML = `
      <div class="phone-screen">
        <a href="/settings/backup">backup</a>
        <button role="switch">Off</button>
        <button>next</button>
      </div>
      <button id="panel">load</button>`;
    for (const e of document.querySelectorAll<HTMLElement>('a, button')) {
      e.getBoundingClientRect = () => rect;
      e.setPointerCapture = () => undefined;
      e.hasPointerCapture = () => false;
    }
    stop = watchTilt(document);
  });
  afterEach(() => stop());

  const pointer = (type: string, target: Element, x: number, y: number) =>
    target.dispatchEvent(
      new PointerEvent(type, {
        bubbles: true,
        isPrimary: true,
        button: 0,
        clientX: x,
        clientY: y,
        pointerId: 1,
      }),
    );
  const link = () => document.querySelector('a')!;

  it('marks a pressed link with where it was pressed, and lets go on release', () => {
    pointer('pointerdown', link(), 300, 90);
    expect(link().classList.contains(PRESSED_CLASS)).toBe(true);
    expect(link().style.getPropertyValue('--tilt-x')).toBe('1.000');
    expect(link().style.getPropertyValue('--tilt-y')).toBe('1.000');
    pointer('pointerup', link(), 300, 90);
    expect(link().classList.contains(PRESSED_CLASS)).toBe(false);
    expect(link().style.getPropertyValue('--tilt-x')).toBe('');
  });

  it('lets go when the pointer slides off the element, or the press is cancelled', () => {
    pointer('pointerdown', link(), 200, 70);
    pointer('pointermove', link(), 250, 80);
    expect(link().classList.contains(PRESSED_CLASS)).toBe(true);
    pointer('pointermove', link(), 250, 20);
    expect(link().classList.contains(PRESSED_CLASS)).toBe(false);
    pointer('pointerdown', link(), 200, 70);
    pointer('pointercancel', link(), 200, 70);
    expect(link().classList.contains(PRESSED_CLASS)).toBe(false);
  });

  it('tilts nothing outside the phone’s screen, and no toggle switch', () => {
    const panelButton = document.querySelector('#panel')!;
    const toggle = document.querySelector('[role=switch]')!;
    pointer('pointerdown', panelButton, 200, 70);
    pointer('pointerdown', toggle, 200, 70);
    expect(document.querySelectorAll(`.${PRESSED_CLASS}`)).toHaveLength(0);
  });

  it('presses a focused button straight from the keyboard, and lets go on key up', () => {
    const next = [...document.querySelectorAll('button')].find((b) => b.textContent === 'next')!;
    next.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
    expect(next.classList.contains(PRESSED_CLASS)).toBe(true);
    expect(next.style.getPropertyValue('--tilt-x')).toBe('0.000');
    expect(next.style.getPropertyValue('--tilt-y')).toBe('0.000');
    next.dispatchEvent(new KeyboardEvent('keyup', { key: ' ', bubbles: true }));
    expect(next.classList.contains(PRESSED_CLASS)).toBe(false);
  });
});
