import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/src/config';

describe('BERTH_TRUST_PROXY', () => {
  it('is off by default, and takes a hop count or proxy addresses', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ BERTH_TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ BERTH_TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toBe('loopback,10.0.0.0/8');
  });

  it('refuses `true`, which would let any client name its own address past the sign-in throttle', () => {
    expect(() => loadConfig({ BERTH_TRUST_PROXY: 'true' })).toThrow(ConfigError);
    expect(() => loadConfig({ BERTH_TRUST_PROXY: 'everyone' })).toThrow(ConfigError);
  });
});
