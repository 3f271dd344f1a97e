/**
 * The demo catalog's photos, drawn here as SVG (rendered by sharp in the seed): zellige stars,
 * striped kilims, glazed pottery, brass and leather. Deterministic, so every seed draws the same.
 */
export const DEMO_PICTURES = [
  'beni-ourain',
  'kilim',
  'cushion',
  'tagine',
  'safi-plate',
  'vase',
  'zellige-table',
  'fountain',
  'argan-oil',
  'black-soap',
  'fibula',
  'babouches',
  'pouf',
  'bag',
  'lantern',
  'teapot',
] as const;
export type DemoPicture = (typeof DEMO_PICTURES)[number];

const W = 640;
const H = 480;

/** An eight-pointed zellige star: two squares turned 45° to each other. */
const star = (x: number, y: number, r: number, fill: string): string =>
  `<g transform="translate(${x} ${y})" fill="${fill}"><rect x="${-r}" y="${-r}" width="${2 * r}" height="${2 * r}"/>` +
  `<rect x="${-r}" y="${-r}" width="${2 * r}" height="${2 * r}" transform="rotate(45)"/></g>`;

function zellige(colours: string[], size = 80): string {
  let out = `<rect width="${W}" height="${H}" fill="#f4efe4"/>`;
  for (let y = 0, row = 0; y <= H + size; y += size, row++) {
    for (let x = 0, col = 0; x <= W + size; x += size, col++) {
      out += star(x, y, size * 0.33, colours[(row + col) % colours.length]);
      out += star(x + size / 2, y + size / 2, size * 0.16, '#f4efe4');
    }
  }
  return out;
}

function stripes(colours: string[], band = 24, diamonds = true): string {
  let out = '';
  for (let y = 0, i = 0; y < H; y += band, i++)
    out += `<rect y="${y}" width="${W}" height="${band}" fill="${colours[i % colours.length]}"/>`;
  if (diamonds) {
    for (let y = band * 3; y < H; y += band * 6) {
      for (let x = 20; x < W; x += 60) out += `<path d="M${x} ${y} l20 -18 l20 18 l-20 18z" fill="#f1e3c8" opacity="0.9"/>`;
    }
  }
  return out;
}

function lozenges(): string {
  let out = `<rect width="${W}" height="${H}" fill="#efe7d6"/>`;
  for (let x = -40; x < W + 80; x += 110) {
    out += `<path d="M${x} 0 L${x + 55} ${H / 2} L${x} ${H} L${x - 55} ${H / 2}Z" fill="none" stroke="#2b2622" stroke-width="9"/>`;
  }
  return out;
}

const table = (top: string): string =>
  `<rect width="${W}" height="${H}" fill="#e8dccb"/><rect y="${H * 0.72}" width="${W}" height="${H * 0.28}" fill="${top}"/>`;

const bowl = (glaze: string, rim: string): string =>
  `<ellipse cx="320" cy="330" rx="210" ry="70" fill="${glaze}"/><path d="M110 300 Q320 470 530 300Z" fill="${glaze}"/>` +
  `<ellipse cx="320" cy="300" rx="210" ry="55" fill="${rim}"/><ellipse cx="320" cy="300" rx="150" ry="36" fill="${glaze}"/>`;

