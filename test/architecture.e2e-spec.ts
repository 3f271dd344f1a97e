import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * The boundary rules of eslint.boundaries.config.mjs (README, "Architecture") catch what they are
 * for: each deliberate violation is reported under its rule, and the compliant version is not.
 */
interface Case {
  name: string;
  file: string;
  code: string;
  /** The rules expected to report, once each; none for a compliant snippet. */
  rules: string[];
}

const SQL = 'no-restricted-syntax';
const DATA_SOURCE = '@typescript-eslint/no-restricted-imports';
const FOREIGN = 'boundaries/no-foreign-entity-or-repository';
const COMMON = 'boundaries/common-imports-no-feature';

const service = (body: string): string =>
  `export class S {\n  constructor(private readonly db: any) {}\n  run(): unknown {\n    return ${body};\n  }\n}\n`;

const CASES: Case[] = [
  // a. SQL and the DataSource only in repositories.
  { name: '.query( in a service', file: 'src/orders/x.service.ts', code: service(`this.db.query('SELECT 1')`), rules: [SQL] },
  { name: '.getRepository( in a service', file: 'src/orders/x.service.ts', code: service(`this.db.getRepository('Order')`), rules: [SQL] },
  {
    name: '.createQueryBuilder( in a service',
    file: 'src/orders/x.service.ts',
    code: service(`this.db.createQueryBuilder()`),
    rules: [SQL],
  },
  {
    name: 'a DataSource imported by a service',
    file: 'src/orders/x.service.ts',
    code: `import { DataSource } from 'typeorm';\nexport const d = DataSource;\n`,
    rules: [DATA_SOURCE],
  },
  { name: '.query( in a repository', file: 'src/orders/x.repository.ts', code: service(`this.db.query('SELECT 1')`), rules: [] },
  {
    name: 'a DataSource injected into a repository',
    file: 'src/orders/x.repository.ts',
    code: `import { DataSource } from 'typeorm';\nexport const d = DataSource;\n`,
    rules: [],
  },
  {
    name: 'a DataSource named as a type in a service',
    file: 'src/orders/x.service.ts',
    code: `import type { DataSource } from 'typeorm';\nexport type D = DataSource;\n`,
    rules: [],
  },
  { name: '.query( in the database plumbing', file: 'src/common/database/x.ts', code: service(`this.db.query('SELECT 1')`), rules: [] },
  { name: 'a service calling its repository', file: 'src/orders/x.service.ts', code: service(`this.db.findOpen()`), rules: [] },
  // b. No module imports another module's entity or repository as a value.
  {
    name: "another module's entity as a value",
    file: 'src/payments/x.service.ts',
    code: `import { Order } from '../orders/order';\nexport const o = Order;\n`,
    rules: [FOREIGN],
  },
  {
    name: "another module's repository",
    file: 'src/payments/x.service.ts',
    code: `import { HsReclassificationRepository } from '../hs-reclassification/hs-reclassification.repository';\nexport const r = HsReclassificationRepository;\n`,
    rules: [FOREIGN],
  },
  {
    name: "another module's entity as a type",
    file: 'src/payments/x.service.ts',
    code: `import type { Order } from '../orders/order';\nexport type O = Order;\n`,
    rules: [],
  },
  {
    name: "another module's entity as an inline type",
    file: 'src/payments/x.service.ts',
    code: `import { type Order } from '../orders/order';\nexport type O = Order;\n`,
    rules: [],
  },
  {
    name: 'a constant of an entity file',
    file: 'src/web/x.controller.ts',
    code: `import { STRAY_PAYMENT_STATES } from '../orders/stray-payment';\nexport const s = STRAY_PAYMENT_STATES;\n`,
    rules: [],
  },
  {
    name: "another module's service",
    file: 'src/payments/x.service.ts',
    code: `import { OrdersService } from '../orders/orders.service';\nexport const s = OrdersService;\n`,
    rules: [],
  },
  {
    name: "the module's own entity",
    file: 'src/orders/x.service.ts',
    code: `import { Order } from './order';\nexport const o = Order;\n`,
    rules: [],
  },
  {
    name: 'an entity relation in an entity file',
    file: 'src/payments/refund.ts',
    code: `import { Order } from '../orders/order';\nexport const o = Order;\n`,
    rules: [],
  },
  // c. src/common imports no feature.
  {
    name: 'a feature imported by common',
    file: 'src/common/money/x.ts',
    code: `import { OrdersService } from '../../orders/orders.service';\nexport const s = OrdersService;\n`,
    rules: [COMMON],
  },
  {
    name: 'a feature type imported by common',
    file: 'src/common/money/x.ts',
    code: `import type { Order } from '../../orders/order';\nexport type O = Order;\n`,
    rules: [COMMON],
  },
  {
    name: 'common importing common',
    file: 'src/common/money/x.ts',
    code: `import { DomainError } from '../errors/domain-error';\nexport const e = DomainError;\n`,
    rules: [],
  },
];

interface Message {
  ruleId: string | null;
  message: string;
  fatal: boolean;
}

describe('architecture boundaries (npm run lint:boundaries)', () => {
  let results: Message[][];
  beforeAll(() => {
    const input = JSON.stringify({ config: 'eslint.boundaries.config.mjs', cases: CASES.map(({ file, code }) => ({ file, code })) });
    const output = execFileSync(process.execPath, [join(__dirname, 'support', 'lint-text.mjs')], { input, encoding: 'utf8' });
    results = JSON.parse(output) as Message[][];
  });

  it.each(CASES.map((c, i) => [c.name, c.rules.length > 0 ? 'is reported' : 'passes', i] as const))('%s %s', (_name, _verdict, i) => {
    const messages = results[i]!;
    expect(messages.filter((m) => m.fatal)).toEqual([]);
    expect(messages.map((m) => m.ruleId)).toEqual(CASES[i]!.rules);
  });
});
