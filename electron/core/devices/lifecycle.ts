/**
 * The UnifiedPOS state machine shared by every driver and simulator, so "printing before
 * enable" fails the same way on real hardware and in tests.
 */
import type { DeviceState } from './types';
import { DeviceError } from './types';

export type LifecycleStep = 'open' | 'claim' | 'enable' | 'disable' | 'release' | 'close';

const FROM: Record<LifecycleStep, readonly DeviceState[]> = {
  open: ['closed'],
  claim: ['opened'],
  enable: ['claimed'],
  disable: ['enabled'],
  // UnifiedPOS lets release implicitly disable; shutdown code should not need two calls.
  release: ['claimed', 'enabled'],
  // Close is the cleanup path and must work from anywhere, including after a failure.
  close: ['closed', 'opened', 'claimed', 'enabled'],
};

const TO: Record<LifecycleStep, DeviceState> = {
  open: 'opened',
  claim: 'claimed',
  enable: 'enabled',
  disable: 'claimed',
  release: 'opened',
  close: 'closed',
};

export class DeviceLifecycle {
  private current: DeviceState = 'closed';

  constructor(private readonly deviceName: string) {}

  get state(): DeviceState {
    return this.current;
  }

  step(step: LifecycleStep): void {
    if (!FROM[step].includes(this.current)) {
      throw new DeviceError('device_not_enabled', `Cannot ${step} ${this.deviceName}: it is ${this.current}`);
    }
    this.current = TO[step];
  }

  /** Throws unless the device is in one of the given states. */
  require(action: string, ...allowed: DeviceState[]): void {
    if (!allowed.includes(this.current)) {
      throw new DeviceError(
        'device_not_enabled',
        `Cannot ${action}: ${this.deviceName} is ${this.current}, it must be ${allowed.join(' or ')}`,
      );
    }
  }
}

/**
 * The lifecycle half of every device: open, claim, enable and back, checked by one
 * state machine. Drivers extend it and add what the device does.
 */
export abstract class LifecycleDevice {
  protected readonly lifecycle: DeviceLifecycle;

  constructor(deviceName: string) {
    this.lifecycle = new DeviceLifecycle(deviceName);
  }

  get state(): DeviceState {
    return this.lifecycle.state;
  }

  async open(): Promise<void> {
    this.lifecycle.step('open');
  }

  // Drivers without a lock to take (a raw TCP printer, a simulator) only change state:
  // claim must not fail because a printer is off, or a till started before its printer
  // could never print. checkHealth is where reachability is reported.
  async claim(_timeoutMs?: number): Promise<void> {
    this.lifecycle.step('claim');
  }

  async enable(): Promise<void> {
    this.lifecycle.step('enable');
  }

  async disable(): Promise<void> {
    this.lifecycle.step('disable');
  }

  async release(): Promise<void> {
    this.lifecycle.step('release');
  }

  async close(): Promise<void> {
    this.lifecycle.step('close');
  }
}
