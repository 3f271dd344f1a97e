import { Global, Module } from '@nestjs/common';
import { ChangeFeed } from './change-feed.service';

@Global()
@Module({ providers: [ChangeFeed], exports: [ChangeFeed] })
export class CacheModule {}
