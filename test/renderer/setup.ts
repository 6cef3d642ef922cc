import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { initI18n } from '../../renderer/i18n';

initI18n('zh');
