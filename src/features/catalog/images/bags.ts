/** Illustrations of bike bags: panniers, handlebar, saddle, rack-top, frame bags, backpacks. */
import type { Template } from './illustration.ts';
import { mirrored } from './illustration.ts';

/** Rail hooks and lower anchor on the back of a pannier, in the trim colour. */
function mountingPlate(top: number, bottom: number): string {
  return (
    `<rect class="t" x="440" y="${top + 60}" width="320" height="${bottom - top - 160}" rx="24" fill-opacity=".85"/>` +
    mirrored(
      `<path class="t" d="M470 ${top + 80}V${top - 24}Q470 ${top - 64} 510 ${top - 64}H540Q566 ${top - 64} 566 ${top - 34}V${top - 10}H536V${top - 30}H504V${top + 80}Z"/>`,
    ) +
    `<path class="t" d="M560 ${bottom - 120}H640L626 ${bottom - 40}H574Z"/><circle class="b" cx="600" cy="${bottom - 80}" r="12"/>`
  );
}

export type PannierOptions = {
  closure?: 'rolltop' | 'flap' | 'open';
  /** Draws a second bag behind: a double pannier. */
  double?: boolean;
};

export function pannier({ closure = 'rolltop', double = false }: PannierOptions = {}): Template {
  const top = closure === 'open' ? 420 : 380;
  const body =
    `<rect class="b" x="380" y="${top}" width="440" height="${1000 - top}" rx="44"/>` +
    `<path class="s" d="M380 900H820V956Q820 1000 776 1000H424Q380 1000 380 956Z"/>` +
    `<path class="h" d="M420 ${top + 40}H452V880H420Z"/>` +
    `<path class="s" d="M760 ${top + 20}H800V900H760Z"/>`;
  const closures = {
    rolltop:
      `<rect class="b" x="370" y="300" width="460" height="96" rx="30"/><path fill="none" d="M384 332H816M384 362H816"/>` +
      mirrored(`<path class="t" d="M404 330H436V600H404Z"/><rect class="t" x="392" y="590" width="56" height="48" rx="8"/>`),
    flap:
      `<path class="b" d="M376 360H824V640Q824 690 774 690H426Q376 690 376 640Z"/><path class="s" d="M376 640Q376 690 426 690H774Q824 690 824 640V660Q824 712 774 712H426Q376 712 376 660Z"/>` +
      mirrored(`<path class="t" d="M470 500H502V760H470Z"/><rect class="t" x="458" y="690" width="56" height="48" rx="8"/>`) +
      `<path class="n" d="M396 380H804V630"/>`,
    open:
      mirrored(`<path fill="none" stroke-width="22" d="M470 ${top + 6}Q470 240 560 240"/>`) +
      `<path class="d" d="M392 ${top}H808V${top + 26}H392Z"/><rect class="b" x="470" y="${top + 140}" width="260" height="200" rx="20"/><path class="n" d="M488 ${top + 160}H712"/>`,
  } as const;
  const logo = `<rect class="r" x="${closure === 'flap' ? 540 : 520}" y="${closure === 'flap' ? 800 : 760}" width="${closure === 'flap' ? 120 : 160}" height="40" rx="6"/>`;
  const second = double
    ? `<g transform="translate(90 -40)" opacity=".9">${body}${closures[closure]}</g><rect class="s" x="470" y="340" width="440" height="620" rx="44"/>`
    : '';
  const bridge = double
    ? `<path class="b" d="M330 300H870V380H330Z"/><path class="s" d="M330 354H870V380H330Z"/><path class="n" d="M346 316H854"/>`
    : '';
  return () => ({
    views: {
      front: second + body + closures[closure] + logo,
      back: double
        ? mirrored(
            `<rect class="b" x="210" y="340" width="300" height="640" rx="40"/><path class="s" d="M210 900H510V940Q510 980 470 980H250Q210 980 210 940Z"/><path class="t" d="M300 330H330V540H300Z"/><rect class="r" x="260" y="760" width="90" height="34" rx="6"/>`,
          ) +
          bridge +
          `<rect class="t" x="540" y="318" width="120" height="20" rx="8"/>`
        : body + closures[closure] + mountingPlate(closure === 'open' ? top : 300, 1000),
    },
    detail: double
      ? { of: 'front', x: 600, y: 430, zoom: 2 }
      : closure === 'open'
        ? { of: 'front', x: 600, y: 420, zoom: 2 }
        : { of: 'front', x: 420, y: closure === 'flap' ? 700 : 560, zoom: 2.4 },
    shadow: { y: 1020, rx: double ? 440 : 300 },
  });
}

export function handlebarBag(): Template {
  const body =
    `<path class="b" d="M360 440Q360 400 400 400H800Q840 400 840 440L826 840Q824 880 784 880H416Q376 880 374 840Z"/>` +
    `<path class="s" d="M374 800H826L826 840Q824 880 784 880H416Q376 880 374 840Z"/>`;
  return () => ({
    views: {
      front:
        body +
        `<path class="b" d="M352 380Q352 350 392 350H808Q848 350 848 380V520Q600 560 352 520Z"/><rect class="t" x="570" y="500" width="60" height="64" rx="10"/>` +
        `<rect class="b" x="440" y="600" width="320" height="180" rx="24"/><path class="z" d="M460 626H740"/><rect class="r" x="520" y="700" width="160" height="34" rx="6"/>`,
      back:
        body +
        `<path class="b" d="M352 380Q352 350 392 350H808Q848 350 848 380V440H352Z"/>` +
        `<rect class="t" x="460" y="470" width="280" height="300" rx="24"/><rect x="220" y="560" width="760" height="50" rx="25" fill="#8a939b"/><path class="t" d="M540 520H660V650H540Z" fill="#5b636b"/>`,
    },
    detail: { of: 'front', x: 600, y: 560, zoom: 2.2 },
    shadow: { y: 920, rx: 280 },
  });
}

