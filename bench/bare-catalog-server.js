// The reference for the catalog benchmark: node:http and a pg pool running the same SQL as the app
// (built from the app's own compiled query functions), with none of the framework around it.
const http = require('node:http');
const { Pool } = require('pg');
const { catalogPage, productPage } = require('../dist/src/products/catalog-query');

const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.DATABASE_POOL_SIZE ?? 20),
  options: '-c pg_trgm.word_similarity_threshold=0.5',
});

// The same runner as the app's CatalogService: named statements are prepared per connection.
const run = async (text, values, name) => (await pool.query(name ? { name, text, values } : { text, values })).rows;

async function handle(req, res) {
  const url = new URL(req.url, 'http://localhost');
  if (url.pathname === '/health') return void res.end('{"status":"ok"}');
  res.setHeader('content-type', 'application/json');
  const product = /^\/api\/v1\/products\/([0-9a-f-]{36})$/.exec(url.pathname);
  if (product) return void res.end(JSON.stringify(await productPage(product[1], run)));
  if (url.pathname === '/api/v1/products') {
    const q = url.searchParams.get('q') ?? undefined;
    const limit = Number(url.searchParams.get('limit') ?? 20);
    const page = await catalogPage({ q, sort: q ? 'relevance' : 'newest', limit }, run);
    return void res.end(JSON.stringify({ items: page.rows, nextCursor: page.nextCursor }));
  }
  res.statusCode = 404;
  res.end('{}');
}

http
  .createServer((req, res) => {
    handle(req, res).catch((error) => {
      res.statusCode = 500;
      res.end(JSON.stringify({ message: error.message }));
    });
  })
  .listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => pool.end().then(() => process.exit(0)));
