/** What the figures were measured on: they mean little without it. */
import { cpus, loadavg, totalmem } from 'node:os';

export interface MachineInfo {
  node: string;
  cpu: string;
  cores: number;
  memoryGiB: number;
  /** 1-minute load average when the run started: other work on the machine slows every figure. */
  loadAverage: number;
}

export function machineInfo(): MachineInfo {
  const cpu = cpus();
  return {
    node: process.version,
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    loadAverage: Math.round((loadavg()[0] ?? 0) * 100) / 100,
  };
}
