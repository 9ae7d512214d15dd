/** esbuild's binary loader turns an imported .xlsx into its bytes (the stub's bundled sample). */
declare module '*.xlsx' {
  const bytes: Uint8Array;
  export default bytes;
}
