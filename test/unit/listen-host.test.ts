import { describe, expect, it } from 'vitest'
import { listenHost } from '../../scripts/lib/ports.ts'

/** An environment with only these variables set. */
const env = (vars: Record<string, string> = {}): NodeJS.ProcessEnv => ({ NODE_ENV: 'test', ...vars })

describe('the address pnpm start listens on', () => {
  it('is the loopback address unless KB_HOST says otherwise', () => {
    expect(listenHost(env())).toBe('127.0.0.1')
    expect(listenHost(env({ KB_HOST: ' ' }))).toBe('127.0.0.1')
    expect(listenHost(env({ KB_HOST: '0.0.0.0' }))).toBe('0.0.0.0')
  })

  it('refuses a KB_HOST that is not an address, naming it', () => {
    expect(() => listenHost(env({ KB_HOST: 'http://0.0.0.0/' }))).toThrow('KB_HOST="http://0.0.0.0/" is not an address to listen on')
  })
})
