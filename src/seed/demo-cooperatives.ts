import type { Branch } from '../common/domain/branches';
import type { RegionCode } from '../common/domain/regions';
import type { CooperativeStatus } from '../cooperatives/cooperative-status';
import { withIceCheckDigits } from '../cooperatives/ice';

export interface DemoCooperative {
  name: string;
  ice: string;
  region: RegionCode;
  city: string;
  address: string;
  branches: Branch[];
  description: { en: string; fr?: string; ar?: string };
  foundedYear: number;
  members: { total: number; women: number; youth: number; rural: number };
  contactEmail: string;
  phone: string;
  status: CooperativeStatus;
  managerEmail: string;
}

export const DEMO_COOPERATIVES: DemoCooperative[] = [
  {
    name: 'Coopérative Tifawin des Tisserandes',
    ice: withIceCheckDigits('0021457830001'),
    region: 'MA-05',
    city: 'Khénifra',
    address: 'Douar Ait Ishaq, Khénifra 54000',
    branches: ['carpets', 'textiles'],
    description: {
      en: 'Women weavers of the Middle Atlas making hand-knotted Zayane rugs and kilims from local wool.',
      fr: 'Tisserandes du Moyen Atlas : tapis zayane noués main et kilims en laine locale.',
      ar: 'نساجات الأطلس المتوسط يصنعن زرابي زيان معقودة يدويا وحنابل من الصوف المحلي.',
    },
    foundedYear: 2009,
    members: { total: 42, women: 40, youth: 11, rural: 38 },
    contactEmail: 'contact@tifawin.example',
    phone: '+212523000101',
    status: 'approved',
    managerEmail: 'fatima@artisan.example',
  },
  {
    name: 'Coopérative Fakhar Safi',
    ice: withIceCheckDigits('0019283740002'),
    region: 'MA-07',
    city: 'Safi',
    address: 'Colline des Potiers, Safi 46000',
    branches: ['pottery', 'zellige'],
    description: {
      en: 'Potters of the Safi hill: glazed tagines, serving dishes and painted ceramics.',
      fr: 'Potiers de la colline de Safi : tajines émaillés, plats et céramiques peintes.',
      ar: 'خزافو تل الفخارين بآسفي: طواجين مزججة وأطباق وخزف مرسوم.',
    },
    foundedYear: 1998,
    members: { total: 25, women: 6, youth: 8, rural: 3 },
    contactEmail: 'atelier@fakhar-safi.example',
    phone: '+212524000202',
    status: 'approved',
    managerEmail: 'youssef@artisan.example',
  },
  {
    name: 'Coopérative Zellige Fès Al Bali',
    ice: withIceCheckDigits('0030561120003'),
    region: 'MA-03',
    city: 'Fès',
    address: 'Quartier Ain Nokbi, Fès 30000',
    branches: ['zellige', 'stone', 'pottery'],
    description: {
      en: 'Master zellige cutters from Fez: mosaic tables, fountains and hand-cut tiles.',
      fr: 'Maîtres zelligeurs de Fès : tables en mosaïque, fontaines et carreaux taillés à la main.',
      ar: 'معلمو الزليج بفاس: طاولات فسيفساء ونافورات وزليج مقطوع يدويا.',
    },
    foundedYear: 2004,
    members: { total: 18, women: 2, youth: 5, rural: 0 },
    contactEmail: 'info@zellige-fes.example',
    phone: '+212535000303',
    status: 'approved',
    managerEmail: 'youssef@artisan.example',
  },
  {
    name: 'Coopérative Argan Tighanimine',
    ice: withIceCheckDigits('0041178560004'),
    region: 'MA-09',
    city: 'Tiznit',
    address: 'Route de Tafraout, Tiznit 85000',
    branches: ['cosmetics', 'jewelry'],
    description: {
      en: 'Amazigh women pressing argan oil and crafting Tiznit silver jewellery.',
      fr: "Femmes amazighes : huile d'argan pressée à froid et bijoux en argent de Tiznit.",
      ar: 'نساء أمازيغيات يعصرن زيت الأركان ويصنعن حلي تيزنيت الفضية.',
    },
    foundedYear: 2012,
    members: { total: 60, women: 58, youth: 14, rural: 55 },
    contactEmail: 'bonjour@tighanimine.example',
    phone: '+212528000404',
    status: 'approved',
    managerEmail: 'khadija@artisan.example',
  },
  {
    name: 'Coopérative Dar Jild Marrakech',
    ice: withIceCheckDigits('0027736410005'),
    region: 'MA-07',
    city: 'Marrakech',
    address: 'Derb Dabachi, Médina, Marrakech 40000',
    branches: ['leather', 'metal'],
    description: {
      en: 'Leather workers and coppersmiths of the Marrakech medina: babouches, poufs, bags and lanterns.',
      fr: 'Maroquiniers et dinandiers de la médina : babouches, poufs, sacs et lanternes.',
      ar: 'صناع الجلد والنحاس في مدينة مراكش: بلاغي وبوفات وحقائب وفوانيس.',
    },
    foundedYear: 2001,
    members: { total: 30, women: 9, youth: 10, rural: 2 },
    contactEmail: 'contact@dar-jild.example',
    phone: '+212524000505',
    status: 'approved',
    managerEmail: 'fatima@artisan.example',
  },
  {
    name: 'Coopérative Thuya Essaouira',
    ice: withIceCheckDigits('0035549870006'),
    region: 'MA-07',
    city: 'Essaouira',
    address: 'Skala de la Kasbah, Essaouira 44000',
    branches: ['wood'],
    description: {
      en: 'Thuya wood marquetry from Essaouira: inlaid boxes, chess sets and trays.',
      fr: 'Marqueterie en bois de thuya d’Essaouira : coffrets, échiquiers et plateaux.',
      ar: 'ترصيع خشب العرعار بالصويرة: علب ورقع شطرنج وصواني.',
    },
    foundedYear: 2015,
    members: { total: 14, women: 4, youth: 6, rural: 5 },
    contactEmail: 'thuya@essaouira.example',
    phone: '+212524000606',
    status: 'pending',
    managerEmail: 'khadija@artisan.example',
  },
  {
    name: 'Coopérative Nakhil Tafilalet',
    ice: withIceCheckDigits('0048812030007'),
    region: 'MA-08',
    city: 'Errachidia',
    address: 'Ksar Maadid, Errachidia 52000',
    branches: ['basketry', 'textiles'],
    description: {
      en: 'Palm-leaf basketry and embroidered textiles from the oases of Tafilalet.',
      fr: 'Vannerie en palmier et textiles brodés des oasis du Tafilalet.',
      ar: 'سلالة من سعف النخيل ومنسوجات مطرزة من واحات تافيلالت.',
    },
    foundedYear: 2018,
    members: { total: 22, women: 19, youth: 9, rural: 22 },
    contactEmail: 'nakhil@tafilalet.example',
    phone: '+212535000707',
    status: 'pending',
    managerEmail: 'fatima@artisan.example',
  },
];
