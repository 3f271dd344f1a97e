import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** Approved cooperatives and their members under one key (a region or a branch; null for all). */
export interface ReachCounts {
  key: string | null;
  cooperatives: number;
  members: number;
  women: number;
  youth: number;
  rural: number;
}

const COUNTS = `count(*)::int AS cooperatives, coalesce(sum(members_total), 0)::int AS members, coalesce(sum(members_women), 0)::int AS women,
                coalesce(sum(members_youth), 0)::int AS youth, coalesce(sum(members_rural), 0)::int AS rural`;

/** Reads the cooperatives module's table for the impact report. */
@Injectable()
export class ImpactReportRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async total(): Promise<ReachCounts> {
    const [total] = await this.dataSource.query<ReachCounts[]>(`SELECT NULL AS key, ${COUNTS} FROM cooperatives WHERE status = 'approved'`);
    return total;
  }

  byRegion(): Promise<ReachCounts[]> {
    return this.dataSource.query(
      `SELECT region AS key, ${COUNTS} FROM cooperatives WHERE status = 'approved' GROUP BY region ORDER BY members DESC, key`,
    );
  }

  /** A cooperative counts under each of its branches. */
  byBranch(): Promise<ReachCounts[]> {
    return this.dataSource.query(
      `SELECT branch AS key, ${COUNTS} FROM cooperatives CROSS JOIN unnest(branches) AS branch WHERE status = 'approved' GROUP BY branch ORDER BY members DESC, key`,
    );
  }

  /** Approved cooperatives with more women than men among their members. */
  async womenLedIds(): Promise<string[]> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM cooperatives WHERE status = 'approved' AND members_women * 2 > members_total`,
    );
    return rows.map((row) => row.id);
  }
}
