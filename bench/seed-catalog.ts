import { DataSource } from 'typeorm';
import { withIceCheckDigits } from '../src/cooperatives/ice';

const REGIONS = ['MA-01', 'MA-02', 'MA-03', 'MA-04', 'MA-05', 'MA-06', 'MA-07', 'MA-08', 'MA-09', 'MA-10', 'MA-11', 'MA-12'];

/** Kinds of goods with their words in three languages, branch, HS code and material. */
const KINDS = [
  ['tagine', 'tajine', 'طاجين', 'pottery', '691200', 'clay'],
  ['rug', 'tapis', 'زربية', 'carpets', '570110', 'wool'],
  ['kilim', 'kilim', 'حنبل', 'carpets', '570210', 'wool'],
  ['zellige table', 'table en zellige', 'طاولة زليج', 'zellige', '690730', 'terracotta'],
  ['leather pouf', 'pouf en cuir', 'بوف جلدي', 'leather', '940490', 'leather'],
  ['babouches', 'babouches', 'بلغة', 'leather', '640399', 'goat leather'],
  ['brass lantern', 'lanterne en laiton', 'فانوس نحاسي', 'metal', '940550', 'brass'],
  ['copper teapot', 'théière en cuivre', 'براد نحاسي', 'metal', '741810', 'copper'],
  ['thuya box', 'coffret en thuya', 'علبة عرعار', 'wood', '442090', 'thuya wood'],
  ['argan oil', "huile d'argan", 'زيت أركان', 'cosmetics', '151590', 'argan kernels'],
  ['silver fibula', 'fibule en argent', 'تزرزيت فضية', 'jewelry', '711311', 'silver'],
  ['palm basket', 'panier en palmier', 'سلة سعف', 'basketry', '460219', 'palm leaf'],
];
const ADJECTIVES = [
  ['blue', 'bleu', 'أزرق'],
  ['hand-made', 'fait main', 'مصنوع يدويا'],
  ['embroidered', 'brodé', 'مطرز'],
  ['antique', 'ancien', 'عتيق'],
  ['large', 'grand', 'كبير'],
  ['painted', 'peint', 'مرسوم'],
  ['natural', 'naturel', 'طبيعي'],
  ['berber', 'berbère', 'أمازيغي'],
];

const values = (rows: string[][]): string =>
  rows.map((row, i) => `(${i}, ${row.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ')})`).join(',\n');

/** `count` products over 60 approved cooperatives, ~95% of them published. */
export async function seedCatalog(dataSource: DataSource, count: number): Promise<string[]> {
  const cooperativeIds: string[] = [];
  for (let i = 0; i < 60; i++) {
    const [row]: { id: string }[] = await dataSource.query(
      `INSERT INTO cooperatives (name, ice, region, city, branches, description, members_total, members_women, contact_email, status)
       VALUES ($1, $2, $3, 'City', $4, '{"en":"A cooperative"}', 30, 20, 'c@bench.example', 'approved') RETURNING id`,
      [`Bench cooperative ${i}`, withIceCheckDigits(String(1_000_000_000 + i).padStart(13, '0')), REGIONS[i % 12], [KINDS[i % 12][3]]],
    );
    cooperativeIds.push(row.id);
  }
  await dataSource.query(
    `WITH kinds(idx, en, fr, ar, branch, hs, material) AS (VALUES ${values(KINDS)}),
          adjectives(idx, en, fr, ar) AS (VALUES ${values(ADJECTIVES)}),
          coops AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS idx FROM cooperatives)
     INSERT INTO products (cooperative_id, title, description, branch, hs_code, hs_edition, price_minor, currency, stock, sku,
                           weight_grams, materials, images, made_by, status, published_at)
     SELECT c.id,
            jsonb_build_object('en', initcap(a.en) || ' ' || k.en || ', ' || w.word || ' design', 'fr', k.fr || ' ' || a.fr || ', motif ' || w.word, 'ar', k.ar || ' ' || a.ar),
            jsonb_build_object('en', 'A ' || a.en || ' ' || k.en || ' made by hand in Morocco.', 'fr', k.fr || ' ' || a.fr || ', fait au Maroc.'),
            k.branch, k.hs, 2022, 5000 + (g * 7919) % 500000, 'MAD', 1 + g % 40, 'SKU-' || g,
            300 + (g * 31) % 9000, ARRAY[k.material],
            -- One processed photo per product, as the app stores it (3 derivatives and a placeholder).
            jsonb_build_array(jsonb_build_object('id', md5(g::text)::uuid, 'status', 'ready', 'width', 1280, 'height', 960,
              'variants', (SELECT jsonb_agg(jsonb_build_object('width', w, 'height', w * 3 / 4,
                             'key', 'i/' || md5(g::text)::uuid || '/' || left(md5(g::text || w), 16) || '-' || w || '.webp'))
                             FROM unnest(ARRAY[320, 640, 1280]) w),
              'placeholder', 'data:image/webp;base64,' || repeat('A', 120), 'alt', '{}'::jsonb)),
            'Artisan ' || (g % 500),
            CASE WHEN g % 20 = 0 THEN 'draft' ELSE 'published' END,
            CASE WHEN g % 20 = 0 THEN NULL ELSE date_trunc('milliseconds', now()) - g * interval '1 second' END
       FROM generate_series(1, $1::int) g
       -- A large vocabulary of design names, as a real catalog has, so lexeme statistics look real.
       CROSS JOIN LATERAL (SELECT initcap((ARRAY['ta','mi','ra','zo','lu','ka','ne','ri','sa','do','fe','ha','ja','bo','yu','wa','ge','ti','no','ma'])[1 + g % 20]
                                          || (ARRAY['li','ran','zit','mou','ber','sal','dar','kan','tel','nour','rif','gaz','lem','sou','hib','tam','zar','fil','mar','lou'])[1 + (g / 20) % 20]
                                          || (ARRAY['a','ine','ou','ane','it','el','ia','on','ir','at','ey','ul','is','or','em','an','oud','ik','ette','al'])[1 + (g / 400) % 20]) AS word) w
       JOIN kinds k ON k.idx = g % ${KINDS.length}
       JOIN adjectives a ON a.idx = (g / ${KINDS.length}) % ${ADJECTIVES.length}
       JOIN coops c ON c.idx = g % 60`,
    [count],
  );
  await dataSource.query('ANALYZE');
  return cooperativeIds;
}

export const SEARCH_QUERIES = [
  'tagine',
  'tapis berbere',
  'زربية',
  'zelige',
  'leather pouf',
  'lanterne',
  'argan',
  'babouches',
  'copper teapot',
  'بلغة',
];
