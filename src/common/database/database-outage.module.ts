import { Global, Module } from '@nestjs/common';
import { DatabaseOutage } from './database-outage.service';

/** Shared by the API's exception filter and the storefront's error pages. */
@Global()
@Module({ providers: [DatabaseOutage], exports: [DatabaseOutage] })
export class DatabaseOutageModule {}
