import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client, type Pool } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

const CHANNEL = 'hirfa_reference_changed';
const RECONNECT_MS = 1000;

/**
 * Tells every app instance on the database that reference data changed, through PostgreSQL
 * LISTEN/NOTIFY: triggers on the tables notify (the topic is the table's name) when a writing
 * transaction commits, and each instance holds one connection listening. While that connection is
 * down nothing may be cached, since a change could go unheard: `live` says so, and losing it counts
 * as a change of everything.
 */
@Injectable()
export class ChangeFeed implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(ChangeFeed.name);
  private readonly listeners = new Map<string, Set<() => void>>();
  private client?: Client;
  private retry?: NodeJS.Timeout;
  private closed = false;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  get live(): boolean {
    return this.client !== undefined;
  }

  async onModuleInit(): Promise<void> {
    await this.connect();
  }

  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retry);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  /** Calls `listener` whenever `topic` changes, here or on another instance. */
  on(topic: string, listener: () => void): void {
    const set = this.listeners.get(topic) ?? new Set();
    set.add(listener);
    this.listeners.set(topic, set);
  }

  /** A change this instance made: forget at once, without waiting for the notification to come back. */
  changed(topic: string): void {
    for (const listener of this.listeners.get(topic) ?? []) listener();
  }

  private async connect(): Promise<void> {
    const pool = (this.dataSource.driver as PostgresDriver).master as Pool;
    const client = new Client({ ...pool.options, keepAlive: true });
    client.on('notification', (message) => message.payload && this.changed(message.payload));
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      if (this.closed) return void (await client.end());
      this.client = client;
    } catch (error) {
      this.lost(client, error);
    }
  }

  private lost(client: Client, error?: unknown): void {
    if (this.client !== undefined && this.client !== client) return;
    const wasLive = this.client === client;
    this.client = undefined;
    client.removeAllListeners('notification');
    void client.end().catch(() => undefined);
    if (this.closed) return;
    if (wasLive)
      this.logger.warn(`Change feed lost (${error instanceof Error ? error.message : 'connection ended'}); caches off until it is back`);
    for (const topic of this.listeners.keys()) this.changed(topic);
    clearTimeout(this.retry);
    this.retry = setTimeout(() => void this.connect(), RECONNECT_MS);
    this.retry.unref();
  }
}
