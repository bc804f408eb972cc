/** Illustrations of covers and small accessories: helmet and saddle covers, overshoes, gloves. */
import type { Template } from './illustration.ts';
import { mirrored } from './illustration.ts';

export function helmetCover(): Template {
  return () => ({
    views: {
      front:
        `<path class="b" d="M250 760Q250 330 600 320Q950 330 950 760Q600 800 250 760Z"/>` +
        `<path class="s" d="M250 760Q600 800 950 760L946 800Q600 850 254 800Z"/><path fill="none" stroke-width="4" d="${Array.from({ length: 15 }, (_, i) => `M${290 + i * 42} 792l16 -26`).join('')}"/>` +
        `<path class="r" d="M300 560Q600 500 900 560L912 610Q600 550 288 610Z"/><path class="h" d="M360 470Q480 360 600 350Q460 420 400 520Z"/>`,
      side:
        `<path class="b" d="M220 740Q240 360 620 330Q940 340 990 680Q1000 760 900 770L340 780Q220 780 220 740Z"/>` +
        `<path class="b" d="M220 740Q160 760 150 800Q260 790 340 780Z"/><path class="s" d="M340 780L900 770L900 810L340 820Z"/>` +
        `<path class="r" d="M700 420Q860 480 920 620L880 636Q830 510 680 456Z"/><path class="h" d="M340 480Q460 380 600 370Q460 440 380 540Z"/>`,
    },
    detail: { of: 'front', x: 700, y: 600, zoom: 2.2 },
    shadow: { y: 860, rx: 380 },
  });
}

export function saddleCover(): Template {
  return () => ({
    views: {
      top:
        `<path class="b" d="M600 180Q700 180 700 320Q700 520 860 640Q960 740 900 880Q800 1020 600 1020Q400 1020 300 880Q240 740 340 640Q500 520 500 320Q500 180 600 180Z"/>` +
        `<path class="s" d="M600 1020Q800 1020 900 880Q960 740 880 660Q930 820 820 920Q720 990 600 990Z"/><path class="r" d="M560 860H640V940H560Z"/><path class="h" d="M560 230Q540 400 480 560Q560 440 580 240Z"/>`,
      side:
        `<path class="b" d="M160 560Q160 480 280 470L760 440Q1040 430 1040 560Q1040 650 900 650L300 640Q160 640 160 560Z"/>` +
        `<path class="s" d="M180 600Q220 650 300 650L900 660Q1040 660 1040 580V640Q1040 700 900 700L300 690Q200 690 180 640Z"/>` +
        `<path fill="none" stroke-width="10" d="M420 690Q600 740 780 700"/><circle class="t" cx="600" cy="730" r="16"/><rect x="560" y="700" width="80" height="300" fill="#8a939b" stroke="none"/>`,
    },
    detail: { of: 'side', x: 600, y: 680, zoom: 2.4 },
  });
}

export function overshoes(): Template {
  const shoe = (back: boolean) =>
    `<path class="b" d="M440 200H720Q740 200 740 230L750 720Q760 780 840 820Q1000 870 1000 940Q1000 980 940 980H300Q250 980 250 920Q250 800 300 720L420 230Q420 200 440 200Z"/>` +
    `<path class="s" d="M250 920Q250 980 300 980H940Q1000 980 1000 940V960Q1000 1010 940 1010H300Q250 1010 250 960Z"/>` +
    `<path class="h" d="M470 240L430 700H460L500 240Z"/>` +
    (back
      ? `<path class="z" d="M720 210L736 720"/><rect class="r" x="700" y="760" width="80" height="120" rx="10"/>`
      : `<path class="r" d="M850 860Q930 880 960 930L930 950Q900 910 830 890Z"/><path class="n" d="M300 720Q560 760 750 720"/>`) +
    `<rect class="t" x="420" y="820" width="60" height="40" rx="6"/>`;
  return () => ({
    views: { side: shoe(false), back: `<g transform="matrix(-1 0 0 1 1200 0)">${shoe(true)}</g>` },
    detail: { of: 'back', x: 480, y: 760, zoom: 2.2 },
    shadow: { y: 1030, rx: 400 },
  });
}

