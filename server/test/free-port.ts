import net from 'node:net';

/**
 * A loopback port nobody listens on right now: the kernel picks it.
 * Tests and benchmarks that start the server as a child process take one each, never a random number of their own
 * (a random port can be in use by anything, an outgoing connection's ephemeral port included).
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
