// A stand-in for the `electron` module, for running the built main bundle
// under plain Node where the Electron binary is absent. It implements the
// small part of Electron's main-process API the shell uses, with Electron's
// own rules where they matter (protocol before/after ready, one handler per
// IPC channel, web-contents-created for every new web contents), and keeps
// what was registered so a driver can act as Electron would: fire events,
// call the handlers. It decides nothing itself.
import { EventEmitter } from 'node:events';

let ready = false;
let markReady = () => {};
const readyPromise = new Promise((resolve) => {
  markReady = resolve;
});

/** Electron's event object: the listener may call preventDefault(). */
export class StandInEvent {
  constructor(fields = {}) {
    Object.assign(this, fields);
    this.defaultPrevented = false;
  }
  preventDefault() {
    this.defaultPrevented = true;
  }
}

class Session {
  constructor() {
    this.permissionRequestHandler = null;
    this.permissionCheckHandler = null;
    this.devicePermissionHandler = null;
  }
  setPermissionRequestHandler(handler) {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler) {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler) {
    this.devicePermissionHandler = handler;
  }
}
const defaultSession = new Session();

let nextContentsId = 1;
class WebContents extends EventEmitter {
  constructor() {
    super();
    this.id = nextContentsId++;
    this.session = defaultSession;
    this.windowOpenHandler = null;
    /** Electron's WebFrameMain of the top frame: its URL follows the page, its parent is null. */
    this.mainFrame = { url: '', parent: null, frameTreeNodeId: this.id * 100 };
  }
  setWindowOpenHandler(handler) {
    this.windowOpenHandler = handler;
  }
  getURL() {
    return this.mainFrame.url;
  }
  async executeJavaScript() {
    return 400;
  }
  async printToPDF() {
    return Buffer.from('%PDF-1.7 stand-in');
  }
  print(_options, callback) {
    callback(false, 'stand-in has no printer');
  }
}

const windows = [];

export class BrowserWindow extends EventEmitter {
  constructor(options = {}) {
    super();
    this.options = options;
    this.menuRemoved = false;
    this.visible = false;
    this.destroyed = false;
    this.webContents = new WebContents();
    windows.push(this);
    // As Electron does, before the constructor returns.
    app.emit('web-contents-created', new StandInEvent(), this.webContents);
  }
  static getAllWindows() {
    return windows.filter((window) => !window.destroyed);
  }
  async loadURL(url) {
    this.webContents.mainFrame.url = url;
    setImmediate(() => this.emit('ready-to-show'));
  }
  show() {
    this.visible = true;
  }
  removeMenu() {
    this.menuRemoved = true;
  }
  isMinimized() {
    return false;
  }
  restore() {}
  focus() {}
  destroy() {
    this.destroyed = true;
  }
}

class App extends EventEmitter {
  constructor() {
    super();
    this.isPackaged = false;
    this.quitCalls = 0;
  }
  requestSingleInstanceLock() {
    return process.env['STAND_IN_SECOND_INSTANCE'] !== '1';
  }
  quit() {
    this.quitCalls += 1;
  }
  /** Electron's app.exit(code): ends at once, without 'before-quit'; the stand-in only records the code. */
  exit(code = 0) {
    this.exitCode = code;
  }
  whenReady() {
    return readyPromise;
  }
  isReady() {
    return ready;
  }
  getPath(name) {
    if (name === 'userData' && process.env['STAND_IN_USER_DATA']) return process.env['STAND_IN_USER_DATA'];
    throw new Error(`stand-in: app.getPath(${JSON.stringify(name)}) is not provided`);
  }
  getAppPath() {
    return process.cwd();
  }
}
export const app = new App();

const ipcHandlers = new Map();
export const ipcMain = {
  handle(channel, handler) {
    if (ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    ipcHandlers.set(channel, handler);
  },
  removeHandler(channel) {
    ipcHandlers.delete(channel);
  },
};

const privilegedSchemes = [];
const protocolHandlers = new Map();
export const protocol = {
  registerSchemesAsPrivileged(schemes) {
    if (ready) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
    privilegedSchemes.push(...schemes);
  },
  handle(scheme, handler) {
    if (!ready) throw new Error('protocol.handle must be called after app is ready');
    if (protocolHandlers.has(scheme)) throw new Error(`scheme ${scheme} is already handled`);
    protocolHandlers.set(scheme, handler);
  },
};

export const session = { defaultSession };

const errorBoxes = [];
/** Electron's dialog: the shell uses only the synchronous error box (before any window exists). */
export const dialog = {
  showErrorBox(title, content) {
    errorBoxes.push({ title, content });
  },
};

/** What the driver reads and does; not part of Electron's API. */
export const standIn = {
  windows,
  ipcHandlers,
  privilegedSchemes,
  protocolHandlers,
  defaultSession,
  errorBoxes,
  /** Electron's "ready": whenReady() resolves and "ready" is emitted. */
  ready() {
    ready = true;
    markReady();
    app.emit('ready', new StandInEvent(), {});
  },
};

export default { app, BrowserWindow, dialog, ipcMain, protocol, session };
