import { CredentialThrottle } from './credential-throttle';

describe('CredentialThrottle', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  /** How long a refusal is held back, in fake milliseconds. */
  async function delayOf(throttle: CredentialThrottle, address: string): Promise<number> {
    let done = false;
    const started = Date.now();
    const pending = throttle.failed(address).then(() => (done = true));
    let waited = 0;
    while (!done) {
      await jest.advanceTimersByTimeAsync(50);
      waited += 50;
    }
    await pending;
    return Math.max(waited, Date.now() - started);
  }

  it('doubles the delay with each failure from one address, up to 4 s, and keeps addresses apart', async () => {
    const throttle = new CredentialThrottle();
    const delays = [];
    for (let i = 0; i < 6; i++) delays.push(await delayOf(throttle, '10.0.0.1'));
    expect(delays).toEqual([250, 500, 1000, 2000, 4000, 4000]);
    expect(await delayOf(throttle, '10.0.0.2')).toBe(250);
  });

  it('forgets failures after 15 minutes', async () => {
    const throttle = new CredentialThrottle();
    await delayOf(throttle, 'a');
    await delayOf(throttle, 'a');
    jest.advanceTimersByTime(15 * 60_000);
    expect(await delayOf(throttle, 'a')).toBe(250);
  });
});
