import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { installEngineBackend } from '../../renderer/engine/client';
import { inProcessBackend } from '../../renderer/engine/in-process';
import { initI18n } from '../../renderer/i18n';

initI18n('zh');
// happy-dom has no Worker: the engine's commands are answered in this thread, cloned as the worker's are
installEngineBackend(inProcessBackend());
