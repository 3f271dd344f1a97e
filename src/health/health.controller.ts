import { Controller, Get, HttpCode } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { isDatabaseUnavailable } from '../common/database/database-unavailable';
import { DomainError } from '../common/errors/domain-error';
import { ErrorBody } from '../common/errors/error-body';
import { HealthRepository } from './health.repository';

/** A readiness probe answers within this, whatever the pool's connect timeout. */
const READY_DEADLINE_MS = 1000;

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly database: HealthRepository) {}

  @Get()
  @ApiOperation({ summary: 'Liveness: the process is up' })
  @ApiOkResponse({ schema: { example: { status: 'ok' } } })
  live(): { status: string } {
    return { status: 'ok' };
  }

  @Get('ready')
  @HttpCode(200)
  @ApiOperation({ summary: 'Readiness: the database answers (503 within a second when it does not)' })
  @ApiOkResponse({ schema: { example: { status: 'ok', database: 'up' } } })
  @ApiServiceUnavailableResponse({ type: ErrorBody })
  async ready(): Promise<{ status: string; database: string }> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('no answer in time')), READY_DEADLINE_MS);
    });
    try {
      await Promise.race([this.database.ping(), deadline]);
    } catch (error) {
      // An outage goes to the exception filter like any route's (503, Retry-After, logged once).
      if (isDatabaseUnavailable(error)) throw error;
      throw new DomainError('SERVICE_UNAVAILABLE', 'The database did not answer in time');
    } finally {
      clearTimeout(timer);
    }
    return { status: 'ok', database: 'up' };
  }
}
