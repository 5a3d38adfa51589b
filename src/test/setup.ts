import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { loadZod } from '../lib/zod';
import { failOnConsoleError } from './consoleErrors';

// The schemas validate once zod has loaded (it loads on first need in the app).
await loadZod();
failOnConsoleError();