export function gloves(): Template {
  const hand =
    `<path class="b" d="M420 1000L410 720Q340 640 300 560Q280 520 320 500Q360 490 400 540L440 600L450 280Q450 240 490 240Q524 240 526 280L540 520L556 220Q560 180 600 180Q640 184 640 224L634 520L660 250Q666 212 704 216Q740 222 736 262L712 540L744 340Q752 306 786 310Q818 316 814 352L790 720L780 1000Z"/>` +
    `<path class="s" d="M420 900H780V1000H420Z"/><path class="n" d="M420 880H780"/>`;
  return () => ({
    views: {
      front:
        hand +
        `<path class="r" d="M470 700Q600 660 740 700L736 740Q600 700 474 740Z"/><path class="h" d="M470 300L480 560H500L494 300Z"/><rect class="t" x="560" y="920" width="80" height="50" rx="8"/>`,
      back:
        `<g transform="matrix(-1 0 0 1 1200 0)">${hand}</g>` +
        [
          [540, 620],
          [600, 620],
          [660, 620],
          [520, 680],
          [580, 680],
          [640, 680],
          [700, 680],
          [540, 740],
          [600, 740],
          [660, 740],
        ]
          .map(([x, y]) => `<circle class="t" cx="${x}" cy="${y}" r="9"/>`)
          .join(''),
    },
    detail: { of: 'back', x: 600, y: 680, zoom: 2.2 },
    shadow: { y: 1030, rx: 220 },
  });
}

/** Gaiters (spatten): a waterproof tube from knee to shoe with a strap under the sole. */
export function gaiters(): Template {
  return () => ({
    views: {
      side:
        `<path class="b" d="M470 180H730Q760 520 740 760Q760 820 860 860Q960 900 940 960L400 960Q380 880 440 760Q440 520 470 180Z"/>` +
        `<path class="s" d="M400 940H940V960Q930 990 900 990H420Q400 990 400 960Z"/><rect class="b" x="460" y="170" width="280" height="60" rx="20"/><path class="s" d="M460 210H740V230H460Z"/>` +
        `<path class="z" d="M700 240L716 760"/><path fill="none" stroke-width="18" stroke="#2b3036" d="M560 990Q650 1040 760 990"/><rect class="r" x="480" y="620" width="200" height="40" rx="6"/>`,
      front:
        `<path class="b" d="M470 180H730Q740 520 720 760Q780 840 790 960H410Q420 840 480 760Q460 520 470 180Z"/>` +
        `<rect class="b" x="460" y="170" width="280" height="60" rx="20"/><path class="s" d="M680 260Q700 600 680 780L720 760Q740 520 730 230Z"/><rect class="r" x="500" y="620" width="200" height="40" rx="6"/><path class="n" d="M600 240V760"/>`,
    },
    detail: { of: 'side', x: 640, y: 780, zoom: 2.2 },
    shadow: { y: 1040, rx: 320 },
  });
}

/** A sou'wester (zuidwester): rain hat with a brim that is longest at the back. */
export function souwester(): Template {
  return () => ({
    views: {
      front:
        `<path class="b" d="M150 720Q200 640 420 620Q430 330 600 320Q770 330 780 620Q1000 640 1050 720Q1060 800 600 800Q140 800 150 720Z"/>` +
        `<path class="s" d="M420 620Q600 660 780 620L784 660Q600 700 416 660Z"/><path class="n" d="M600 330V640M470 420Q600 400 730 420"/>` +
        mirrored(`<path fill="none" stroke-width="10" d="M440 740Q470 900 560 960"/>`) +
        `<circle class="t" cx="600" cy="980" r="20"/><path class="h" d="M460 600Q470 420 560 360Q500 460 500 600Z"/>`,
      side:
        `<path class="b" d="M120 760Q200 660 400 640Q420 340 600 330Q800 340 820 640Q1020 680 1100 860Q1000 900 800 800Q500 780 120 760Z"/>` +
        `<path class="s" d="M400 640Q600 680 820 640L824 680Q600 720 396 680Z"/><path class="n" d="M600 340Q640 500 620 660"/><path class="h" d="M440 600Q460 420 560 370Q490 470 480 610Z"/>`,
    },
    detail: { of: 'front', x: 600, y: 560, zoom: 2 },
    shadow: { y: 1010, rx: 460 },
  });
}

