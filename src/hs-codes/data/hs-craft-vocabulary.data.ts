import type { CraftVocabulary } from '../hs-suggester';

/**
 * The craft vocabulary of the HS suggester: how Moroccan artisans and their buyers name products and
 * materials in English, French and Arabic (and common transliterations), mapped to HS 2022
 * subheadings. Codes outside the curated subset (mirrors 7009, seats 9401, hats 65…) are only
 * suggested once an import has loaded them.
 */

const TAGS: CraftVocabulary['tags'] = {
  textile: { group: 'material' },
  wool: { group: 'material', parents: ['textile'] },
  cotton: { group: 'material', parents: ['textile'] },
  silk: { group: 'material', parents: ['textile'] },
  linen: { group: 'material', parents: ['textile'] },
  viscose: { group: 'material', parents: ['textile'] },
  synthetic: { group: 'material', parents: ['textile'] },
  rag: { group: 'material', parents: ['textile'] },
  leather: { group: 'material' },
  wood: { group: 'material' },
  'non-tropical-wood': { group: 'material', parents: ['wood'] },
  'tropical-wood': { group: 'material', parents: ['wood'] },
  thuya: { group: 'material', parents: ['non-tropical-wood'] },
  cedar: { group: 'material', parents: ['non-tropical-wood'] },
  'olive-wood': { group: 'material', parents: ['non-tropical-wood'] },
  'plant-fibre': { group: 'material' },
  rattan: { group: 'material' },
  bamboo: { group: 'material' },
  ceramic: { group: 'material' },
  clay: { group: 'material', parents: ['ceramic'] },
  porcelain: { group: 'material', parents: ['ceramic'] },
  glass: { group: 'material' },
  'base-metal': { group: 'material' },
  copper: { group: 'material', parents: ['base-metal'] },
  iron: { group: 'material', parents: ['base-metal'] },
  steel: { group: 'material', parents: ['base-metal'] },
  plated: { group: 'material', parents: ['base-metal'] },
  'precious-metal': { group: 'material' },
  silver: { group: 'material', parents: ['precious-metal'] },
  gold: { group: 'material', parents: ['precious-metal'] },
  stone: { group: 'material' },
  marble: { group: 'material', parents: ['stone'] },
  limestone: { group: 'material', parents: ['stone'] },
  granite: { group: 'material', parents: ['stone'] },
  resin: { group: 'material' },
  bone: { group: 'material' },
  plastic: { group: 'material' },
  rubber: { group: 'material' },
  paper: { group: 'material' },
  electric: { group: 'power' },
  // LED-only fittings have their own subheadings (9405.11, .21…); an LED bulb in a socket does not.
  led: { group: 'power' },
  'non-electric': { group: 'power' },
  ceiling: { group: 'placement' },
  table: { group: 'placement' },
  women: { group: 'gender' },
  men: { group: 'gender' },
  knotted: { group: 'construction' },
  woven: { group: 'construction' },
  kelem: { group: 'construction', parents: ['woven'] },
  tufted: { group: 'construction' },
  knitted: { group: 'construction' },
  terry: { group: 'construction' },
  stuffed: { group: 'filling' },
  unstuffed: { group: 'filling' },
  functional: { group: 'use' },
  decorative: { group: 'use' },
  antique: { group: 'age' },
  recent: { group: 'age' },
  original: { group: 'art' },
};

