import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '../common/config/app-config';
import { InjectConfig } from '../common/config/config.module';
import { Transactions } from '../common/database/transactions';
import { IntervalRunner } from '../common/jobs/interval-runner';
import { ownerOf } from './image-owner';
import { ClaimedImage, ImageRepository } from './image.repository';
import { renderImage } from './image-processor';
import { MEDIA_STORAGE, MediaStorage } from './media-storage';

/** A processing run that failed this often (or on bytes sharp cannot decode) leaves the image `failed`. */
const MAX_ATTEMPTS = 3;
/** How long a claim lasts: an instance that dies mid-way leaves the image to another after this. */
const CLAIM_SECONDS = 120;

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

/**
 * Turns uploads into derivatives, off the request path. Any instance may take any waiting image:
 * a claim is one conditional UPDATE over FOR UPDATE SKIP LOCKED, committed before the slow work, and
 * the result is written only if the image is still waiting (it may have been deleted meanwhile).
 * The instance that took an upload starts at once (kick); the timer picks up the rest.
 */
@Injectable()
export class ImageJobsService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('ImageJobs');
  private readonly runner = new IntervalRunner(this.logger);
  private draining?: Promise<number>;
  private again = false;
  private stopped = false;

  constructor(
    private readonly transactions: Transactions,
    private readonly images: ImageRepository,
    @Inject(MEDIA_STORAGE) private readonly storage: MediaStorage,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.runner.start(this.config.media.jobIntervalSeconds, () => this.drain());
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    await this.runner.stop();
    await this.draining;
  }

  /** Starts processing in the background, for an upload this instance just took. */
  kick(): void {
    this.drain().catch((error: unknown) => this.logger.error({ err: error }, 'Image processing failed'));
  }

  /** Processes waiting images until none is left; one drain per instance, joined by later calls. */
  drain(): Promise<number> {
    this.again = true;
    this.draining ??= this.loop().finally(() => (this.draining = undefined));
    return this.draining;
  }

  private async loop(): Promise<number> {
    let done = 0;
    while (this.again && !this.stopped) {
      this.again = false;
      while (!this.stopped && (await this.processNext())) done++;
    }
    return done;
  }

  /** Claims and processes one image; false when none is waiting. */
  async processNext(): Promise<boolean> {
    const claimed = await this.images.claimNext(CLAIM_SECONDS);
    if (!claimed) return false;
    let written: string[] = [];
    // Bytes sharp cannot decode will not decode on a second try; a storage error may pass.
    let undecodable = false;
    try {
      const source = claimed.sourceKey ? await this.storage.get(claimed.sourceKey) : undefined;
      if (!source) throw new Error('The uploaded file is missing from storage');
      const bytes = await readAll(source.body);
      const rendered = await renderImage(bytes, this.config.media.maxPixels).catch((error: unknown) => {
        undecodable = true;
        throw error;
      });
      const variants = rendered.variants.map((v) => ({
        width: v.width,
        height: v.height,
        key: `i/${claimed.id}/${v.hash}-${v.width}.webp`,
      }));
      written = variants.map((v) => v.key);
      await Promise.all(rendered.variants.map((v, i) => this.storage.put(variants[i].key, v.body, 'image/webp')));
      const image = { width: rendered.width, height: rendered.height, variants, placeholder: rendered.placeholder };
      const kept = await this.finish(claimed, (tx) => this.images.markReady(tx, claimed.id, image));
      await this.storage.delete(kept ? [claimed.sourceKey!] : written);
    } catch (error) {
      this.logger.warn({ err: error, imageId: claimed.id, attempt: claimed.attempts }, 'Image processing failed');
      await this.storage.delete(written).catch(() => undefined);
      if (undecodable || claimed.attempts >= MAX_ATTEMPTS) {
        const failure = String((error as Error).message).slice(0, 500);
        const kept = await this.finish(claimed, (tx) => this.images.markFailed(tx, claimed.id, failure));
        if (kept && claimed.sourceKey) await this.storage.delete([claimed.sourceKey]).catch(() => undefined);
      }
    }
    return true;
  }

  /** Writes the outcome if the image is still waiting; false when it was deleted meanwhile. */
  private finish(claimed: ClaimedImage, write: (tx: EntityManager) => Promise<boolean>): Promise<boolean> {
    const owner = ownerOf(claimed);
    return this.transactions.run(async (tx) => {
      await this.images.lockOwner(tx, owner).catch(() => undefined);
      const kept = await write(tx);
      if (kept) await this.images.refreshOwner(tx, owner);
      return kept;
    });
  }
}
