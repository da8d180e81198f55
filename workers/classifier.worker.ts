/**
 * Chooses the TensorFlow.js backend by self-test (WebGPU → WebGL → CPU) and reports why each
 * candidate was accepted or refused. Runs in a worker because the masked-LSTM check takes
 * seconds on emulated GPUs and must not block the page.
 */
import * as Comlink from 'comlink';
import '@tensorflow/tfjs-backend-webgl';
import '@tensorflow/tfjs-backend-webgpu';
import '../src/bridge/errors';
import { type BackendReport, selectBackend } from '../src/model/selfTest';

export interface EnvironmentReport extends BackendReport {
  /** Whether the page is cross-origin isolated (SharedArrayBuffer available to workers). */
  isolated: boolean;
  cores: number;
  /** Whether navigator.gpu exists at all in this worker. */
  webgpuApi: boolean;
}

const api = {
  async probe(): Promise<EnvironmentReport> {
    const webgpuApi = typeof navigator !== 'undefined' && 'gpu' in navigator;
    const report = await selectBackend(['webgpu', 'webgl', 'cpu']);
    if (!webgpuApi) {
      const c = report.checks.find((x) => x.name === 'webgpu');
      if (c && c.status === 'unavailable') {
        c.reason = 'Would not start: this browser has no WebGPU (navigator.gpu is missing).';
      }
    }
    return {
      ...report,
      isolated: globalThis.crossOriginIsolated === true,
      cores: navigator.hardwareConcurrency || 1,
      webgpuApi,
    };
  },
};

export type BackendApi = typeof api;
Comlink.expose(api);
