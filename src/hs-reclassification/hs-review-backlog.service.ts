import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { HsReclassificationRepository } from './hs-reclassification.repository';

/** How many products still wait for a cooperative's pick in an edition (the import's summary). */
@Injectable()
export class HsReviewBacklog {
  constructor(private readonly reviews: HsReclassificationRepository) {}

  async openCount(tx: EntityManager, edition: number): Promise<number> {
    return (await this.reviews.list(tx, { edition, state: 'open', limit: 1, offset: 0 })).total;
  }
}