const OBJECTS: CraftVocabulary['objects'] = [
  // Rugs and floor coverings
  {
    gloss: 'rug',
    terms: ['floor covering', 'floor coverings', 'revêtement de sol', 'rug', 'carpet', 'area rug', 'tapis', 'moquette', 'زربية', 'زرابي', 'سجاد', 'سجادة'],
    codes: { '570110': 0.6, '570210': 0.45, '570190': 0.4, '570310': 0.15, '570390': 0.1, '570500': 0.15 },
  },
  {
    gloss: 'hallway runner',
    terms: ['runner', 'hallway runner', 'tapis de couloir'],
    codes: { '570110': 0.4, '570210': 0.4, '570190': 0.2 },
  },
  {
    gloss: 'hand-knotted wool rug from the Middle Atlas',
    terms: ['beni ourain', 'beni ouarain', 'beni ouaraine', 'beni warain', 'بني وراين', 'mrirt', 'مريرت'],
    codes: { '570110': 1, '570190': 0.2 },
    tags: ['wool', 'knotted'],
  },
  {
    gloss: 'hand-knotted Berber rug',
    terms: ['azilal', 'أزيلال', 'boujad', 'boujaad', 'بوجعد', 'taznakht', 'tazenakht', 'تازناخت', 'tapis de rabat', 'rabat rug', 'tapis rbati', 'زربية رباطية'],
    codes: { '570110': 0.9, '570190': 0.3, '570210': 0.2 },
    tags: ['knotted'],
  },
  {
    gloss: 'rag rug knotted from recycled textiles',
    terms: ['boucherouite', 'boucharouite', 'boucherouette', 'boucharouette', 'boucherwit', 'بوشرويط', 'rag rug', 'tapis en chiffons'],
    codes: { '570190': 1, '570110': 0.15 },
    tags: ['rag', 'knotted'],
  },
  {
    // Heading 5702 names "Kelem", "Schumacks", "Karamanie" and similar hand-woven rugs: 5702.10.
    gloss: 'kilim: hand-woven Kelem-type rug',
    terms: ['kilim', 'kelim', 'kelem', 'klim', 'hanbel', 'hanbal', 'handira rug', 'حنبل', 'كليم', 'zanafi', 'akhnif', 'glaoui', 'dhurrie', 'soumak', 'sumak'],
    codes: { '570210': 1, '570291': 0.2, '570110': 0.1 },
    tags: ['kelem'],
  },
  {
    gloss: 'flat-woven rug',
    terms: ['flatweave', 'flat weave', 'flat woven', 'flat-woven rug', 'tissé à plat', 'tapis tissé'],
    codes: { '570291': 0.7, '570299': 0.6, '570292': 0.4, '570210': 0.5 },
    tags: ['woven'],
  },
  {
    gloss: 'tufted rug',
    terms: ['tufted rug', 'tapis touffeté', 'tapis tufté', 'tufted carpet'],
    codes: { '570310': 0.8, '570390': 0.5 },
    tags: ['tufted'],
  },
  {
    gloss: 'wedding blanket',
    terms: ['handira', 'hendira', 'handira blanket', 'wedding blanket', 'couverture de mariage', 'حنديرة', 'حندير'],
    codes: { '630120': 0.9, '570210': 0.3, '630190': 0.2 },
    tags: ['woven'],
  },
  {
    gloss: 'blanket or throw',
    terms: ['blanket', 'throw', 'throw blanket', 'plaid', 'couverture', 'jeté de canapé', 'بطانية', 'بطانيات', 'غطاء'],
    codes: { '630120': 0.6, '630130': 0.5, '630140': 0.3, '630190': 0.3 },
  },
  {
    gloss: 'bedspread',
    terms: ['bedspread', 'bed cover', 'couvre lit', 'couvre-lit', 'boutis', 'غطاء سرير'],
    codes: { '630419': 0.8, '630120': 0.2, '630130': 0.2 },
  },
  {
    gloss: 'floor mat',
    terms: ['mat', 'natte', 'hsira', 'hsir', 'حصير', 'حصيرة', 'tatami', 'prayer mat', 'tapis de prière', 'سجادة صلاة'],
    codes: { '460129': 0.8, '460122': 0.2, '460121': 0.1, '570210': 0.2 },
  },

  // Pottery, tiles and stone
  {
    gloss: 'ceramic cooking pot',
    terms: ['tagine', 'tajine', 'tajin', 'tagin', 'tajine pot', 'طاجين', 'طاجن', 'طواجن', 'طاجين فخاري'],
    codes: { '691200': 1, '691390': 0.3, '741810': 0.25 },
  },
  {
    gloss: 'pottery',
    terms: ['pottery', 'poterie', 'ceramic', 'ceramics', 'céramique', 'earthenware', 'faïence', 'faience', 'stoneware', 'فخار', 'فخاري', 'فخارية', 'خزف', 'خزفي'],
    codes: { '691200': 0.5, '691390': 0.45, '691490': 0.2 },
    tags: ['clay'],
  },
  {
    gloss: 'bowl',
    terms: ['bowl', 'bol', 'zlafa', 'zlafat', 'زلافة', 'زلايف', 'saladier', 'salad bowl', 'قصعة', 'gsaa', 'gasaa', 'وعاء'],
    codes: { '691200': 0.7, '441990': 0.4, '701349': 0.3, '741810': 0.3, '680291': 0.15, '460219': 0.1 },
  },
  {
    gloss: 'plate or dish',
    terms: ['plate', 'dish', 'assiette', 'plat', 'platter', 'plat de service', 'serving dish', 'صحن', 'صحون', 'طبق', 'أطباق'],
    codes: { '691200': 0.7, '441990': 0.3, '741810': 0.3, '701349': 0.25, '680291': 0.1 },
  },
  {
    gloss: 'tableware set',
    terms: ['tableware', 'dinnerware', 'dinner set', 'dinner service', 'vaisselle', 'service de table', 'أواني', 'أواني المائدة'],
    codes: { '691200': 0.8, '701349': 0.2, '441990': 0.2, '741810': 0.15 },
  },
  {
    gloss: 'cup or mug',
    terms: ['mug', 'cup', 'tasse', 'coffee cup', 'espresso cup', 'فنجان', 'كوب'],
    codes: { '691200': 0.7, '701337': 0.3, '741810': 0.15 },
  },
  {
    gloss: 'vase',
    terms: ['vase', 'flower vase', 'vase à fleurs', 'مزهرية', 'مزهريات', 'فازة'],
    codes: { '691390': 0.8, '701399': 0.45, '741980': 0.25, '830629': 0.25, '680291': 0.2, '442019': 0.15 },
    tags: ['decorative'],
  },
  {
    gloss: 'jar or jug',
    terms: ['jar', 'jarre', 'amphora', 'amphore', 'jug', 'pitcher', 'cruche', 'pichet', 'carafe', 'decanter', 'جرة', 'خابية', 'قلة', 'ابريق'],
    codes: { '691200': 0.6, '691390': 0.4, '701349': 0.3, '741810': 0.25 },
  },
  {
    gloss: 'decorative figurine or ornament',
    terms: ['statuette', 'figurine', 'ornament', 'ornement', 'objet de décoration', 'decorative object', 'تمثال', 'تماثيل', 'تحفة', 'تحف'],
    codes: { '691390': 0.5, '442019': 0.5, '830629': 0.35, '701890': 0.3, '970390': 0.2, '680291': 0.2, '741980': 0.2 },
    tags: ['decorative'],
  },
  {
    gloss: 'planter',
    terms: ['planter', 'flower pot', 'plant pot', 'pot de fleurs', 'cache pot', 'cache-pot', 'jardinière', 'أصيص', 'أصص'],
    codes: { '691490': 0.6, '691390': 0.3, '460219': 0.2, '680292': 0.1 },
  },
  {
    gloss: 'zellige: hand-cut glazed terracotta tilework',
    terms: ['zellige', 'zellij', 'zelij', 'zelige', 'zellig', 'zeliij', 'زليج', 'زلايج'],
    codes: { '690723': 0.8, '690730': 0.6, '970192': 0.1 },
    tags: ['clay'],
  },
  {
    gloss: 'mosaic',
    terms: ['mosaic', 'mosaïque', 'mosaique', 'tesserae', 'tesselles', 'فسيفساء'],
    codes: { '690730': 0.6, '970192': 0.35, '680210': 0.3 },
  },
  {
    gloss: 'tile',
    terms: ['tile', 'tiles', 'carreau', 'carreaux', 'carrelage', 'bejmat', 'beldi tile', 'بلاط', 'بجمات', 'cement tile', 'carreau de ciment'],
    codes: { '690723': 0.6, '690722': 0.4, '690721': 0.2, '690740': 0.1, '680210': 0.1 },
  },
  {
    gloss: 'tadelakt lime-plaster finish',
    terms: ['tadelakt', 'tadellakt', 'تادلاكت'],
    codes: { '691390': 0.4, '691490': 0.3, '680292': 0.25 },
  },
  {
    gloss: 'mortar and pestle',
    terms: ['mortar', 'mortier', 'pestle', 'pilon', 'mehraz', 'مهراز', 'مهراس'],
    codes: { '441990': 0.5, '741810': 0.45, '680291': 0.4, '691200': 0.2 },
    tags: ['functional'],
  },
  {
    gloss: 'coaster',
    terms: ['coaster', 'coasters', 'dessous de verre', 'sous-verre', 'sous verre'],
    codes: { '420500': 0.3, '441990': 0.3, '680291': 0.3, '460219': 0.25, '691200': 0.2 },
  },

  // Leather goods and footwear
  {
    gloss: 'bag',
    terms: ['bag', 'sac', 'حقيبة', 'شنطة', 'sacoche', 'besace'],
    codes: { '420221': 0.5, '420222': 0.4, '420291': 0.35, '420292': 0.3, '460219': 0.2 },
  },
  {
    gloss: 'handbag',
    terms: ['handbag', 'hand bag', 'sac à main', 'purse', 'clutch', 'pochette', 'shoulder bag', 'sac bandoulière', 'crossbody', 'cross body', 'حقيبة يد', 'حقيبة كتف'],
    codes: { '420221': 0.75, '420222': 0.55, '460219': 0.25 },
  },
  {
    gloss: 'tote or shopping bag',
    terms: ['tote', 'tote bag', 'cabas', 'shopping bag', 'sac de courses', 'beach bag', 'sac de plage', 'market bag', 'قفة'],
    codes: { '420221': 0.5, '420222': 0.5, '420292': 0.35, '460219': 0.35 },
  },
  {
    gloss: 'travel bag or backpack',
    terms: ['backpack', 'sac à dos', 'rucksack', 'duffel', 'duffle', 'weekender', 'holdall', 'travel bag', 'sac de voyage', 'حقيبة ظهر', 'حقيبة سفر'],
    codes: { '420291': 0.7, '420292': 0.6 },
  },
  {
    gloss: 'briefcase or satchel',
    terms: ['briefcase', 'satchel', 'cartable', 'porte documents', 'porte-documents', 'attaché case', 'suitcase', 'valise', 'laptop bag', 'محفظة وثائق'],
    codes: { '420211': 0.8, '420212': 0.5 },
  },
  {
    gloss: 'wallet or purse',
    terms: ['wallet', 'portefeuille', 'porte monnaie', 'porte-monnaie', 'coin purse', 'card holder', 'porte cartes', 'porte-cartes', 'محفظة', 'محافظ', 'جزدان'],
    codes: { '420231': 0.8, '420232': 0.5 },
  },
  {
    gloss: 'phone case',
    terms: ['phone', 'smartphone', 'phone case', 'téléphone', 'telephone', 'étui de poche', 'هاتف', 'جراب هاتف'],
    codes: { '420231': 0.6, '420232': 0.45 },
  },
  {
    gloss: 'pouch or case',
    terms: ['pouch', 'trousse', 'toiletry bag', 'trousse de toilette', 'makeup bag', 'pencil case', 'glasses case', 'étui', 'etui', 'كيس'],
    codes: { '420291': 0.5, '420292': 0.5, '420231': 0.3, '420232': 0.3 },
  },
  {
    gloss: 'belt',
    terms: ['belt', 'ceinture', 'حزام', 'أحزمة', 'mdama', 'مضمة'],
    codes: { '420330': 0.8, '711311': 0.2 },
  },
  {
    gloss: 'jacket',
    terms: ['jacket', 'veste', 'blouson', 'perfecto', 'جاكيت', 'سترة'],
    codes: { '420310': 0.4, '620432': 0.3, '620431': 0.25, '620439': 0.2, '610432': 0.15 },
  },
  {
    gloss: 'gloves',
    terms: ['gloves', 'gants', 'قفازات'],
    codes: { '420329': 0.7 },
  },
  {
    gloss: 'floor pouf',
    terms: ['pouf', 'pouffe', 'poof', 'bean bag', 'beanbag', 'floor pouf', 'بوف', 'بوفات'],
    codes: { '940490': 1, '420500': 0.3, '630499': 0.25, '630492': 0.2 },
    // Sold filled unless the listing says otherwise ("pouf cover", "unstuffed").
    tags: ['stuffed'],
  },
  {
    gloss: 'pouf cover (sold unstuffed)',
    terms: ['pouf cover', 'housse de pouf', 'unstuffed pouf', 'pouf non rembourré', 'pouf vide', 'غلاف بوف'],
    codes: { '420500': 0.6, '630499': 0.5, '630492': 0.5 },
    tags: ['unstuffed'],
  },
  {
    gloss: 'key ring',
    terms: ['keychain', 'key ring', 'keyring', 'porte clés', 'porte-clés', 'porte clef', 'ميدالية'],
    codes: { '420500': 0.6, '711719': 0.3 },
  },
  {
    gloss: 'Moroccan slippers',
    terms: ['babouche', 'babouches', 'belgha', 'balgha', 'bolgha', 'blagha', 'بلغة', 'بلاغي', 'cherbil', 'charbil', 'شربيل', 'slippers', 'slipper', 'pantoufles', 'mules', 'chaussons'],
    codes: { '640359': 0.6, '640420': 0.45, '640399': 0.35, '640510': 0.2, '640520': 0.2, '640419': 0.15 },
  },
  {
    gloss: 'shoes',
    terms: ['shoes', 'chaussures', 'souliers', 'loafers', 'mocassins', 'حذاء', 'أحذية'],
    codes: { '640359': 0.5, '640399': 0.4, '640420': 0.2, '640419': 0.2 },
  },
  {
    gloss: 'sandals',
    terms: ['sandals', 'sandales', 'nu pieds', 'nu-pieds', 'صندل', 'صنادل', 'نعال'],
    codes: { '640359': 0.5, '640399': 0.4, '640320': 0.35 },
  },
  {
    gloss: 'boots',
    terms: ['boots', 'bottes', 'bottines', 'ankle boots', 'جزمة', 'بوط'],
    codes: { '640351': 0.6, '640391': 0.5 },
  },

  // Wood
  {
    gloss: 'box or casket',
    terms: ['box', 'boîte', 'boite', 'coffret', 'casket', 'trinket box', 'صندوق', 'علبة'],
    codes: { '442090': 0.6, '420500': 0.2, '691390': 0.2, '741980': 0.2, '830629': 0.2, '460219': 0.15 },
  },
  {
    // Heading 4202 names jewellery boxes of leather, textile or plastic; wooden ones stay in 4420.
    gloss: 'jewellery box',
    terms: ['jewelry box', 'jewellery box', 'jewelry case', 'boîte à bijoux', 'coffret à bijoux', 'écrin', 'صندوق مجوهرات', 'علبة مجوهرات'],
    codes: { '442090': 0.6, '420291': 0.45, '420292': 0.3, '691390': 0.1 },
  },
  {
    gloss: 'marquetry and inlaid wood',
    terms: ['marquetry', 'marqueterie', 'inlay', 'incrustation', 'ترصيع'],
    codes: { '442090': 0.7, '940360': 0.25 },
  },
  {
    gloss: 'kitchen utensil',
    terms: ['spoon', 'cuillère', 'cuillere', 'ladle', 'louche', 'spatula', 'spatule', 'utensils', 'ustensiles', 'salad servers', 'couverts à salade', 'ملعقة', 'ملاعق', 'مغرفة'],
    codes: { '441990': 0.8, '441920': 0.2, '741810': 0.2 },
    tags: ['functional'],
  },
  {
    gloss: 'cutting or serving board',
    terms: ['cutting board', 'chopping board', 'serving board', 'planche à découper', 'planche de service', 'planche', 'لوح تقطيع'],
    codes: { '441990': 0.8, '441911': 0.2, '441920': 0.2, '680291': 0.15 },
    tags: ['functional'],
  },
  {
    gloss: 'mirror',
    terms: ['mirror', 'miroir', 'مرآة', 'مرايا', 'wall mirror'],
    codes: { '700992': 0.8, '441490': 0.45, '830629': 0.15 },
  },
  {
    gloss: 'frame',
    terms: ['frame', 'cadre', 'picture frame', 'photo frame', 'cadre photo', 'mirror frame', 'cadre de miroir', 'إطار', 'برواز'],
    codes: { '441490': 0.75, '441410': 0.2, '830629': 0.15 },
  },
  {
    gloss: 'table',
    terms: ['table', 'coffee table', 'table basse', 'side table', 'guéridon', 'tea table', 'table à thé', 'طاولة', 'مائدة', 'طبلة'],
    codes: { '940360': 0.6, '940320': 0.4, '940383': 0.2, '940389': 0.2 },
  },
  {
    gloss: 'cabinet, chest or shelf',
    terms: ['shelf', 'étagère', 'etagere', 'cabinet', 'armoire', 'buffet', 'commode', 'chest', 'coffre', 'headboard', 'tête de lit', 'screen', 'paravent', 'moucharabieh', 'mashrabiya', 'مشربية', 'خزانة', 'رف', 'صندوق العروس'],
    codes: { '940360': 0.7, '940320': 0.3, '442090': 0.15 },
  },
  {
    gloss: 'seat',
    terms: ['chair', 'chaise', 'stool', 'tabouret', 'bench', 'banc', 'armchair', 'fauteuil', 'كرسي', 'كراسي', 'مقعد'],
    codes: { '940169': 0.6, '940179': 0.35, '940161': 0.3, '940171': 0.2, '940153': 0.2, '940152': 0.15, '940159': 0.15 },
  },

  // Metal
  {
    gloss: 'teapot',
    terms: ['teapot', 'théière', 'theiere', 'berrad', 'barrad', 'براد', 'براريد', 'إبريق شاي', 'tea pot', 'kettle', 'bouilloire', 'مقراج'],
    codes: { '741810': 0.8, '691200': 0.3, '711411': 0.2, '732393': 0.2 },
    tags: ['functional'],
  },
  {
    gloss: 'tray',
    terms: ['tray', 'plateau', 'seniya', 'siniya', 'صينية', 'صواني', 'tea tray', 'plateau à thé'],
    codes: { '741810': 0.6, '441990': 0.35, '460219': 0.2, '691200': 0.2, '711411': 0.1, '732393': 0.1 },
  },
  {
    gloss: 'hammam bowl or basin',
    terms: ['hammam bowl', 'tassa', 'tasse de hammam', 'طاسة', 'طاسة الحمام', 'basin', 'bassine', 'طست', 'ewer', 'aiguière'],
    codes: { '741810': 0.8, '691200': 0.2, '711411': 0.1 },
    tags: ['functional'],
  },
  {
    gloss: 'incense burner',
    terms: ['incense burner', 'brûle parfum', 'brule parfum', 'brûle-parfum', 'brûleur d encens', 'mbakhra', 'mabkhara', 'مبخرة', 'مباخر'],
    codes: { '741980': 0.6, '830629': 0.35, '691390': 0.3, '741810': 0.2 },
  },
  {
    gloss: 'copper and brass work',
    terms: ['dinanderie', 'dinandier', 'نقش على النحاس'],
    codes: { '741810': 0.4, '741980': 0.35, '830629': 0.2 },
    tags: ['copper'],
  },
  {
    gloss: 'candle holder',
    terms: ['candle holder', 'candleholder', 'bougeoir', 'photophore', 'candlestick', 'chandelier à bougie', 'شمعدان'],
    codes: { '940550': 0.5, '691390': 0.3, '701399': 0.3, '830629': 0.25, '741980': 0.2 },
    tags: ['non-electric'],
  },

  // Lighting
  {
    gloss: 'lantern',
    terms: ['lantern', 'lanterne', 'fanous', 'fanoos', 'fanous marocain', 'فانوس', 'فوانيس', 'lamp lantern'],
    codes: { '940550': 0.7, '940519': 0.35, '940529': 0.25, '940511': 0.2, '940521': 0.15 },
  },
  {
    gloss: 'lamp',
    terms: ['lamp', 'lampe', 'luminaire', 'lighting', 'éclairage', 'مصباح', 'مصابيح', 'إضاءة'],
    codes: { '940529': 0.5, '940519': 0.45, '940550': 0.3, '940521': 0.3, '940511': 0.25 },
  },
  {
    gloss: 'ceiling or wall light',
    terms: ['chandelier', 'lustre', 'pendant light', 'pendant lamp', 'ceiling light', 'ceiling lamp', 'plafonnier', 'suspension', 'wall light', 'wall lamp', 'applique', 'sconce', 'ثريا', 'ثريات', 'نجفة'],
    codes: { '940519': 0.7, '940511': 0.5, '940550': 0.15 },
    tags: ['ceiling'],
  },
  {
    gloss: 'table or floor lamp',
    terms: ['table lamp', 'lampe de table', 'bedside lamp', 'lampe de chevet', 'desk lamp', 'lampe de bureau', 'floor lamp', 'lampadaire', 'أباجورة', 'مصباح طاولة'],
    codes: { '940529': 0.7, '940521': 0.5, '940550': 0.1 },
    tags: ['table'],
  },
  {
    gloss: 'lampshade',
    terms: ['lampshade', 'lamp shade', 'abat jour', 'abat-jour', 'غطاء مصباح'],
    codes: { '940599': 0.7, '940591': 0.4 },
  },

  // Jewellery
  {
    gloss: 'jewellery',
    terms: [
      'jewelry', 'jewellery', 'bijou', 'bijoux', 'مجوهرات', 'حلي', 'necklace', 'collier', 'قلادة', 'bracelet', 'cuff', 'manchette', 'سوار', 'أساور',
      'earrings', 'boucles d oreilles', 'أقراط', 'حلق', 'ring', 'bague', 'خاتم', 'pendentif', 'brooch', 'broche', 'fibula', 'fibule', 'tizerzai',
      'khamsa', 'hand of fatima', 'main de fatma', 'خميسة', 'anklet', 'khalkhal', 'خلخال', 'diadème', 'tiara', 'تاج', 'choker', 'ras du cou',
    ],
    codes: { '711311': 0.5, '711719': 0.45, '711790': 0.35, '711319': 0.3 },
  },
  {
    gloss: 'pendant',
    terms: ['pendant'],
    codes: { '711311': 0.3, '711719': 0.25, '940519': 0.25 },
  },

  // Textiles and clothing
  {
    gloss: 'cushion',
    terms: ['cushion', 'coussin', 'pillow', 'throw pillow', 'oreiller', 'floor cushion', 'وسادة', 'وسائد', 'مخدة', 'خدية'],
    codes: { '940490': 0.7, '630492': 0.4, '630499': 0.3, '630493': 0.25 },
  },
  {
    gloss: 'cushion cover',
    terms: ['cushion cover', 'housse de coussin', 'pillow cover', 'throw pillow cover', 'pillow sham', 'sham', 'shams', 'pillow shell', 'cushion shell', 'غلاف وسادة', 'كيس وسادة', 'غطاء وسادة'],
    codes: { '630492': 0.7, '630499': 0.6, '630493': 0.4, '630491': 0.3, '630790': 0.25, '940490': 0.2, '420500': 0.2 },
    tags: ['unstuffed'],
  },
  {
    gloss: 'table linen',
    terms: ['tablecloth', 'table cloth', 'nappe', 'napkin', 'napkins', 'serviette de table', 'table runner', 'chemin de table', 'table linen', 'linge de table', 'مفرش', 'مفرش طاولة', 'مناديل'],
    codes: { '630251': 0.7, '630259': 0.5, '630253': 0.4, '630240': 0.2 },
  },
  {
    gloss: 'placemat',
    terms: ['placemat', 'place mat', 'set de table', 'table mat', 'napperon', 'مفرش صحن'],
    codes: { '630251': 0.5, '630259': 0.35, '460129': 0.35, '630253': 0.3 },
  },
  {
    gloss: 'towel',
    terms: ['towel', 'fouta', 'foutas', 'hammam towel', 'serviette de hammam', 'serviette de bain', 'bath towel', 'beach towel', 'serviette', 'tea towel', 'torchon', 'منشفة', 'فوطة', 'بشكير'],
    codes: { '630291': 0.7, '630260': 0.4, '630299': 0.35, '630293': 0.2 },
  },
  {
    gloss: 'bed linen',
    terms: ['sheet', 'bed sheet', 'drap', 'bed linen', 'linge de lit', 'duvet cover', 'housse de couette', 'pillowcase', 'taie d oreiller', 'ملاءة', 'شرشف'],
    codes: { '630231': 0.6, '630221': 0.3, '630239': 0.3 },
  },
  {
    gloss: 'quilt',
    terms: ['quilt', 'duvet', 'couette', 'édredon', 'لحاف'],
    codes: { '940440': 0.7, '630419': 0.3 },
  },
  {
    gloss: 'embroidery',
    terms: ['embroidery', 'broderie', 'terz', 'terz fassi', 'rbati embroidery', 'طرز', 'تطريز', 'الطرز الفاسي'],
    codes: { '581091': 0.45, '581099': 0.4, '581092': 0.2 },
  },
  {
    gloss: 'wall hanging or tapestry',
    terms: ['wall hanging', 'tenture', 'tapestry', 'tapisserie', 'تعليقة جدارية'],
    codes: { '630499': 0.5, '630492': 0.4, '570210': 0.2 },
  },
  {
    gloss: 'shawl or scarf',
    terms: ['shawl', 'châle', 'chale', 'scarf', 'écharpe', 'echarpe', 'foulard', 'stole', 'étole', 'etole', 'chèche', 'cheche', 'litham', 'haik', 'شال', 'وشاح', 'لثام', 'حايك', 'سبنية'],
    codes: { '621420': 0.5, '621490': 0.45, '621410': 0.4, '621440': 0.35, '621430': 0.3 },
  },
  {
    gloss: 'kaftan',
    terms: ['caftan', 'kaftan', 'qaftan', 'قفطان', 'قفاطين', 'takchita', 'tekchita', 'تكشيطة', 'abaya', 'عباية'],
    codes: { '620449': 0.5, '620443': 0.45, '620442': 0.4, '620444': 0.4, '620441': 0.3, '621142': 0.25, '621149': 0.25, '621143': 0.2 },
    tags: ['women', 'woven'],
  },
  {
    gloss: 'djellaba',
    terms: ['djellaba', 'jellaba', 'jelaba', 'djellabah', 'djelaba', 'جلابة', 'جلابية', 'جلاليب', 'burnous', 'burnoose', 'selham', 'برنس', 'سلهام', 'jabador', 'جبادور', 'thobe', 'robe d intérieur', 'house robe'],
    codes: { '621142': 0.45, '621149': 0.4, '621132': 0.4, '621139': 0.4, '621143': 0.3, '621133': 0.3 },
    tags: ['woven'],
  },
  {
    gloss: 'gandoura',
    terms: ['gandoura', 'gandora', 'gandourah', 'kandora', 'قندورة', 'كندورة', 'فوقية'],
    codes: { '621132': 0.6, '621139': 0.35, '621133': 0.3, '621142': 0.25 },
    tags: ['woven'],
  },
  {
    gloss: 'dress',
    terms: ['dress', 'robe', 'gown', 'فستان', 'فساتين', 'maxi dress', 'robe longue'],
    codes: { '620442': 0.5, '620443': 0.4, '620444': 0.35, '620449': 0.35, '620441': 0.2, '610442': 0.3, '610443': 0.2, '610441': 0.15 },
    tags: ['women'],
  },
  {
    gloss: 'skirt',
    terms: ['skirt', 'jupe', 'تنورة'],
    codes: { '620452': 0.5, '620459': 0.3, '620453': 0.3, '610452': 0.2 },
    tags: ['women'],
  },
  {
    gloss: 'trousers',
    terms: ['trousers', 'pants', 'pantalon', 'sarouel', 'seroual', 'saroual', 'harem pants', 'سروال', 'سراويل'],
    codes: { '620462': 0.5, '620469': 0.3, '620463': 0.3, '620342': 0.3 },
  },
  {
    gloss: 'tunic or blouse',
    terms: ['tunic', 'tunique', 'blouse', 'shirt', 'chemise', 'kurta', 'قميص', 'بلوزة'],
    codes: { '620630': 0.5, '621142': 0.3, '621132': 0.2 },
  },
  {
    gloss: 'hat',
    terms: ['hat', 'hats', 'chapeau', 'sun hat', 'straw hat', 'chapeau de paille', 'tarbouche', 'fez', 'fez hat', 'tarboosh', 'beanie', 'bonnet', 'fedora', 'cap', 'headgear', 'قبعة', 'طربوش', 'تارازت'],
    codes: { '650400': 0.5, '650500': 0.45, '650699': 0.15 },
  },

  // Basketry
  {
    gloss: 'basket',
    terms: ['basket', 'panier', 'corbeille', 'couffin', 'hamper', 'bread basket', 'corbeille à pain', 'سلة', 'سلال', 'قفة', 'tbeg', 'tbaq'],
    codes: { '460219': 0.9, '460212': 0.3, '460211': 0.2, '460290': 0.2 },
  },
  {
    gloss: 'basket bag of palm, straw or raffia',
    terms: ['straw bag', 'sac en paille', 'panier en paille', 'raffia bag', 'sac en raphia', 'wicker bag', 'sac en osier', 'basket bag', 'panier marocain', 'market basket', 'قفة من الدوم', 'حقيبة من القش'],
    codes: { '460219': 1, '420292': 0.2 },
    tags: ['plant-fibre'],
  },

  // Glass
  {
    gloss: 'drinking glass',
    terms: ['tea glass', 'tea glasses', 'verre à thé', 'verres à thé', 'drinking glass', 'tumbler', 'gobelet', 'verre à boire', 'كأس', 'كؤوس', 'كيسان', 'كاس', 'كاسات', 'كؤوس الشاي'],
    codes: { '701337': 1, '701328': 0.2, '701349': 0.1 },
    tags: ['glass', 'functional'],
  },
  {
    gloss: 'stemmed glass',
    terms: ['wine glass', 'verre à pied', 'stemware', 'goblet'],
    codes: { '701328': 0.9, '701337': 0.2 },
    tags: ['glass'],
  },
  {
    gloss: 'beads',
    terms: ['beads', 'perles', 'perle', 'خرز', 'خرزات'],
    codes: { '701810': 0.5, '711790': 0.5 },
  },
  {
    gloss: 'stained glass',
    terms: ['stained glass', 'vitrail', 'vitraux', 'زجاج معشق'],
    codes: { '702000': 0.7, '940550': 0.2, '701399': 0.2 },
    tags: ['glass'],
  },

  // Cosmetics
  {
    gloss: 'argan oil',
    terms: ['argan oil', 'huile d argan', 'huile argan', 'zit argan', 'زيت أركان', 'زيت الأركان', 'زيت اركان'],
    codes: { '151590': 1, '330499': 0.3 },
  },
  {
    gloss: 'prickly pear seed oil',
    terms: ['prickly pear seed oil', 'prickly pear oil', 'huile de pépins de figue de barbarie', 'huile de figue de barbarie', 'زيت الهندية', 'زيت بذور التين الشوكي', 'vegetable oil', 'huile végétale'],
    codes: { '151590': 0.9, '330499': 0.3 },
  },
  {
    gloss: 'black soap',
    terms: ['black soap', 'savon noir', 'savon beldi', 'beldi soap', 'sabon beldi', 'صابون بلدي', 'الصابون البلدي', 'صابون أسود', 'الصابون الأسود'],
    codes: { '340120': 1, '340130': 0.3 },
  },
  {
    gloss: 'soap',
    terms: ['soap', 'savon', 'صابون', 'bar soap', 'soap bar', 'savon solide', 'pain de savon', 'savonnette'],
    codes: { '340111': 0.8, '340120': 0.3, '340130': 0.3 },
  },
  {
    gloss: 'liquid soap',
    terms: ['liquid soap', 'savon liquide', 'shower gel', 'gel douche', 'body wash', 'صابون سائل', 'جل الاستحمام'],
    codes: { '340130': 0.9, '340120': 0.2 },
  },
  {
    gloss: 'rhassoul clay',
    terms: ['rhassoul', 'ghassoul', 'rassoul', 'rhassoul clay', 'argile ghassoul', 'argile rhassoul', 'lava clay', 'غاسول', 'الغاسول', 'طين الغاسول'],
    codes: { '250810': 1, '330499': 0.3 },
  },
  {
    gloss: 'kohl eye make-up',
    terms: ['kohl', 'khôl', 'khol', 'kajal', 'eyeliner', 'كحل', 'الكحل', 'mkahla', 'مكحلة'],
    codes: { '330420': 1 },
  },
  {
    gloss: 'lip colour',
    terms: ['lipstick', 'rouge à lèvres', 'lip balm', 'baume à lèvres', 'aker fassi', 'akar fassi', 'عكر فاسي', 'العكر الفاسي'],
    codes: { '330410': 0.9, '330499': 0.2 },
  },
  {
    gloss: 'skin-care product',
    terms: ['face cream', 'body cream', 'hand cream', 'night cream', 'day cream', 'crème visage', 'crème corps', 'crème hydratante', 'crème de nuit', 'crème pour les mains', 'balm', 'baume', 'lotion', 'serum', 'sérum', 'body butter', 'beurre corporel', 'face mask', 'masque visage', 'moisturiser', 'moisturizer', 'skin care', 'soin visage', 'cosmetic', 'cosmétique', 'كريم', 'مرهم', 'مستحضرات تجميل', 'غسول'],
    codes: { '330499': 0.9 },
  },

  // Musical instruments
  {
    gloss: 'plucked string instrument',
    terms: ['oud', 'عود', 'guembri', 'gimbri', 'gnbri', 'guenbri', 'sintir', 'hajhouj', 'كمبري', 'سنتير', 'هجهوج', 'loutar', 'lotar', 'outar', 'لوتار', 'guitar', 'guitare', 'قيثارة', 'qanun', 'kanoun', 'banjo', 'lute', 'luth'],
    codes: { '920290': 1 },
  },
  {
    gloss: 'bowed string instrument',
    terms: ['rebab', 'rabab', 'ribab', 'رباب', 'ربابة', 'violin', 'violon', 'كمان', 'kamanja', 'كمنجة', 'viola'],
    codes: { '920210': 1 },
  },
  {
    gloss: 'percussion instrument',
    terms: [
      'bendir', 'بندير', 'darbuka', 'darbouka', 'derbouka', 'doumbek', 'دربوكة', 'tbilat', 'tbila', 'طبيلات', 'drum', 'tambour', 'طبل', 'tbel', 'taarija', 'tarija',
      'طعريجة', 'qraqeb', 'krakeb', 'karkabou', 'قراقب', 'castanets', 'castagnettes', 'djembe', 'tambourine', 'tambourin', 'riq', 'daf', 'دف', 'percussion',
    ],
    codes: { '920600': 1 },
  },
  {
    gloss: 'wind instrument',
    terms: ['ghaita', 'ghayta', 'rhaita', 'غيطة', 'nay', 'ney', 'ناي', 'flute', 'flûte', 'لقصبة', 'gasba', 'zamar', 'زمار'],
    codes: { '920590': 0.9, '920890': 0.3 },
  },
  {
    gloss: 'whistle or music box',
    terms: ['whistle', 'sifflet', 'صفارة', 'music box', 'boîte à musique'],
    codes: { '920890': 0.6, '920810': 0.5 },
  },

  // Clocks
  {
    // Chapter 94 note 1(k): a clock housed in a table or cabinet is still a clock of chapter 91.
    gloss: 'clock',
    terms: ['clock', 'clocks', 'wall clock', 'mantel clock', 'desk clock', 'table clock', 'alarm clock', 'horloge', 'pendule', 'réveil', 'ساعة حائط', 'ساعة جدارية', 'منبه'],
    codes: { '910521': 0.8, '910591': 0.75, '910529': 0.3, '910599': 0.3, '910511': 0.2 },
  },

  // Perfumery and toilet preparations
  {
    // An aqueous distillate of essential oils is 3301.90 (CBP HQ W967898), not a perfume of 3303.
    gloss: 'flower water',
    terms: ['rose water', 'rosewater', 'eau de rose', 'eau de roses', 'ماء الورد', 'orange blossom water', 'eau de fleur d oranger', 'ماء الزهر', 'floral water', 'flower water', 'hydrosol', 'hydrolat'],
    codes: { '330190': 1, '330300': 0.3, '330499': 0.25 },
  },
  {
    gloss: 'essential oil',
    terms: ['essential oil', 'huile essentielle', 'rose oil', 'rose essential oil', 'attar', 'زيت الورد', 'زيت عطري', 'زيوت عطرية'],
    codes: { '330129': 1, '330190': 0.3, '330300': 0.2 },
  },
  {
    gloss: 'perfume',
    terms: ['perfume', 'parfum', 'eau de parfum', 'eau de toilette', 'musk', 'misk', 'عطر', 'مسك'],
    codes: { '330300': 1, '330749': 0.2 },
  },
  {
    gloss: 'hair preparation',
    terms: ['hair oil', 'huile capillaire', 'huile cheveux', 'hair mask', 'masque capillaire', 'conditioner', 'après shampoing', 'hair colour', 'hair color', 'hair dye', 'coloration', 'hair treatment', 'soin capillaire', 'زيت الشعر', 'زيت للشعر', 'صبغة الشعر'],
    codes: { '330590': 1, '151590': 0.2, '330510': 0.2 },
  },
  {
    gloss: 'shampoo',
    terms: ['shampoo', 'shampooing', 'شامبو', 'غسول الشعر'],
    codes: { '330510': 1, '340130': 0.2 },
  },
  {
    // Heading 3305 does not name beard care; CBP classifies beard oil as another toilet preparation.
    gloss: 'beard oil',
    terms: ['beard oil', 'huile à barbe', 'huile pour barbe', 'beard balm', 'زيت اللحية'],
    codes: { '330790': 0.9, '330590': 0.5 },
  },
  {
    // Powdered leaves for dyeing hair or skin; raw leaves stay vegetable products of 1404.
    gloss: 'henna',
    terms: ['henna', 'henné', 'hena', 'mehndi', 'حناء', 'الحناء', 'حنة'],
    codes: { '330590': 0.8, '140490': 0.6, '321290': 0.35 },
  },
  {
    gloss: 'bath preparation',
    terms: ['bath salts', 'sels de bain', 'bath preparation', 'foam bath', 'bubble bath', 'bain moussant', 'bath bomb', 'أملاح الاستحمام'],
    codes: { '330730': 1, '340130': 0.2 },
  },
  {
    gloss: 'face powder',
    terms: ['face powder', 'facial powder', 'loose powder', 'compact powder', 'poudre', 'blush', 'fard à joues', 'بودرة'],
    codes: { '330491': 1, '330499': 0.2 },
  },

  // More instruments
  {
    gloss: 'lamellophone (thumb piano)',
    terms: ['kalimba', 'karimbu', 'thumb piano', 'mbira', 'sanza', 'likembe', 'piano à pouces'],
    codes: { '920600': 1, '920890': 0.3 },
  },
  {
    gloss: 'plucked string instrument',
    terms: ['ukulele', 'mandolin', 'mandoline', 'harp', 'harpe', 'lyre', 'zither', 'cithare', 'sitar', 'kora'],
    codes: { '920290': 1 },
  },
  {
    gloss: 'tuned percussion',
    terms: ['xylophone', 'marimba', 'metallophone', 'glockenspiel', 'chimes', 'maracas', 'rain stick', 'bâton de pluie'],
    codes: { '920600': 1 },
  },
  {
    gloss: 'accordion',
    terms: ['accordion', 'accordéon', 'harmonica', 'melodica', 'bagpipe', 'cornemuse'],
    codes: { '920590': 1 },
  },
  {
    gloss: 'parts of instruments',
    terms: ['drumstick', 'drumsticks', 'mallet', 'mallets', 'guitar strings', 'cordes de guitare', 'plectrum', 'médiator'],
    codes: { '920999': 0.9, '920992': 0.3 },
  },

  // Felt and ornaments
  {
    gloss: 'needleloom felt',
    terms: ['needleloom felt', 'needle loom felt', 'needle punched felt', 'needlepunched'],
    codes: { '560210': 1 },
  },
  {
    // Heading 8306 covers statuettes and other ornaments of base metal; household articles stay in 7418/7323.
    gloss: 'decorative article',
    terms: ['ornaments', 'decorations', 'decorative article', 'decorative articles', 'replica', 'medallion', 'médaille', 'wall decor', 'wall ornament', 'décoration murale'],
    codes: { '830629': 0.6, '691390': 0.45, '442019': 0.45, '701890': 0.2, '970390': 0.15 },
    tags: ['decorative'],
  },
  {
    gloss: 'ottoman or footstool (a seat)',
    terms: ['ottoman', 'footstool', 'foot stool', 'repose pieds', 'repose-pieds', 'tabouret bas'],
    codes: { '940180': 0.7, '940161': 0.5, '940171': 0.4, '940490': 0.4 },
  },
  {
    // Natural stone bound with resin or cement is artificial stone of 6810 (EN 68.02), not 6802.
    gloss: 'agglomerated (artificial) stone',
    terms: ['agglomerated stone', 'agglomerated marble', 'artificial stone', 'engineered stone', 'cultured marble', 'reconstituted stone', 'terrazzo', 'pierre reconstituée', 'marbre reconstitué', 'quartz surface'],
    codes: { '681019': 0.7, '681099': 0.7, '681011': 0.2 },
  },
  {
    gloss: 'table topper',
    terms: ['table topper', 'table cover', 'dessus de table', 'doily', 'napperon'],
    codes: { '630492': 0.8, '630251': 0.4, '630499': 0.3 },
  },

  // Art
  {
    gloss: 'painting or drawing',
    terms: [
      'painting', 'peinture', 'tableau', 'painting on canvas', 'oil on canvas', 'huile sur toile', 'acrylic on canvas', 'acrylique sur toile', 'watercolour',
      'watercolor', 'aquarelle', 'drawing', 'dessin', 'calligraphy', 'calligraphie', 'لوحة', 'لوحات', 'لوحة زيتية', 'رسم', 'رسمة', 'خط عربي', 'artwork', 'œuvre',
    ],
    codes: { '970191': 0.9, '970121': 0.3, '970199': 0.2 },
  },
  {
    gloss: 'sculpture',
    terms: ['sculpture', 'statue', 'carved figure', 'منحوتة', 'نحت', 'مجسم'],
    codes: { '970390': 0.6, '442019': 0.35, '691390': 0.3, '680291': 0.3, '830629': 0.25, '970310': 0.2 },
  },
  {
    gloss: 'collage or decorative plaque',
    terms: ['collage', 'decorative plaque', 'plaque décorative', 'wall art', 'art mural'],
    codes: { '970199': 0.6, '970191': 0.3, '442019': 0.2 },
  },
];

