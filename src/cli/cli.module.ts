import { DynamicModule, Module, type ModuleMetadata } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditModule } from '../audit/audit.module';
import { CacheModule } from '../common/cache/cache.module';
import { AppConfig } from '../common/config/app-config';
import { ConfigModule } from '../common/config/config.module';
import { TransactionsModule } from '../common/database/transactions.module';

/** The data source the CLI opened (and migrated), under the tokens TypeORM's Nest module would use. */
@Module({})
class OpenDataSourceModule {
  static of(dataSource: DataSource): DynamicModule {
    return {
      module: OpenDataSourceModule,
      global: true,
      providers: [
        { provide: DataSource, useValue: dataSource },
        { provide: EntityManager, useValue: dataSource.manager },
      ],
      exports: [DataSource, EntityManager],
    };
  }
}

/**
 * The API's own modules for a command, with the global providers their services expect. No HTTP, no
 * jobs, and closing it leaves the data source open: its owner (the CLI or a test) closes that.
 */
@Module({})
export class CliModule {
  static forCommand(dataSource: DataSource, modules: NonNullable<ModuleMetadata['imports']>, config?: AppConfig): DynamicModule {
    return {
      module: CliModule,
      imports: [
        ...(config ? [ConfigModule.forRoot(config)] : []),
        OpenDataSourceModule.of(dataSource),
        TransactionsModule,
        CacheModule,
        AuditModule,
        ...modules,
      ],
    };
  }
}
