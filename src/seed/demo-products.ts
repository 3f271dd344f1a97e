import type { DemoPicture } from './demo-pictures';
import type { Branch } from '../common/domain/branches';

export interface DemoProduct {
  /** The cooperative, by ICE prefix order in DEMO_COOPERATIVES. */
  cooperative: number;
  sku: string;
  title: { en: string; fr: string; ar: string };
  description: { en: string; fr: string; ar?: string };
  branch: Branch;
  hsCode: string;
  priceMinor: number;
  stock: number;
  weightGrams: number;
  dimensionsCm: { length: number; width: number; height: number } | null;
  materials: string[];
  madeBy: string;
}

/** Each product's photo is drawn by the seed (see demo-pictures.ts): nothing is downloaded. */
export const DEMO_PRODUCTS: (DemoProduct & { picture: DemoPicture })[] = [
  {
    cooperative: 0, sku: 'TIF-BO-200', branch: 'carpets', hsCode: '570110', priceMinor: 820000, stock: 4, weightGrams: 9000,
    title: { en: 'Beni Ourain hand-knotted wool rug, 200×300', fr: 'Tapis Beni Ouarain noué main en laine, 200×300', ar: 'زربية بني وراين معقودة يدويا من الصوف' },
    description: { en: 'Undyed sheep wool with a black lozenge pattern, knotted over four months.', fr: 'Laine de mouton écrue, losanges noirs, nouée en quatre mois.' },
    dimensionsCm: { length: 300, width: 200, height: 2 }, materials: ['wool'], madeBy: 'Itto Ouhaddou', picture: 'beni-ourain',
  },
  {
    cooperative: 0, sku: 'TIF-KIL-150', branch: 'carpets', hsCode: '570210', priceMinor: 310000, stock: 7, weightGrams: 4000,
    title: { en: 'Zayane kilim, flat-woven, 150×240', fr: 'Kilim zayane tissé à plat, 150×240', ar: 'حنبل زياني منسوج' },
    description: { en: 'Flat-woven hanbel in madder red and indigo.', fr: 'Hanbel tissé à plat, rouge garance et indigo.' },
    dimensionsCm: { length: 240, width: 150, height: 1 }, materials: ['wool', 'natural dyes'], madeBy: 'Fadma Amazigh', picture: 'kilim',
  },
  {
    cooperative: 0, sku: 'TIF-CUSH-01', branch: 'textiles', hsCode: '630499', priceMinor: 45000, stock: 20, weightGrams: 600,
    title: { en: 'Embroidered wool cushion cover', fr: 'Housse de coussin brodée en laine', ar: 'غطاء وسادة مطرز من الصوف' },
    description: { en: 'Cushion cover woven and embroidered with Amazigh symbols.', fr: 'Housse tissée et brodée de symboles amazighs.' },
    dimensionsCm: { length: 50, width: 50, height: 1 }, materials: ['wool', 'cotton'], madeBy: 'Aicha Ait Said', picture: 'cushion',
  },
  {
    cooperative: 1, sku: 'SAF-TAG-30', branch: 'pottery', hsCode: '691200', priceMinor: 45000, stock: 25, weightGrams: 2500,
    title: { en: 'Glazed cooking tagine, 30 cm', fr: 'Tajine de cuisson émaillé, 30 cm', ar: 'طاجين طبخ مزجج 30 سم' },
    description: { en: 'Lead-free glazed terracotta tagine, usable on gas with a diffuser.', fr: 'Tajine en terre cuite émaillée sans plomb.' },
    dimensionsCm: { length: 30, width: 30, height: 25 }, materials: ['clay', 'lead-free glaze'], madeBy: 'Abdellah Serghini', picture: 'tagine',
  },
  {
    cooperative: 1, sku: 'SAF-PLATE-35', branch: 'pottery', hsCode: '691200', priceMinor: 28000, stock: 40, weightGrams: 1400,
    title: { en: 'Hand-painted Safi serving plate', fr: 'Plat de service peint main de Safi', ar: 'طبق تقديم مرسوم باليد من آسفي' },
    description: { en: 'Blue and white serving plate painted with a brush of donkey hair.', fr: 'Plat bleu et blanc peint au pinceau.' },
    dimensionsCm: { length: 35, width: 35, height: 5 }, materials: ['clay', 'glaze'], madeBy: 'Hassan Lamrani', picture: 'safi-plate',
  },
  {
    cooperative: 1, sku: 'SAF-VASE-40', branch: 'pottery', hsCode: '691390', priceMinor: 62000, stock: 10, weightGrams: 3200,
    title: { en: 'Decorative ceramic vase with metal inlay', fr: 'Vase décoratif en céramique incrusté de métal', ar: 'مزهرية خزفية مزخرفة مطعمة بالمعدن' },
    description: { en: 'Ornamental vase with hammered copper inlay, a Safi speciality.', fr: 'Vase orné de cuivre martelé.' },
    dimensionsCm: { length: 20, width: 20, height: 40 }, materials: ['clay', 'copper'], madeBy: 'Abdellah Serghini', picture: 'vase',
  },
  {
    cooperative: 2, sku: 'FES-ZEL-TAB', branch: 'zellige', hsCode: '690730', priceMinor: 260000, stock: 5, weightGrams: 28000,
    title: { en: 'Zellige mosaic side table', fr: 'Table basse en zellige', ar: 'طاولة جانبية من الزليج' },
    description: { en: 'Hand-cut zellige tesserae set in a wrought-iron frame.', fr: 'Tesselles de zellige taillées main sur fer forgé.' },
    dimensionsCm: { length: 60, width: 60, height: 45 }, materials: ['terracotta', 'enamel', 'iron'], madeBy: 'Mohammed Benjelloun', picture: 'zellige-table',
  },
  {
    cooperative: 2, sku: 'FES-ZEL-FOUNT', branch: 'zellige', hsCode: '690730', priceMinor: 540000, stock: 2, weightGrams: 45000,
    title: { en: 'Zellige wall fountain', fr: 'Fontaine murale en zellige', ar: 'نافورة حائطية من الزليج' },
    description: { en: 'Wall fountain in green and white zellige, shipped in a wooden crate.', fr: 'Fontaine murale en zellige vert et blanc.' },
    dimensionsCm: { length: 80, width: 30, height: 120 }, materials: ['terracotta', 'enamel'], madeBy: 'Mohammed Benjelloun', picture: 'fountain',
  },
  {
    cooperative: 3, sku: 'TIG-ARG-250', branch: 'cosmetics', hsCode: '151590', priceMinor: 18000, stock: 120, weightGrams: 400,
    title: { en: 'Cold-pressed culinary argan oil, 250 ml', fr: "Huile d'argan alimentaire pressée à froid, 250 ml", ar: 'زيت أركان غذائي معصور على البارد 250 مل' },
    description: { en: 'Roasted-kernel argan oil pressed by the cooperative in Tiznit.', fr: "Huile d'argan de noyaux torréfiés." },
    dimensionsCm: null, materials: ['argan kernels'], madeBy: 'Cooperative members', picture: 'argan-oil',
  },
  {
    cooperative: 3, sku: 'TIG-SOAP-6', branch: 'cosmetics', hsCode: '340111', priceMinor: 9000, stock: 200, weightGrams: 700,
    title: { en: 'Black soap with argan, set of six', fr: "Savon noir à l'argan, lot de six", ar: 'صابون بلدي بالأركان ست قطع' },
    description: { en: 'Traditional beldi soap for the hammam.', fr: 'Savon beldi traditionnel pour le hammam.' },
    dimensionsCm: null, materials: ['olive oil', 'argan oil'], madeBy: 'Cooperative members', picture: 'black-soap',
  },
  {
    cooperative: 3, sku: 'TIG-FIBULA', branch: 'jewelry', hsCode: '711311', priceMinor: 150000, stock: 6, weightGrams: 120,
    title: { en: 'Tiznit silver fibula brooch', fr: 'Fibule en argent de Tiznit', ar: 'تزرزيت فضية من تيزنيت' },
    description: { en: 'Engraved silver tizerzai brooch with enamel.', fr: 'Fibule tizerzai en argent gravé et émaillé.' },
    dimensionsCm: { length: 12, width: 6, height: 1 }, materials: ['silver', 'enamel'], madeBy: 'Brahim Oubella', picture: 'fibula',
  },
  {
    cooperative: 4, sku: 'JLD-BAB-Y40', branch: 'leather', hsCode: '640399', priceMinor: 32000, stock: 30, weightGrams: 500,
    title: { en: 'Yellow leather babouches, size 40', fr: 'Babouches en cuir jaune, pointure 40', ar: 'بلغة جلدية صفراء مقاس 40' },
    description: { en: 'Goatskin slippers tanned in Marrakech, leather soles.', fr: 'Babouches en peau de chèvre, semelle cuir.' },
    dimensionsCm: { length: 28, width: 10, height: 6 }, materials: ['goat leather'], madeBy: 'Rachid Alaoui', picture: 'babouches',
  },
  {
    cooperative: 4, sku: 'JLD-POUF-50', branch: 'leather', hsCode: '940490', priceMinor: 98000, stock: 12, weightGrams: 1800,
    title: { en: 'Embroidered leather pouf (unstuffed)', fr: 'Pouf en cuir brodé (non rembourré)', ar: 'بوف جلدي مطرز غير محشو' },
    description: { en: 'Round pouf cover in hand-stitched leather, shipped flat.', fr: 'Housse de pouf en cuir cousu main, livrée à plat.' },
    dimensionsCm: { length: 50, width: 50, height: 5 }, materials: ['leather', 'cotton thread'], madeBy: 'Rachid Alaoui', picture: 'pouf',
  },
  {
    cooperative: 4, sku: 'JLD-BAG-01', branch: 'leather', hsCode: '420221', priceMinor: 120000, stock: 15, weightGrams: 900,
    title: { en: 'Leather shoulder bag', fr: "Sac à bandoulière en cuir", ar: 'حقيبة كتف جلدية' },
    description: { en: 'Vegetable-tanned leather bag with a brass buckle.', fr: 'Sac en cuir tanné végétal, boucle en laiton.' },
    dimensionsCm: { length: 30, width: 10, height: 25 }, materials: ['leather', 'brass'], madeBy: 'Said Tazi', picture: 'bag',
  },
  {
    cooperative: 4, sku: 'JLD-LANT-60', branch: 'metal', hsCode: '940550', priceMinor: 145000, stock: 8, weightGrams: 2200,
    title: { en: 'Pierced brass lantern (candle)', fr: 'Lanterne en laiton ciselé (bougie)', ar: 'فانوس نحاسي مخرم للشموع' },
    description: { en: 'Non-electric hanging lantern, chiselled by hand.', fr: 'Lanterne suspendue non électrique, ciselée main.' },
    dimensionsCm: { length: 25, width: 25, height: 60 }, materials: ['brass', 'glass'], madeBy: 'Said Tazi', picture: 'lantern',
  },
  {
    cooperative: 4, sku: 'JLD-TEAPOT', branch: 'metal', hsCode: '741810', priceMinor: 56000, stock: 18, weightGrams: 700,
    title: { en: 'Hammered copper teapot', fr: 'Théière en cuivre martelé', ar: 'براد نحاسي مطروق' },
    description: { en: 'Traditional copper teapot for mint tea.', fr: 'Théière traditionnelle pour le thé à la menthe.' },
    dimensionsCm: { length: 20, width: 12, height: 22 }, materials: ['copper', 'tin lining'], madeBy: 'Said Tazi', picture: 'teapot',
  },
];
