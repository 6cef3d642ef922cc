import { contextBridge, ipcRenderer } from 'electron';
import { exposeDesktopApi } from './api';

// Sandboxed preload: bundled into one CommonJS file whose only require is 'electron'.
exposeDesktopApi(contextBridge, ipcRenderer);
