import { Global, Module } from '@nestjs/common';
import { JobQueue } from './job-queue';

/** One pg-boss per process, for every feature that queues work. */
@Global()
@Module({ providers: [JobQueue], exports: [JobQueue] })
export class JobsModule {}