const ATTRIBUTES: CraftVocabulary['attributes'] = [
  // Felt is mostly what things are made of ("felt slippers"); alone, it is the felt of 5602.
  {
    gloss: 'felt',
    terms: ['felt', 'wool felt', 'felted wool', 'feutre', 'feutre de laine', 'لباد'],
    codes: { '560221': 0.7, '560210': 0.5, '560229': 0.4, '570490': 0.2 },
  },
  // Adjectives of technique: they describe the product rather than name it.
  { gloss: 'embroidered', terms: ['embroidered', 'brodé', 'brodée', 'مطرز', 'مطرزة'], codes: { '581091': 0.15, '581099': 0.1 } },
  { gloss: 'inlaid', terms: ['inlaid', 'incrusté', 'marqueté', 'مرصع', 'مرصعة'], codes: { '442090': 0.3 } },
  { gloss: 'chiselled', terms: ['chiselled', 'chiseled', 'ciselé', 'engraved', 'gravé', 'hammered', 'martelé', 'repoussé', 'منقوش', 'منقوشة'], codes: { '741810': 0.1, '741980': 0.1 } },
  // An ingredient more often than the product itself ("argan soap", "argan cream").
  { gloss: 'argan', terms: ['argan', 'أركان', 'اركان', 'argane'], codes: { '151590': 0.5, '330499': 0.3, '340111': 0.1 } },

  // Textile fibres
  { gloss: 'wool', terms: ['wool', 'woollen', 'woolen', 'laine', 'pure laine', 'virgin wool', 'sheep wool', 'mohair', 'صوف', 'صوفي', 'صوفية'], tags: ['wool'] },
  { gloss: 'cotton', terms: ['cotton', 'coton', 'organic cotton', 'قطن', 'قطني', 'قطنية'], tags: ['cotton'] },
  { gloss: 'silk', terms: ['silk', 'soie', 'pure soie', 'حرير', 'حريري'], tags: ['silk'] },
  { gloss: 'linen', terms: ['linen', 'lin', 'flax', 'كتان'], tags: ['linen'] },
  {
    gloss: 'viscose (cactus silk)',
    terms: ['viscose', 'rayon', 'cactus silk', 'soie de cactus', 'sabra', 'soie végétale', 'vegetable silk', 'agave silk', 'صبرة', 'حرير الصبار', 'فسكوز', 'modal'],
    tags: ['viscose'],
  },
  { gloss: 'synthetic fibre', terms: ['polyester', 'nylon', 'acrylic', 'acrylique', 'synthetic', 'synthétique', 'satin polyester', 'microfibre', 'microfiber', 'بوليستر', 'صناعي'], tags: ['synthetic'] },
  { gloss: 'recycled textile', terms: ['recycled fabric', 'tissu recyclé', 'rags', 'chiffons', 'fabric scraps', 'upcycled textile', 'قماش معاد تدويره'], tags: ['rag'] },
  { gloss: 'textile', terms: ['textile', 'fabric', 'tissu', 'velvet', 'velours', 'brocade', 'brocart', 'canvas', 'toile', 'felt', 'feutre', 'قماش', 'مخمل', 'ثوب'], tags: ['textile'] },
  { gloss: 'knitted', terms: ['knitted', 'knit', 'tricot', 'tricoté', 'en maille', 'maille', 'crochet', 'crocheted', 'au crochet', 'كروشيه', 'محبوك', 'تريكو'], tags: ['knitted'] },
  { gloss: 'hand-knotted', terms: ['hand knotted', 'knotted', 'noué main', 'noue a la main', 'noué', 'berber knot', 'معقود', 'معقودة'], tags: ['knotted'] },
  { gloss: 'hand-woven', terms: ['hand woven', 'handwoven', 'woven', 'tissé main', 'tissé', 'tissée', 'loom', 'métier à tisser', 'منسوج', 'منسوجة', 'المنسج'], tags: ['woven'] },
  { gloss: 'tufted', terms: ['tufted', 'touffeté', 'tufté', 'hand tufted'], tags: ['tufted'] },
  { gloss: 'terry', terms: ['terry', 'éponge', 'eponge', 'terry cloth', 'bouclette', 'إسفنجي'], tags: ['terry'] },

  // Leather, wood, plants
  {
    gloss: 'leather',
    terms: ['leather', 'cuir', 'genuine leather', 'full grain leather', 'vrai cuir', 'goatskin', 'peau de chèvre', 'cowhide', 'sheepskin', 'lambskin', 'nubuck', 'suede', 'daim', 'camel leather', 'جلد', 'جلدي', 'جلدية', 'جلد طبيعي', 'جلد الماعز', 'maroquinerie', 'leather sole', 'semelle cuir', 'semelle en cuir', 'نعل جلدي'],
    codes: { '420500': 0.15 },
    tags: ['leather'],
  },
  { gloss: 'wood', terms: ['wood', 'wooden', 'bois', 'en bois', 'solid wood', 'bois massif', 'خشب', 'خشبي', 'خشبية'], codes: { '442090': 0.1, '442019': 0.1 }, tags: ['wood'] },
  {
    gloss: 'thuya burl wood from Essaouira',
    terms: ['thuya', 'thuja', 'thuya wood', 'bois de thuya', 'loupe de thuya', 'thuya burl', 'عرعار', 'العرعار', 'خشب العرعار'],
    codes: { '442090': 0.4, '442019': 0.2 },
    tags: ['thuya'],
  },
  { gloss: 'cedar', terms: ['cedar', 'cèdre', 'cedre', 'cedar wood', 'bois de cèdre', 'خشب الأرز', 'أرز'], codes: { '940360': 0.1, '442090': 0.1 }, tags: ['cedar'] },
  {
    gloss: 'olive wood',
    terms: ['olive wood', 'olivewood', 'bois d olivier', 'olivier', 'خشب الزيتون', 'زيتون'],
    codes: { '441990': 0.25, '442019': 0.1 },
    tags: ['olive-wood'],
  },
  {
    gloss: 'non-tropical wood',
    terms: ['walnut', 'noyer', 'جوز', 'lemon wood', 'citronnier', 'orange wood', 'oranger', 'beech', 'hêtre', 'pine', 'oak', 'chêne', 'ash wood', 'frêne'],
    tags: ['non-tropical-wood'],
  },
  {
    gloss: 'tropical wood',
    terms: ['ebony', 'ébène', 'ebene', 'mahogany', 'acajou', 'teak', 'teck', 'wenge', 'wengé', 'iroko', 'padauk', 'sapele', 'abanos', 'أبنوس', 'ساج'],
    tags: ['tropical-wood'],
  },
  {
    gloss: 'palm and plant fibre',
    terms: ['doum', 'doum palm', 'palm', 'palm leaf', 'palm leaves', 'palmier', 'feuille de palmier', 'raffia', 'raphia', 'straw', 'paille', 'alfa', 'halfa', 'esparto', 'sparte', 'reed', 'roseau', 'jonc', 'osier', 'wicker', 'willow', 'seagrass', 'jute', 'sisal', 'سعف', 'دوم', 'الدوم', 'نخيل', 'قش', 'حلفاء', 'قصب', 'سمار', 'خوص'],
    codes: { '460219': 0.25 },
    tags: ['plant-fibre'],
  },
  { gloss: 'rattan', terms: ['rattan', 'rotin', 'روطان', 'خيزران'], codes: { '460212': 0.2 }, tags: ['rattan'] },
  { gloss: 'bamboo', terms: ['bamboo', 'bambou', 'بامبو'], codes: { '460211': 0.1 }, tags: ['bamboo'] },

  // Ceramics, glass, stone
  {
    gloss: 'clay',
    terms: ['clay', 'terracotta', 'terra cotta', 'terre cuite', 'terre', 'argile', 'glazed clay', 'red clay', 'طين', 'الطين', 'طين مشوي', 'صلصال'],
    codes: { '691200': 0.15, '691390': 0.15 },
    tags: ['clay'],
  },
  { gloss: 'porcelain', terms: ['porcelain', 'porcelaine', 'bone china', 'fine china', 'بورسلين'], tags: ['porcelain'] },
  { gloss: 'glass', terms: ['glass', 'verre', 'blown glass', 'verre soufflé', 'recycled glass', 'verre recyclé', 'crystal', 'زجاج', 'زجاجي', 'زجاجية', 'بلور'], codes: { '701399': 0.15, '701337': 0.1 }, tags: ['glass'] },
  {
    gloss: 'marble or onyx',
    terms: ['marble', 'marbre', 'onyx', 'alabaster', 'albâtre', 'albatre', 'travertine', 'travertin', 'رخام', 'رخامي', 'مرمر'],
    codes: { '680291': 0.3 },
    tags: ['marble'],
  },
  { gloss: 'limestone', terms: ['limestone', 'calcaire', 'pierre calcaire', 'fossil stone', 'pierre fossile', 'fossils', 'fossiles', 'حجر جيري', 'أحفوري'], codes: { '680292': 0.3 }, tags: ['limestone'] },
  { gloss: 'granite', terms: ['granite', 'granit', 'غرانيت'], codes: { '680293': 0.3 }, tags: ['granite'] },
  { gloss: 'stone', terms: ['stone', 'pierre', 'soapstone', 'stéatite', 'sandstone', 'lava stone', 'حجر', 'حجري', 'حجرية', 'أحجار'], codes: { '680299': 0.2 }, tags: ['stone'] },

  // Metals
  {
    gloss: 'copper or brass',
    terms: ['copper', 'cuivre', 'brass', 'laiton', 'bronze', 'maillechort', 'nickel silver', 'alpaca', 'maillechort argenté', 'نحاس', 'نحاسي', 'نحاسية', 'نحاس أصفر', 'النحاس', 'pure copper', 'cuivre rouge'],
    codes: { '741810': 0.2, '741980': 0.15 },
    tags: ['copper'],
  },
  { gloss: 'iron', terms: ['iron', 'wrought iron', 'fer forgé', 'fer', 'forged iron', 'حديد', 'حديد مطروق', 'حديد مشغول'], tags: ['iron'] },
  { gloss: 'metal', terms: ['metal', 'métal', 'metallic', 'معدن', 'معدني'], tags: ['base-metal'] },
  { gloss: 'stainless steel', terms: ['steel', 'stainless steel', 'acier', 'acier inoxydable', 'inox', 'فولاذ', 'ستانلس'], tags: ['steel'] },
  {
    gloss: 'silver',
    terms: ['silver', 'argent', 'argent massif', 'sterling', 'sterling silver', '925', 'argent 925', 'solid silver', 'فضة', 'فضي', 'الفضة', 'فضة حرة'],
    codes: { '711311': 0.2 },
    tags: ['silver'],
  },
  {
    gloss: 'gold',
    terms: ['gold', 'solid gold', 'or massif', 'en or', 'or jaune', '18 carats', '18k', '18 carat', '14k', 'ذهب', 'الذهب', 'ذهبية عيار'],
    codes: { '711319': 0.2 },
    tags: ['gold'],
  },
  {
    gloss: 'plated base metal',
    terms: ['silver plated', 'silver-plated', 'plaqué argent', 'gold plated', 'gold-plated', 'plaqué or', 'plated', 'argenté', 'doré', 'gilded', 'مطلي', 'مطلي بالفضة', 'مطلي بالذهب', 'fantaisie', 'costume jewelry', 'fashion jewelry', 'bijoux fantaisie'],
    codes: { '711719': 0.2 },
    tags: ['plated'],
  },
  { gloss: 'resin or amber', terms: ['resin', 'résine', 'amber', 'ambre', 'كهرمان', 'راتنج'], tags: ['resin'] },
  { gloss: 'bone or horn', terms: ['bone', 'camel bone', 'horn', 'corne', 'عظم', 'قرن'], tags: ['bone'] },
  { gloss: 'plastic', terms: ['plastic', 'plastique', 'recycled plastic', 'بلاستيك'], tags: ['plastic'] },
  { gloss: 'rubber', terms: ['rubber', 'caoutchouc', 'rubber sole', 'semelle caoutchouc', 'semelle en caoutchouc', 'نعل مطاطي', 'مطاط'], tags: ['rubber'] },
  { gloss: 'paper', terms: ['paper', 'papier', 'cardboard', 'carton', 'ورق'], tags: ['paper'] },

  // Features
  {
    gloss: 'electric',
    terms: ['electric', 'électrique', 'electrique', 'electrical', 'wired', 'câblé', 'cable', 'plug', 'bulb', 'ampoule', 'e27', 'e14', 'socket', 'douille', '220v', '230v', '110v', 'switch', 'interrupteur', 'كهربائي', 'كهربائية', 'مصباح كهربائي'],
    tags: ['electric'],
  },
  { gloss: 'LED', terms: ['led', 'leds', 'led strip', 'ampoule led'], tags: ['led'] },
  {
    gloss: 'candle or oil light',
    terms: ['candle', 'candles', 'bougie', 'bougies', 'tealight', 'tea light', 'oil lamp', 'lampe à huile', 'non electric', 'non électrique', 'شمعة', 'شموع'],
    tags: ['non-electric'],
  },
  { gloss: 'for women', terms: ['women', 'woman', 'womens', 'ladies', 'lady', 'girls', 'femme', 'femmes', 'pour femme', 'fille', 'نسائي', 'نسائية', 'للنساء', 'امرأة', 'بنات'], tags: ['women'] },
  { gloss: 'for men', terms: ['men', 'man', 'mens', 'gentleman', 'homme', 'hommes', 'pour homme', 'garçon', 'رجالي', 'رجالية', 'للرجال', 'رجل'], tags: ['men'] },
  { gloss: 'stuffed', terms: ['stuffed', 'filled', 'rembourré', 'garni', 'with filling', 'avec rembourrage', 'محشو', 'محشوة'], tags: ['stuffed'] },
  { gloss: 'sold unstuffed', terms: ['unstuffed', 'unfilled', 'without filling', 'empty', 'non rembourré', 'sans rembourrage', 'sans garnissage', 'بدون حشو', 'غير محشو'], tags: ['unstuffed'] },
  {
    gloss: 'for cooking or serving',
    terms: ['cooking', 'cuisson', 'kitchen', 'cuisine', 'food safe', 'alimentaire', 'serving', 'oven', 'stovetop', 'dishwasher', 'lave vaisselle', 'طبخ', 'للطبخ', 'مطبخ', 'تقديم'],
    tags: ['functional'],
  },
  {
    gloss: 'decorative',
    terms: ['decorative', 'décoratif', 'décorative', 'decoratif', 'ornamental', 'décoration', 'decoration', 'decor', 'déco', 'display only', 'زينة', 'للزينة', 'ديكور', 'تزيين'],
    tags: ['decorative'],
  },
  { gloss: 'antique', terms: ['antique', 'over 100 years', 'plus de 100 ans', 'centenaire', '19th century', 'xixe siècle', 'عتيق', 'أثري', 'قديم جدا'], tags: ['antique'] },
  {
    gloss: 'original artwork',
    terms: ['original', 'one of a kind', 'pièce unique', 'piece unique', 'unique piece', 'signed', 'signé', 'artist', 'artiste', 'fine art', 'oeuvre originale', 'فنان', 'أصلية', 'قطعة فريدة'],
    tags: ['original'],
  },
];

