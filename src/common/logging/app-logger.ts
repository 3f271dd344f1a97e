import { LoggerService } from '@nestjs/common';
import pino, { DestinationStream, Logger } from 'pino';
import pinoPretty from 'pino-pretty';
import { AppConfig } from '../config/app-config';
import { REDACTED_PATHS } from './redaction';

export type LogFormat = 'json' | 'pretty';

/**
 * JSON lines for machines (production, containers, files, pipes); readable lines for a person
 * running the app in development at a terminal. LOG_FORMAT overrides the choice.
 */
export function logFormatFor(config: Pick<AppConfig, 'nodeEnv' | 'logFormat'>, isTTY: boolean): LogFormat {
  return config.logFormat ?? (config.nodeEnv === 'development' && isTTY ? 'pretty' : 'json');
}

/** A request line as `GET /products 200 3 ms`; any other line with its Nest context first. */
function readableMessage(log: Record<string, unknown>, messageKey: string): string {
  const { method, url, statusCode, responseTimeMs, context } = log;
  if (typeof method === 'string' && typeof url === 'string' && typeof statusCode === 'number') {
    return `${method} ${url} ${statusCode} ${Math.round(Number(responseTimeMs))} ms`;
  }
  return `${typeof context === 'string' ? `[${context}] ` : ''}${String(log[messageKey] ?? '')}`;
}

/** The process's structured logger; secrets and passwords are redacted wherever they appear. */
export function createAppLogger(
  config: Pick<AppConfig, 'logLevel' | 'nodeEnv' | 'logFormat'>,
  destination: NodeJS.WritableStream & { isTTY?: boolean } = process.stdout,
): Logger {
  const options = {
    level: config.logLevel,
    base: { service: 'hirfa' },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  if (logFormatFor(config, destination.isTTY === true) === 'json') return pino(options, destination as DestinationStream);
  // In-process (no worker thread): development only, where a synchronous write costs nothing.
  const pretty = pinoPretty({
    destination,
    colorize: destination.isTTY === true,
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'pid,hostname,service,context,method,url,statusCode,responseTimeMs,remoteAddress',
    messageFormat: readableMessage,
    singleLine: true,
  });
  return pino(options, pretty);
}

type Level = 'error' | 'warn' | 'info' | 'debug' | 'trace';

/**
 * Nest's start-up chatter (every module initialised, every route mapped: some sixty lines) is logged
 * at debug, so `info` shows what an operator needs: listening, migrations, requests, errors.
 */
const START_UP_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer']);

/** Nest's logger interface on top of pino, so framework and application logs share one stream. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  private write(requested: Level, message: unknown, params: unknown[]): void {
    const context = typeof params[params.length - 1] === 'string' ? (params[params.length - 1] as string) : undefined;
    const level = requested === 'info' && context !== undefined && START_UP_CONTEXTS.has(context) ? 'debug' : requested;
    if (!this.logger.isLevelEnabled(level)) return;
    if (typeof message === 'object' && message !== null) {
      const [text] = params;
      this.logger[level]({ context, ...(message as object) }, typeof text === 'string' && text !== context ? text : undefined);
    } else {
      this.logger[level]({ context }, String(message));
    }
  }

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }
}
