// The preload: exposes exactly one function to the page, which forwards an
// API call to the main process. Nothing of Node or Electron leaks through.
import { contextBridge, ipcRenderer } from 'electron';

contextBridge.exposeInMainWorld('hostApi', {
  host: 'electron',
  invoke: (method: string, request: unknown): Promise<unknown> => {
    if (typeof method !== 'string' || !/^[A-Za-z]+$/.test(method)) return Promise.reject(new Error('méthode invalide'));
    return ipcRenderer.invoke(`api:${method}`, request);
  },
});
