import { useLayoutEffect } from 'react';
import { showMotion } from '../lib/motion';
import { watchTilt } from './tilt';

/**
 * The phone's motion, set up once with the phone: `data-motion` on <html> (before the first
 * paint, so nothing runs that should not), and the tilt of what is pressed on the screen.
 */
export function PhoneMotion() {
  useLayoutEffect(() => showMotion(document.documentElement), []);
  useLayoutEffect(() => watchTilt(document), []);
  return null;
}
