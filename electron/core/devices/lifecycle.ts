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
