import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { Transactions } from '../common/database/transactions';
import { DomainError } from '../common/errors/domain-error';
import { PublishRateTableDto } from './dto/publish-rate-table.dto';
import { RateTableVersionView, toRateTableVersionView } from './dto/rate-table-version.view';
import { InsuranceRateTable } from './insurance-rate-table';
import { InsuranceRateTableRepository } from './insurance-rate-table.repository';
import { RateTable } from './rate-table';
import { rateTableProblems } from './rate-table-problems';

const today = (): string => new Date().toISOString().slice(0, 10);

/**
 * The insurance tariff as versions: admins publish a whole table as of a date, new quotes use the
 * latest version in force (as of today or earlier), and quotes keep the version that priced them.
 */
@Injectable()
export class InsuranceRatesService {
  constructor(
    private readonly transactions: Transactions,
    private readonly rateTables: InsuranceRateTableRepository,
    private readonly audit: AuditService,
  ) {}

  async inForce(): Promise<InsuranceRateTable> {
    const row = await this.rateTables.inForce(today());
    if (!row) throw new DomainError('SERVICE_UNAVAILABLE', 'No insurance rate table is in force');
    return row;
  }

  async current(): Promise<RateTableVersionView> {
    return toRateTableVersionView(await this.inForce());
  }

  /** A version as of a date before the latest one would never apply, so it is refused. */
  async publish(admin: AuthUser, dto: PublishRateTableDto): Promise<RateTableVersionView> {
    const table = {
      asOf: dto.asOf,
      goodsValueCeilingMadMinor: dto.goodsValueCeilingMadMinor,
      transit: dto.transit,
      credit: dto.credit,
      political: dto.political,
    };
    const problems = rateTableProblems(table);
    if (problems.length > 0) throw new DomainError('VALIDATION_FAILED', 'The rate table is not usable', problems);
    return this.transactions.run(async (tx) => {
      // One publisher at a time, so the as-of order check holds.
      await this.rateTables.lockForPublishing(tx);
      const latest = await this.rateTables.latest(tx);
      if (latest && dto.asOf < latest.asOf) {
        throw new DomainError('UNPROCESSABLE', `A new rate table must be as of ${latest.asOf} or later`);
      }
      const saved = await this.rateTables.insert(tx, { asOf: dto.asOf, data: table as unknown as RateTable, createdBy: admin.id });
      await this.audit.record(tx, admin, {
        action: 'insurance_rates.publish',
        targetType: 'insurance_rate_table',
        targetId: saved.id,
        before: latest ? { id: latest.id, asOf: latest.asOf } : undefined,
        after: { id: saved.id, asOf: saved.asOf },
      });
      return toRateTableVersionView(saved);
    });
  }
}
