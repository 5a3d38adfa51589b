import base from '../pw-backup.local.config';
import { defineConfig } from '@playwright/test';
export default defineConfig({ ...base, testDir: '.' });
