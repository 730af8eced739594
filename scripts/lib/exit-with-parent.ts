/**
 * Preloaded (`node --import`) into the CMS process `pnpm start` launches: when the process that
 * started it dies, however it died (Ctrl-C, a crash, `kill -9` of its process group), the IPC
 * channel to it closes and the CMS shuts down too. Without it, a CMS in a process group of its
 * own kept accepting writes after `pnpm start` was killed, and the next start found its port taken.
 */
if (process.channel) {
  // The channel must not keep the server alive by itself, and nothing is sent over it.
  process.channel.unref()
  process.on('disconnect', () => {
    console.error('cms: the process that started it is gone; stopping.')
    process.kill(process.pid, 'SIGTERM')
    setTimeout(() => process.exit(1), 5_000).unref()
  })
}
