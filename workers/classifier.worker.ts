/**
 * The classifier's worker: it owns TensorFlow.js. At start it chooses the backend by self-test
 * (WebGPU → WebGL → CPU) and reports why each candidate was accepted or refused; the masked-LSTM
 * check and, later, training run here too, so the page's thread never touches a tensor.
 */
import * as Comlink from 'comlink';
import '@tensorflow/tfjs-backend-webgl';
import '@tensorflow/tfjs-backend-webgpu';
import '../src/bridge/errors';
import { type ParityReport, runParityCheck } from '../src/model/parity';
import { type BackendReport, selectBackend } from '../src/model/selfTest';

export interface EnvironmentReport extends BackendReport {
  /** Whether the page is cross-origin isolated (SharedArrayBuffer available to workers). */
  isolated: boolean;
  cores: number;
  /** Whether navigator.gpu exists at all in this worker. */
  webgpuApi: boolean;
}

let report: Promise<EnvironmentReport> | null = null;

async function probeOnce(): Promise<EnvironmentReport> {
  const webgpuApi = typeof navigator !== 'undefined' && 'gpu' in navigator;
  const r = await selectBackend(['webgpu', 'webgl', 'cpu']);
  if (!webgpuApi) {
    const c = r.checks.find((x) => x.name === 'webgpu');
    if (c && c.status === 'unavailable')
      c.reason = 'Would not start: this browser has no WebGPU (navigator.gpu is missing).';
  }
  return {
    ...r,
    isolated: globalThis.crossOriginIsolated === true,
    cores: navigator.hardwareConcurrency || 1,
    webgpuApi,
  };
}

const api = {
  /** The backend self-test, run once per worker; later calls get the same report. */
  probe(): Promise<EnvironmentReport> {
    report ??= probeOnce();
    return report;
  },

  /** Trains the same seeded masked LSTM on the CPU and on the chosen backend and compares. */
  async parityCheck(): Promise<ParityReport> {
    const { chosen } = await api.probe();
    return runParityCheck(chosen);
  },
};

export type ClassifierApi = typeof api;
Comlink.expose(api);
