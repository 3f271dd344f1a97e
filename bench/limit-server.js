// The machine's limit for the catalog and storefront benchmarks: node:http and a pg pool answering with
// the minimum a client needs (id, title, price, stock), from the simplest indexed SQL, with no framework.
const http = require('node:http');
const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_SIZE ?? 20) });
const CARD = `SELECT p.id, p.title->>'en' AS title, p.price_minor, p.stock FROM products p JOIN cooperatives c ON c.id = p.cooperative_id
               WHERE p.status = 'published' AND c.status = 'approved'`;
const LIST = { name: 'limit_list', text: `${CARD} ORDER BY p.published_at DESC, p.id DESC LIMIT 20` };
const SEARCH = {
  name: 'limit_search',
  text: `${CARD} AND p.search_vector @@ websearch_to_tsquery('simple', f_search_norm($1)) ORDER BY p.published_at DESC, p.id DESC LIMIT 20`,
};
const PRODUCT = { name: 'limit_product', text: `${CARD} AND p.id = $1` };

const rows = async (query, values = []) => (await pool.query({ ...query, values })).rows;
const escape = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const html = (items) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>Hirfa</title></head><body><ul>${items
    .map((p) => `<li><a href="/products/${p.id}">${escape(p.title)}</a> ${p.price_minor} (${p.stock})</li>`)
    .join('')}</ul></body></html>`;

async function handle(req, res) {
  const url = new URL(req.url, 'http://localhost');
  if (url.pathname === '/health') return void res.end('{"status":"ok"}');
  const q = url.searchParams.get('q');
  const list = () => (q ? rows(SEARCH, [q]) : rows(LIST));
  const api = /^\/api\/v1\/products(?:\/([0-9a-f-]{36}))?$/.exec(url.pathname);
  const page = /^\/products(?:\/([0-9a-f-]{36}))?$/.exec(url.pathname);
  if (api) {
    res.setHeader('content-type', 'application/json');
    return void res.end(JSON.stringify(api[1] ? (await rows(PRODUCT, [api[1]]))[0] : { items: await list(), nextCursor: null }));
  }
  if (page || url.pathname === '/') {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    return void res.end(html(page?.[1] ? await rows(PRODUCT, [page[1]]) : await list()));
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