const PICTURES: Record<DemoPicture, () => string> = {
  'beni-ourain': lozenges,
  kilim: () => stripes(['#8e2b1f', '#1f3a6b', '#c9892b', '#8e2b1f', '#f1e3c8', '#1f3a6b']),
  cushion: () =>
    `${table('#b49a78')}<rect x="150" y="90" width="340" height="300" rx="40" fill="#b5462f"/>` +
    `<g opacity="0.9">${[0, 1, 2].map((i) => `<path d="M${200 + i * 80} 240 l40 -50 l40 50 l-40 50z" fill="#f1e3c8"/>`).join('')}</g>`,
  tagine: () =>
    `${table('#7b5a3c')}${bowl('#2f6e63', '#c9a24b')}<path d="M140 300 Q320 40 500 300Z" fill="#2f6e63"/>` +
    `<circle cx="320" cy="90" r="22" fill="#c9a24b"/>`,
  'safi-plate': () =>
    `${table('#6f5a45')}<circle cx="320" cy="240" r="200" fill="#f3efe6"/><circle cx="320" cy="240" r="185" fill="#1e4f8a"/>` +
    `<circle cx="320" cy="240" r="140" fill="#f3efe6"/>${star(320, 240, 70, '#1e4f8a')}${star(320, 240, 30, '#d9a441')}`,
  vase: () =>
    `${table('#8a6a4a')}<path d="M270 70 h100 v40 q80 60 70 170 q-10 120 -120 130 q-110 -10 -120 -130 q-10 -110 70 -170z" fill="#b0653a"/>` +
    `<path d="M230 230 h180" stroke="#2b2622" stroke-width="10"/><path d="M235 270 h170" stroke="#d9a441" stroke-width="6"/>`,
  'zellige-table': () => zellige(['#1f6f5c', '#1e4f8a', '#d9a441', '#f4efe4']),
  fountain: () => zellige(['#1e4f8a', '#3f8fbf', '#f4efe4'], 64),
  'argan-oil': () =>
    `${table('#a88a5e')}<rect x="260" y="130" width="120" height="260" rx="30" fill="#d9a441" opacity="0.85"/>` +
    `<rect x="295" y="80" width="50" height="60" fill="#5a3b22"/><rect x="270" y="220" width="100" height="80" fill="#f3efe6"/>`,
  'black-soap': () =>
    `${table('#c9b79a')}<ellipse cx="320" cy="300" rx="190" ry="70" fill="#8a5a2b"/>` +
    `<ellipse cx="320" cy="280" rx="150" ry="50" fill="#2b2118"/><ellipse cx="300" cy="270" rx="60" ry="14" fill="#4a3a2a"/>`,
  fibula: () =>
    `<rect width="${W}" height="${H}" fill="#2b2622"/><path d="M320 60 L480 330 L160 330Z" fill="#c9ccd1"/>` +
    `<circle cx="320" cy="380" r="45" fill="none" stroke="#c9ccd1" stroke-width="14"/>${star(320, 230, 40, '#1f6f5c')}<circle cx="320" cy="230" r="16" fill="#b5462f"/>`,
  babouches: () =>
    `${table('#d8c7ad')}<path d="M120 300 q40 -120 180 -90 q60 20 50 90 q-90 40 -230 0z" fill="#d9a441"/>` +
    `<path d="M330 330 q40 -120 180 -90 q60 20 50 90 q-90 40 -230 0z" fill="#b5462f"/>`,
  pouf: () =>
    `${table('#9c7b57')}<ellipse cx="320" cy="300" rx="220" ry="90" fill="#8a5a2b"/><ellipse cx="320" cy="250" rx="220" ry="90" fill="#b07a44"/>` +
    `${star(320, 250, 50, '#f1e3c8')}`,
  bag: () =>
    `${table('#d8c7ad')}<path d="M220 140 q100 -110 200 0" fill="none" stroke="#6b3f1f" stroke-width="16"/>` +
    `<rect x="170" y="140" width="300" height="230" rx="24" fill="#8a5a2b"/><rect x="300" y="180" width="40" height="30" fill="#d9a441"/>`,
  lantern: () =>
    `<rect width="${W}" height="${H}" fill="#1c1a24"/><circle cx="320" cy="260" r="210" fill="#d9a441" opacity="0.18"/>` +
    `<path d="M320 40 l40 60 h-80z" fill="#b8893a"/><path d="M260 100 h120 l40 160 l-40 140 h-120 l-40 -140z" fill="#b8893a"/>` +
    `${[0, 1, 2, 3, 4].map((i) => `<circle cx="${270 + i * 25}" cy="${200 + (i % 2) * 40}" r="8" fill="#ffe7a3"/>`).join('')}`,
  teapot: () =>
    `${table('#6f5a45')}<ellipse cx="320" cy="290" rx="140" ry="110" fill="#c7c9cc"/>` +
    `<path d="M440 270 q90 -40 110 -110" stroke="#c7c9cc" stroke-width="22" fill="none"/><path d="M190 240 q-80 20 -60 110" stroke="#c7c9cc" stroke-width="18" fill="none"/>` +
    `<path d="M250 190 q70 -90 140 0z" fill="#b8893a"/><circle cx="320" cy="120" r="16" fill="#b8893a"/>`,
};

export function demoPictureSvg(picture: DemoPicture): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${PICTURES[picture]()}</svg>`;
}

/** Each demo cooperative's colours, by its place in DEMO_COOPERATIVES: weavers, potters, zellige, argan, leather. */
const COOPERATIVE_COLOURS = [
  ['#8e2b1f', '#1f3a6b', '#c9892b'],
  ['#1e4f8a', '#3f8fbf', '#d9a441'],
  ['#1f6f5c', '#1e4f8a', '#d9a441'],
  ['#c9892b', '#5a3b22', '#e8c9a0'],
  ['#8a5a2b', '#b5462f', '#d9a441'],
];

/** A cooperative's cover: a wide band of its craft's pattern in its colours. */
export function demoCoverSvg(cooperative: number): string {
  const colours = COOPERATIVE_COLOURS[cooperative % COOPERATIVE_COLOURS.length];
  const body = cooperative % 2 === 0 ? stripes([...colours, '#f1e3c8'], 20) : zellige([...colours, '#f4efe4'], 72);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="240" viewBox="0 0 ${W} 240">${body}</svg>`;
}

/** A cooperative's logo: a zellige star on its first colour. */
export function demoLogoSvg(cooperative: number): string {
  const [ground, starColour, heart] = COOPERATIVE_COLOURS[cooperative % COOPERATIVE_COLOURS.length];
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="320"><rect width="320" height="320" fill="${ground}"/>` +
    `${star(160, 160, 95, '#f4efe4')}${star(160, 160, 70, starColour)}<circle cx="160" cy="160" r="34" fill="${heart}"/></svg>`
  );
}