const WOMEN_WOVEN = ['women', 'woven'];
const MEN_WOVEN = ['men', 'woven'];
const OTHER_FIBRES = ['silk', 'linen', 'viscose'];

const PROFILES: CraftVocabulary['profiles'] = {
  '570110': ['wool', 'knotted'],
  '570190': ['cotton', 'silk', 'synthetic', 'rag', 'viscose', 'linen', 'knotted'],
  '570210': ['woven'],
  '570291': ['wool', 'woven'],
  '570299': ['cotton', 'linen', 'plant-fibre', 'woven'],
  '570310': ['wool', 'tufted'],
  '570390': ['cotton', 'silk', 'linen', 'viscose', 'tufted'],
  '570500': ['knitted'],
  '630120': ['wool'],
  '630130': ['cotton'],
  '630140': ['synthetic'],
  '630190': ['silk', 'linen', 'viscose', 'rag'],
  '630419': [],
  '630491': ['knitted', 'unstuffed'],
  '630492': ['cotton', 'unstuffed'],
  '630493': ['synthetic', 'unstuffed'],
  '630499': ['wool', 'linen', 'silk', 'viscose', 'rag', 'unstuffed'],
  '940490': ['stuffed'],
  '420500': ['leather'],
  '460129': ['plant-fibre'],
  '460122': ['rattan'],
  '460121': ['bamboo'],
  '691200': ['clay', 'ceramic', 'functional'],
  '691390': ['clay', 'ceramic', 'decorative'],
  '691310': ['porcelain', 'decorative'],
  '691490': ['clay', 'ceramic'],
  '690721': ['porcelain'],
  '690722': ['ceramic'],
  '690723': ['clay'],
  '690730': ['clay', 'ceramic'],
  '680210': ['stone'],
  '680291': ['marble'],
  '680292': ['limestone'],
  '680293': ['granite'],
  '680299': ['stone'],
  '420211': ['leather'],
  '420212': ['textile', 'plastic'],
  '420221': ['leather'],
  '420222': ['textile', 'plastic'],
  '420231': ['leather'],
  '420232': ['textile', 'plastic'],
  '420291': ['leather'],
  '420292': ['textile', 'plastic'],
  '420310': ['leather'],
  '420329': ['leather'],
  '420330': ['leather'],
  '460211': ['bamboo'],
  '460212': ['rattan'],
  '460219': ['plant-fibre'],
  '460290': ['plastic', 'leather', 'synthetic'],
  '640320': ['leather'],
  '640351': ['leather'],
  '640359': ['leather'],
  '640391': ['leather', 'rubber'],
  '640399': ['leather', 'rubber'],
  '640419': ['textile', 'rubber'],
  '640420': ['textile', 'leather'],
  '640510': ['leather'],
  '640520': ['textile'],
  '640590': ['plant-fibre', 'wood'],
  '441410': ['tropical-wood'],
  '441490': ['non-tropical-wood'],
  '441911': ['bamboo'],
  '441920': ['tropical-wood', 'functional'],
  '441990': ['non-tropical-wood', 'functional'],
  '442011': ['tropical-wood', 'decorative'],
  '442019': ['non-tropical-wood', 'decorative'],
  '442090': ['wood'],
  // A framed mirror's frame may be of wood, metal or bone: the mirror decides, not the frame.
  '700992': ['glass', 'wood', 'base-metal', 'bone', 'resin', 'plastic'],
  '940360': ['wood'],
  '940320': ['iron', 'steel', 'copper', 'base-metal'],
  '940383': ['rattan'],
  '940389': ['plant-fibre'],
  '940161': ['wood', 'textile', 'leather'],
  '940169': ['wood'],
  '940152': ['bamboo'],
  '940153': ['rattan'],
  '940159': ['plant-fibre'],
  '940171': ['base-metal', 'textile', 'leather'],
  '940179': ['base-metal'],
  '741810': ['copper', 'functional'],
  '741980': ['copper', 'decorative'],
  '830629': ['base-metal', 'decorative'],
  '711411': ['silver'],
  '732393': ['steel'],
  '940550': ['non-electric'],
  '940511': ['led', 'ceiling'],
  '940519': ['electric', 'ceiling'],
  '940521': ['led', 'table'],
  '940529': ['electric', 'table'],
  '940591': ['glass'],
  '940599': ['base-metal', 'leather', 'textile', 'wood', 'plant-fibre', 'paper'],
  '711311': ['silver'],
  '711319': ['gold'],
  '711719': ['base-metal', 'plated'],
  '711790': ['glass', 'resin', 'wood', 'leather', 'textile', 'bone', 'ceramic', 'plant-fibre', 'plastic', 'stone'],
  '701328': ['glass'],
  '701337': ['glass'],
  '701349': ['glass', 'functional'],
  '701399': ['glass', 'decorative'],
  '701810': ['glass'],
  '701890': ['glass', 'decorative'],
  '702000': ['glass'],
  '621410': ['silk'],
  '621420': ['wool'],
  '621430': ['synthetic'],
  '621440': ['viscose'],
  '621490': ['cotton', 'linen'],
  '630251': ['cotton'],
  '630259': ['linen', 'silk', 'wool'],
  '630253': ['synthetic'],
  '630240': ['knitted'],
  '630291': ['cotton'],
  '630260': ['cotton', 'terry'],
  '630299': ['linen', 'wool', 'silk'],
  '630293': ['synthetic'],
  '630231': ['cotton'],
  '630221': ['cotton'],
  '630239': ['linen', 'silk'],
  '581091': ['cotton'],
  '581092': ['synthetic'],
  '581099': ['linen', 'silk', 'wool', 'viscose'],
  '620441': ['wool', ...WOMEN_WOVEN],
  '620442': ['cotton', ...WOMEN_WOVEN],
  '620443': ['synthetic', ...WOMEN_WOVEN],
  '620444': ['viscose', ...WOMEN_WOVEN],
  '620449': [...OTHER_FIBRES, ...WOMEN_WOVEN],
  '620452': ['cotton', ...WOMEN_WOVEN],
  '620453': ['synthetic', ...WOMEN_WOVEN],
  '620459': ['wool', ...OTHER_FIBRES, ...WOMEN_WOVEN],
  '620461': ['wool', ...WOMEN_WOVEN],
  '620462': ['cotton', ...WOMEN_WOVEN],
  '620463': ['synthetic', ...WOMEN_WOVEN],
  '620469': [...OTHER_FIBRES, ...WOMEN_WOVEN],
  '620342': ['cotton', ...MEN_WOVEN],
  '620630': ['cotton', ...WOMEN_WOVEN],
  '610441': ['wool', 'women', 'knitted'],
  '610442': ['cotton', 'women', 'knitted'],
  '610443': ['synthetic', 'women', 'knitted'],
  '610452': ['cotton', 'women', 'knitted'],
  '620431': ['wool', ...WOMEN_WOVEN],
  '620432': ['cotton', ...WOMEN_WOVEN],
  '620439': [...OTHER_FIBRES, 'synthetic', ...WOMEN_WOVEN],
  '610432': ['cotton', 'women', 'knitted'],
  '621132': ['cotton', ...MEN_WOVEN],
  '621133': ['synthetic', ...MEN_WOVEN],
  '621139': ['wool', ...OTHER_FIBRES, ...MEN_WOVEN],
  '621142': ['cotton', ...WOMEN_WOVEN],
  '621143': ['synthetic', ...WOMEN_WOVEN],
  '621149': ['wool', ...OTHER_FIBRES, ...WOMEN_WOVEN],
  '650400': ['plant-fibre', 'paper', 'rattan', 'bamboo', 'synthetic'],
  '650500': ['textile', 'knitted'],
  '970121': ['antique', 'original'],
  '970122': ['antique', 'original'],
  '970129': ['antique', 'original'],
  '970191': ['recent', 'original'],
  '970192': ['recent', 'original'],
  '970199': ['recent', 'original'],
  '970310': ['antique', 'original'],
  '970390': ['recent', 'original'],
};

export const CRAFT_VOCABULARY: CraftVocabulary = { tags: TAGS, objects: OBJECTS, attributes: ATTRIBUTES, profiles: PROFILES };
