import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { REGIONS, type RegionCode } from '../common/domain/regions';
import { ImpactReportQuery } from './dto/impact-report.query';
import { ImpactFigures, ImpactReportView, ImpactRow } from './dto/impact-report.view';
import { ExportReportService } from './export-report.service';
import { percentOf } from './report-math';

interface CountsRow {
  key: string | null;
  cooperatives: number;
  members: number;
  women: number;
  youth: number;
  rural: number;
}

function figures(row: CountsRow): ImpactFigures {
  return {
    cooperatives: row.cooperatives,
    members: row.members,
    women: row.women,
    youth: row.youth,
    rural: row.rural,
    womenPct: percentOf(row.women, row.members),
    youthPct: percentOf(row.youth, row.members),
    ruralPct: percentOf(row.rural, row.members),
  };
}

const COUNTS = `count(*)::int AS cooperatives, coalesce(sum(members_total), 0)::int AS members, coalesce(sum(members_women), 0)::int AS women,
                coalesce(sum(members_youth), 0)::int AS youth, coalesce(sum(members_rural), 0)::int AS rural`;

/**
 * Who the programme reaches: members of approved cooperatives, and how much of the exports goes to
 * cooperatives run mostly by women (more than half of the members), valued as in the export report.
 */
@Injectable()
export class ImpactReportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly exports: ExportReportService,
  ) {}

  async report(query: ImpactReportQuery): Promise<ImpactReportView> {
    const [[total], byRegion, byBranch, womenLed, exports] = await Promise.all([
      this.dataSource.query(`SELECT NULL AS key, ${COUNTS} FROM cooperatives WHERE status = 'approved'`) as Promise<CountsRow[]>,
      this.dataSource.query(`SELECT region AS key, ${COUNTS} FROM cooperatives WHERE status = 'approved' GROUP BY region ORDER BY members DESC, key`) as Promise<CountsRow[]>,
      this.dataSource.query(
        `SELECT branch AS key, ${COUNTS} FROM cooperatives CROSS JOIN unnest(branches) AS branch WHERE status = 'approved' GROUP BY branch ORDER BY members DESC, key`,
      ) as Promise<CountsRow[]>,
      this.dataSource.query(`SELECT id FROM cooperatives WHERE status = 'approved' AND members_women * 2 > members_total`) as Promise<{ id: string }[]>,
      this.exports.report({ from: query.from, to: query.to, groupBy: 'cooperative', currency: 'MAD' }),
    ]);
    const womenLedIds = new Set(womenLed.map((row) => row.id));
    const womenLedValue = exports.rows.filter((row) => womenLedIds.has(row.key)).reduce((a, row) => a + row.valueMinor, 0);
    const row = (labelOf: (key: string) => string) => (counts: CountsRow): ImpactRow => ({ key: counts.key!, label: labelOf(counts.key!), ...figures(counts) });
    return {
      total: figures(total!),
      byRegion: byRegion.map(row((key) => (Object.hasOwn(REGIONS, key) ? REGIONS[key as RegionCode] : key))),
      byBranch: byBranch.map(row((key) => key.charAt(0).toUpperCase() + key.slice(1))),
      womenLedExports: {
        from: exports.from,
        to: exports.to,
        currency: exports.currency,
        cooperatives: womenLedIds.size,
        valueMinor: womenLedValue,
        totalMinor: exports.totalMinor,
        sharePct: percentOf(womenLedValue, exports.totalMinor),
      },
    };
  }
}
