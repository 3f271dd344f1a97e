import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { User } from '../auth/user';
import type { Cooperative } from '../cooperatives/cooperative';
import type { ExchangeRate } from '../exchange-rates/exchange-rate';

export type InvoiceExporter = Pick<Cooperative, 'id' | 'name' | 'ice' | 'address' | 'city' | 'region' | 'contactEmail' | 'phone'>;

/** Who a commercial invoice names besides the order: the exporting cooperative and the buyer, and the EUR rate for the origin threshold. */
export interface InvoiceParties {
  exporter: InvoiceExporter;
  buyer: Pick<User, 'name' | 'email'>;
  /** MAD per EUR, when a EUR rate is set. */
  eurMadPerUnit: ExchangeRate['madPerUnit'] | null;
}

/** Reads for commercial invoices, joining the tables of the modules they draw on. */
@Injectable()
export class InvoiceRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async parties(cooperativeId: string, buyerId: string): Promise<InvoiceParties> {
    const [row] = await this.dataSource.query<InvoiceParties[]>(
      `SELECT json_build_object('id', c.id, 'name', c.name, 'ice', c.ice, 'address', c.address, 'city', c.city, 'region', c.region,
                                'contactEmail', c.contact_email, 'phone', c.phone) AS exporter,
              json_build_object('name', u.name, 'email', u.email) AS buyer,
              (SELECT r.mad_per_unit::text FROM exchange_rates r WHERE r.currency = 'EUR') AS "eurMadPerUnit"
         FROM cooperatives c, users u
        WHERE c.id = $1 AND u.id = $2`,
      [cooperativeId, buyerId],
    );
    if (!row) throw new Error(`Cooperative ${cooperativeId} or user ${buyerId} not found`);
    return row;
  }
}
