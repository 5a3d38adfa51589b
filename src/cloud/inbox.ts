import { cloudRead } from './db';

/** Codes delivered to the other devices (email, calls, texts that could arrive), newest first. */
export function readDeliveries() {
  return cloudRead((index) => [...index.deliveries].sort((a, b) => b.at - a.at));
}
