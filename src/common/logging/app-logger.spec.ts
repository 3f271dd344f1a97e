import { PassThrough } from 'node:stream';
import { createAppLogger, logFormatFor, PinoNestLogger } from './app-logger';

/** A stream that keeps what the logger wrote, as a terminal (isTTY) or as a pipe. */
function sink(isTTY: boolean): { stream: PassThrough & { isTTY: boolean }; lines: () => Promise<string[]> } {
  const stream = Object.assign(new PassThrough(), { isTTY });
  const chunks: string[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
  // Piped streams deliver on a later tick: read once the queued writes have gone through.
  const lines = async (): Promise<string[]> => {
    await new Promise((resolve) => setImmediate(resolve));
    return chunks.join('').split('\n').filter(Boolean);
  };
  return { stream, lines };
}

describe('logFormatFor', () => {
  it.each([
    ['development', undefined, true, 'pretty'],
    ['development', undefined, false, 'json'],
    ['production', undefined, true, 'json'],
    ['test', undefined, true, 'json'],
    ['production', 'pretty', false, 'pretty'],
    ['development', 'json', true, 'json'],
  ] as const)('%s, LOG_FORMAT=%s, terminal %s: %s', (nodeEnv, logFormat, isTTY, expected) => {
    expect(logFormatFor({ nodeEnv, logFormat }, isTTY)).toBe(expected);
  });
});

describe('createAppLogger', () => {
  it('writes JSON lines in production, secrets redacted', async () => {
    const out = sink(true);
    createAppLogger({ logLevel: 'info', nodeEnv: 'production' }, out.stream).info({ password: 'hunter22' }, 'signed in');
    const [line] = await out.lines();
    expect(JSON.parse(line)).toMatchObject({ level: 30, msg: 'signed in', password: '[redacted]', service: 'hirfa' });
  });

  it('writes readable lines at a terminal in development: time, level, context, request summary', async () => {
    const out = sink(false);
    const logger = createAppLogger({ logLevel: 'info', nodeEnv: 'development', logFormat: 'pretty' }, out.stream);
    new PinoNestLogger(logger).log('Nest application successfully started', 'NestApplication');
    logger.info({ reqId: 'r1', method: 'GET', url: '/products', statusCode: 200, responseTimeMs: 3.4 }, 'request completed');
    const [started, request] = await out.lines();
    expect(started).toMatch(/^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: \[NestApplication\] Nest application successfully started$/);
    expect(request).toMatch(/^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: GET \/products 200 3 ms \{"reqId":"r1"\}$/);
  });
});

describe('PinoNestLogger', () => {
  it("logs Nest's module and route mapping lines at debug, other framework lines at info", async () => {
    const atInfo = sink(false);
    const info = new PinoNestLogger(createAppLogger({ logLevel: 'info', nodeEnv: 'production' }, atInfo.stream));
    info.log('Mapped {/api/v1/products, GET} route', 'RouterExplorer');
    info.log('ProductsController {/api/v1/products}:', 'RoutesResolver');
    info.log('AppModule dependencies initialized', 'InstanceLoader');
    info.log('Nest application successfully started', 'NestApplication');
    expect((await atInfo.lines()).map((line) => JSON.parse(line).msg)).toEqual(['Nest application successfully started']);

    const atDebug = sink(false);
    new PinoNestLogger(createAppLogger({ logLevel: 'debug', nodeEnv: 'production' }, atDebug.stream)).log(
      'Mapped {/api/v1/products, GET} route',
      'RouterExplorer',
    );
    expect(JSON.parse((await atDebug.lines())[0])).toMatchObject({
      level: 20,
      context: 'RouterExplorer',
      msg: 'Mapped {/api/v1/products, GET} route',
    });
  });
});
