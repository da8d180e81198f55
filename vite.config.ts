import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';

/**
 * The hub's API and file URLs are on huggingface.co; the bytes of large files come from the
 * hosts huggingface.co/…/resolve/… redirects to: its LFS CDN (cdn-lfs*, on both domain names)
 * and the Xet storage bridge. fetch follows the redirect and the CSP checks every hop.
 */
export const HUB_HOSTS = [
  'https://huggingface.co',
  'https://cdn-lfs.huggingface.co',
  'https://cdn-lfs-us-1.huggingface.co',
  'https://cdn-lfs.hf.co',
  'https://cdn-lfs-us-1.hf.co',
  'https://cdn-lfs-eu-1.hf.co',
  'https://cas-bridge.xethub.hf.co',
];

/**
 * Nothing the user loads may leave the page: every fetch, worker and script must come from this
 * origin. 'wasm-unsafe-eval' lets WebAssembly compile (word2vec kernels, ONNX Runtime); it does
 * not allow eval. The one exception is connect-src's Hugging Face hosts (HUB_HOSTS): the page
 * contacts them only after the user switches on "fetch a model from the Hugging Face hub" in
 * Classify → Sentence embeddings, and only to list and download that model.
 * Delivered as a <meta> tag in the built page, so it holds on any static host, and as a header
 * from `vite preview`.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  `connect-src 'self' ${HUB_HOSTS.join(' ')}`,
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/** SharedArrayBuffer (multi-worker word2vec) needs cross-origin isolation. */
const ISOLATION_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      );
    },
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  worker: { format: 'es' },
  // onnxruntime-web's "extern wasm" build loads its glue and .wasm from env.backends.onnx.wasm
  // .wasmPaths (public/ort/, see scripts/copy-ort.mjs) instead of inlining the glue and making
  // Vite emit a second 27 MB copy of the .wasm.
  resolve: { conditions: ['onnxruntime-web-use-extern-wasm', ...defaultClientConditions] },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
    // Benchmark pages (npm run bench:lstm, bench:w2v, bench:io, bench:embed) beside the app; its entry stays `index`.
    rolldownOptions: {
      input: {
        index: 'index.html',
        lstm: 'bench/lstm.html',
        w2v: 'bench/w2v.html',
        embed: 'bench/embed.html',
      },
    },
  },
  server: { headers: ISOLATION_HEADERS },
  preview: {
    headers: { ...ISOLATION_HEADERS, 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
  },
});