export function saddleBag(): Template {
  const saddle = `<path d="M300 250Q300 200 380 200H760Q900 200 900 250Q900 290 820 290H380Q300 290 300 250Z" fill="#2b3036"/><path d="M440 290L460 340M740 290L720 340" stroke="#5b636b" stroke-width="14"/><rect x="570" y="290" width="50" height="420" fill="#8a939b" stroke="none"/>`;
  return () => ({
    views: {
      front:
        saddle +
        `<path class="b" d="M400 340H840Q880 340 880 380V520Q880 640 760 660L520 700Q400 700 400 600Z"/><path class="s" d="M400 600Q400 700 520 700L760 660Q880 640 880 520V560Q880 680 760 700L520 740Q400 740 400 640Z"/>` +
        `<path class="z" d="M420 370H860"/><path class="t" d="M480 330H520V420H480ZM740 330H780V420H740Z"/><rect class="r" x="600" y="500" width="160" height="34" rx="6"/>`,
      back:
        saddle +
        `<path class="b" d="M420 340H780Q820 340 820 380V620Q820 700 740 700H460Q380 700 380 620V380Q380 340 420 340Z"/><path class="s" d="M380 620Q380 700 460 700H740Q820 700 820 620V660Q820 740 740 740H460Q380 740 380 660Z"/>` +
        `<rect class="r" x="460" y="470" width="280" height="60" rx="8"/><rect class="t" x="560" y="580" width="80" height="70" rx="10"/>`,
    },
    detail: { of: 'front', x: 760, y: 480, zoom: 2.2 },
    shadow: { y: 760, rx: 160 },
  });
}

export function rackTopBag(): Template {
  const rack = `<path d="M220 820H980M260 820V1000M940 820V1000" fill="none" stroke="#5b636b" stroke-width="20"/>`;
  return () => ({
    views: {
      side:
        rack +
        `<path class="b" d="M300 480Q300 420 360 420H840Q900 420 900 480V800H300Z"/><path class="s" d="M300 740H900V800H300Z"/>` +
        `<rect class="b" x="380" y="540" width="440" height="200" rx="24"/><path class="z" d="M400 566H800"/><rect class="r" x="520" y="650" width="160" height="34" rx="6"/>` +
        `<path fill="none" stroke-width="20" d="M520 420Q520 350 600 350Q680 350 680 420"/><path class="z" d="M320 452H880"/>`,
      back:
        rack +
        `<path class="b" d="M360 480Q360 420 420 420H780Q840 420 840 480V800H360Z"/><path class="s" d="M360 740H840V800H360Z"/>` +
        mirrored(`<path class="t" d="M420 780H460V860H420Z"/>`) +
        `<rect class="r" x="480" y="540" width="240" height="60" rx="8"/><rect class="t" x="560" y="640" width="80" height="70" rx="10"/>`,
    },
    detail: { of: 'side', x: 600, y: 560, zoom: 2 },
    shadow: { y: 1010, rx: 380 },
  });
}

/** A backpack that converts into a pannier (hooks behind a zipped cover). */
export function backpackPannier(): Template {
  const body =
    `<rect class="b" x="380" y="320" width="440" height="680" rx="60"/><path class="s" d="M380 920H820V940Q820 1000 760 1000H440Q380 1000 380 940Z"/>` +
    `<rect class="b" x="370" y="250" width="460" height="100" rx="34"/><path fill="none" d="M384 286H816M384 316H816"/>`;
  return () => ({
    views: {
      front:
        body +
        mirrored(`<path class="t" d="M404 290H436V560H404Z"/><rect class="t" x="392" y="550" width="56" height="48" rx="8"/>`) +
        `<rect class="b" x="450" y="620" width="300" height="260" rx="36"/><path class="z" d="M470 650H730"/><rect class="r" x="530" y="760" width="140" height="40" rx="6"/>`,
      back:
        body +
        mirrored(`<path class="b" d="M470 350Q430 600 450 920L500 920Q480 620 520 350Z"/>`) +
        `<rect class="s" x="520" y="380" width="160" height="500" rx="20"/><path class="z" d="M520 470H680"/>` +
        `<path class="t" d="M530 250V200Q530 176 554 176H646Q670 176 670 200V250H640V206H560V250Z"/>`,
    },
    detail: { of: 'back', x: 520, y: 500, zoom: 2 },
    shadow: { y: 1020, rx: 300 },
  });
}

/** A frame bag, drawn inside a bike's main triangle. */
export function frameBag(): Template {
  const frame = `<path d="M300 330L900 330L740 900ZM300 330L250 260M900 330L920 270" fill="none" stroke="#5b636b" stroke-width="30"/>`;
  const bag = `<path class="b" d="M344 362H852L736 832Z"/><path class="s" d="M544 600L852 362H820L736 760Z"/>`;
  return () => ({
    views: {
      side:
        frame +
        bag +
        `<path class="z" d="M380 400H800"/><rect class="t" x="760" y="388" width="22" height="46" rx="5"/><rect class="r" x="560" y="470" width="130" height="32" rx="6"/>`,
      back:
        frame + bag + `<path class="t" d="M440 310H474V380H440ZM620 310H654V380H620ZM800 310H834V380H800ZM760 640l30 -14 30 60 -30 14z"/>`,
    },
    detail: { of: 'side', x: 720, y: 430, zoom: 2.4 },
    shadow: { y: 960, rx: 360 },
  });
}
