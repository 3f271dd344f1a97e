import { Module } from '@nestjs/common';
import { HsReclassificationRepository } from './hs-reclassification.repository';
import { HsReviewBacklog } from './hs-review-backlog.service';

/** The backlog count alone, for the CLI's import: the full module would build the HS suggester. */
@Module({ providers: [HsReviewBacklog, HsReclassificationRepository], exports: [HsReviewBacklog] })
export class HsReviewBacklogModule {}
