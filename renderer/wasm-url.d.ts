// Vite's `?url` import: the bundled file's URL in out/renderer (here, the
// 2D-Doc decoder's WebAssembly), served by the app itself, never a CDN.
declare module '*?url' {
  const url: string;
  export default url;
}
