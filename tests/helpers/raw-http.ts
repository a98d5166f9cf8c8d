// Requests as a client may really send them: with any Host, any header, a chunked body. fetch()
// forbids some of these (it sets Host itself), so tests of the server's edges use node:http.
import { request } from 'node:http';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  text: string;
}

export interface RawRequest {
  method?: string;
  headers?: Record<string, string>;
  /** Sent whole, with a Content-Length. */
  body?: string | Buffer;
  /** Sent chunked, this many bytes in 64 KB chunks, as fast as the server reads them. */
  chunkedBytes?: number;
  timeoutMs?: number;
}

export function raw(baseUrl: string, path: string, options: RawRequest = {}): Promise<RawResponse> {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        method: options.method ?? 'GET',
        path,
        headers: options.headers,
        // A connection of its own for each request, so one the server closed is never reused.
        agent: false,
        timeout: options.timeoutMs ?? 30_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text: body.toString('utf8') });
        });
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer to ${path} within ${options.timeoutMs ?? 30_000} ms`)));
    req.on('error', reject);
    if (options.chunkedBytes !== undefined) {
      const chunk = Buffer.alloc(64 * 1024, 'x');
      let sent = 0;
      const pump = () => {
        while (sent < (options.chunkedBytes as number)) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        req.end();
      };
      // The server may answer and close before the whole body is sent; that is what is tested.
      req.on('error', () => undefined);
      pump();
      return;
    }
    req.end(options.body);
  });
}