/** Bar mitts (stuurmoffen): insulated covers that stay on the handlebar. */
export function barMitts(): Template {
  const mitt = `<path class="b" d="M130 420Q130 340 220 340H420Q500 340 500 430V760Q500 840 420 840H260Q140 840 130 700Z"/><path class="s" d="M130 700Q140 840 260 840H420Q500 840 500 760V800Q500 880 420 880H260Q130 880 130 740Z"/><rect class="r" x="180" y="560" width="260" height="40" rx="6"/><path class="d" d="M500 520Q540 600 500 680Z"/>`;
  return () => ({
    views: {
      front:
        `<rect x="300" y="580" width="600" height="40" fill="#5b636b" stroke="none"/><rect x="560" y="540" width="80" height="500" fill="#5b636b" stroke="none"/>` +
        mirrored(mitt),
      side:
        `<path class="b" d="M300 360Q300 300 380 300H760Q900 300 900 440V760Q900 860 780 860H420Q300 860 300 740Z"/><path class="s" d="M300 740Q300 860 420 860H780Q900 860 900 760V800Q900 900 780 900H420Q300 900 300 780Z"/>` +
        `<path class="d" d="M300 520Q240 600 300 680Z"/><rect class="r" x="420" y="560" width="360" height="44" rx="6"/><path class="n" d="M340 400H860"/>`,
    },
    detail: { of: 'side', x: 360, y: 600, zoom: 2.2 },
    shadow: { y: 1050, rx: 420 },
  });
}

/** Reflective trouser bands, sold as a pair. */
export function trouserBands(): Template {
  const band = (y: number) =>
    `<rect class="b" x="200" y="${y}" width="800" height="110" rx="30"/><rect class="r" x="260" y="${y + 30}" width="560" height="50" rx="8"/><rect class="t" x="860" y="${y + 14}" width="110" height="82" rx="12"/>`;
  const coil = (cx: number) =>
    `<circle class="b" cx="${cx}" cy="640" r="200"/><circle cx="${cx}" cy="640" r="130" fill="#f1f3f5"/><path class="r" d="M${cx - 170} 640A170 170 0 0 1 ${cx + 170} 640H${cx + 150}A150 150 0 0 0 ${cx - 150} 640Z"/>`;
  return () => ({
    views: { front: band(440) + band(620), side: coil(380) + coil(820) },
    detail: { of: 'front', x: 840, y: 560, zoom: 2.4 },
    shadow: { y: 800, rx: 420 },
  });
}

/** A rain cover for a backpack, with an elastic edge. */
export function backpackCover(): Template {
  return () => ({
    views: {
      front:
        `<path class="b" d="M380 260Q380 180 460 180H740Q820 180 820 260L860 940Q860 1000 800 1000H400Q340 1000 340 940Z"/>` +
        `<path class="s" d="M340 900H860V940Q860 1000 800 1000H400Q340 1000 340 940Z"/><rect class="r" x="460" y="420" width="280" height="50" rx="8"/><rect class="r" x="460" y="500" width="280" height="20" rx="6"/><path class="h" d="M420 240Q410 600 390 880H420Q440 600 450 240Z"/>`,
      inside:
        `<path class="b" d="M380 260Q380 180 460 180H740Q820 180 820 260L860 940Q860 1000 800 1000H400Q340 1000 340 940Z"/>` +
        `<path class="d" d="M420 260Q420 230 460 230H740Q780 230 780 260L810 920Q810 950 780 950H420Q390 950 390 920Z"/><path fill="none" stroke-width="10" stroke-dasharray="18 12" d="M420 250H780L808 940H392Z"/><rect class="t" x="560" y="560" width="80" height="120" rx="12"/>`,
    },
    detail: { of: 'front', x: 600, y: 470, zoom: 2.2 },
    shadow: { y: 1040, rx: 300 },
  });
}
