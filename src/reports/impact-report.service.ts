import { Injectable } from '@nestjs/common';
import { REGIONS, type RegionCode } from '../common/domain/regions';
import { ImpactReportQuery } from './dto/impact-report.query';
import { ImpactFigures, ImpactReportView, ImpactRow } from './dto/impact-report.view';
import { ExportReportService } from './export-report.service';
import { ImpactReportRepository, ReachCounts } from './impact-report.repository';
import { percentOf } from './report-math';

function figures(row: ReachCounts): ImpactFigures {
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

/**
 * Who the programme reaches: members of approved cooperatives, and how much of the exports goes to
 * cooperatives run mostly by women (more than half of the members), valued as in the export report.
 */
@Injectable()
export class ImpactReportService {
  constructor(
    private readonly reach: ImpactReportRepository,
    private readonly exports: ExportReportService,
  ) {}

  async report(query: ImpactReportQuery): Promise<ImpactReportView> {
    const [total, byRegion, byBranch, womenLed, exports] = await Promise.all([
      this.reach.total(),
      this.reach.byRegion(),
      this.reach.byBranch(),
      this.reach.womenLedIds(),
      this.exports.report({ from: query.from, to: query.to, groupBy: 'cooperative', currency: 'MAD' }),
    ]);
    const womenLedIds = new Set(womenLed);
    const womenLedValue = exports.rows.filter((row) => womenLedIds.has(row.key)).reduce((a, row) => a + row.valueMinor, 0);
    const row =
      (labelOf: (key: string) => string) =>
      (counts: ReachCounts): ImpactRow => ({ key: counts.key!, label: labelOf(counts.key!), ...figures(counts) });
    return {
      total: figures(total),
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
