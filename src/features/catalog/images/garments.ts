/** Illustrations of things you wear: jackets, trousers, skirts, ponchos, vests. */
import type { Template } from './illustration.ts';
import { mirrored } from './illustration.ts';

export type JacketOptions = {
  hood?: boolean;
  /** 'thigh' draws a parka that covers the upper legs. */
  length?: 'hip' | 'thigh';
  /** Reflective bands around the sleeves and the back. */
  reflective?: boolean;
  /** Tapered waist. */
  fitted?: boolean;
};

export function jacket({ hood = true, length = 'hip', reflective = false, fitted = false }: JacketOptions = {}): Template {
  const hem = length === 'thigh' ? 1060 : 960;
  const waist = fitted ? 402 : 382;
  // Left half of the body, mirrored for the right half; the centre line is x = 600.
  const sleeve =
    `<path class="b" d="M398 318Q332 336 316 410L240 900Q292 930 350 928L392 560Z"/>` +
    `<path class="s" d="M392 560L350 928Q330 930 310 926L356 520Z"/>` +
    `<path class="b" d="M244 872Q298 900 352 898L350 928Q292 930 240 900Z"/>` +
    (reflective ? `<path class="r" d="M256 780Q304 800 360 800L357 834Q300 834 251 814Z"/>` : '');
  // Open path: filled as if closed, but the centre edge gets no outline.
  const bodyHalf = `<path class="b" d="M600 292L520 290L398 318Q378 334 380 380L${waist} 560L376 ${hem}Q490 ${hem + 22} 600 ${hem + 24}"/>`;
  const sideShade =
    `<path class="s" d="M${waist + 4} 520C${waist + 14} 700 380 880 379 ${hem}Q400 ${hem + 8} 426 ${hem + 12}C422 840 412 660 ${waist + 4} 520Z"/>` +
    `<path class="h" d="M450 340Q470 600 462 ${hem - 20}L486 ${hem - 14}Q496 600 474 336Z"/>`;
  const hoodBack = hood ? `<path class="b" d="M466 340C430 130 770 130 734 340Z"/>` : '';
  const hoodOpening = hood
    ? `<path class="d" d="M512 318C500 196 700 196 688 318Q600 342 512 318Z"/>`
    : `<path class="b" d="M516 300L520 236Q600 222 680 236L684 300Q600 318 516 300Z"/><path class="s" d="M520 236Q600 222 680 236L682 262Q600 250 518 262Z"/>`;
  const frontDetails =
    `<path class="z" d="M600 ${hood ? 318 : 300}V${hem + 20}"/>` +
    `<rect class="t" x="588" y="${hood ? 334 : 312}" width="24" height="54" rx="6"/>` +
    `<path class="n" d="M622 ${hood ? 320 : 302}V${hem + 18}"/>` +
    mirrored(`<path class="z" d="M438 690L466 850"/><path class="n" d="M398 318Q470 380 520 292"/>`) +
    (hood ? mirrored(`<path fill="none" d="M540 322Q548 380 532 420"/><circle class="t" cx="531" cy="426" r="9"/>`) : '') +
    (reflective ? mirrored(`<rect class="r" x="380" y="${hem - 90}" width="190" height="30" rx="4"/>`) : '');
  const backDetails =
    (hood
      ? `<path class="b" d="M470 350C440 150 760 150 730 350Q600 400 470 350Z"/><path class="n" d="M600 176V372"/>` +
        `<path class="s" d="M470 350Q600 400 730 350L732 362Q600 420 468 362Z"/>`
      : '') +
    `<path class="b" d="M392 430Q600 470 808 430L808 500Q600 540 392 500Z"/><path class="s" d="M392 500Q600 540 808 500L806 520Q600 560 394 520Z"/>` +
    `<path class="n" d="M${waist + 4} 640Q600 660 ${1196 - waist} 640"/>` +
    (reflective
      ? `<rect class="r" x="380" y="${hem - 150}" width="440" height="36" rx="4"/>`
      : `<rect class="r" x="560" y="${hem - 120}" width="80" height="26" rx="4"/>`);
  return () => ({
    views: {
      front: hoodBack + mirrored(sleeve + bodyHalf + sideShade) + hoodOpening + frontDetails,
      back: mirrored(sleeve + bodyHalf + sideShade) + backDetails,
    },
    detail: { of: 'front', x: 600, y: hood ? 380 : 330, zoom: 2.1 },
    shadow: { y: hem + 60, rx: 380 },
  });
}

export type TrouserOptions = {
  /** Bib-and-brace (salopette) instead of an elastic waist. */
  bib?: boolean;
  /** Full-length side zips, drawn along the outer seam. */
  sideZips?: boolean;
  reflective?: boolean;
};

export function trousers({ bib = false, sideZips = false, reflective = false }: TrouserOptions = {}): Template {
  const top = bib ? 360 : 220;
  const hem = bib ? 1060 : 1010;
  const crotch = top + 240;
  const leg =
    `<path class="b" d="M600 ${top + 50}L420 ${top + 50}L398 ${hem}Q480 ${hem + 12} 566 ${hem + 4}L600 ${crotch}"/>` +
    `<path class="s" d="M600 ${crotch}Q560 760 566 ${hem + 4}L536 ${hem + 8}Q534 760 596 ${crotch + 10}Z"/>` +
    `<path class="h" d="M440 ${top + 80}Q436 700 428 ${hem - 20}L452 ${hem - 16}Q462 700 462 ${top + 80}Z"/>` +
    `<path class="n" d="M414 ${top + 420}Q480 ${top + 440} 580 ${top + 420}"/>` +
    `<path class="b" d="M402 ${hem - 70}L352 ${hem - 60}L356 ${hem - 24}L401 ${hem - 30}Z"/>` +
    (sideZips ? `<path class="z" d="M412 ${top + 70}L401 ${hem - 4}"/>` : `<path class="z" d="M404 ${hem - 150}L400 ${hem - 4}"/>`) +
    (reflective ? `<path class="r" d="M401 ${hem - 130}L568 ${hem - 120}L567 ${hem - 92}L400 ${hem - 100}Z"/>` : '');
  const waistband = `<path class="b" d="M420 ${top}H780V${top + 52}H420Z"/><path class="s" d="M420 ${top + 34}H780V${top + 52}H420Z"/>`;
  const bibPanel = bib
    ? `<path class="b" d="M474 ${top + 8}L486 120Q600 108 714 120L726 ${top + 8}Z"/>` +
      mirrored(`<path class="b" d="M490 124L470 30L512 22L530 120Z"/><rect class="t" x="474" y="86" width="52" height="30" rx="6"/>`) +
      `<path class="z" d="M540 190H660"/><path class="n" d="M500 150H700"/>`
    : '';
  const frontDetails = bib
    ? `<path class="n" d="M624 ${top + 52}Q626 ${crotch - 80} 600 ${crotch}"/>`
    : `<path fill="none" d="M580 ${top + 20}Q574 ${top + 90} 556 ${top + 110}M620 ${top + 20}Q626 ${top + 90} 644 ${top + 110}"/><path class="n" d="M624 ${top + 52}Q626 ${crotch - 80} 600 ${crotch}"/>`;
  const backDetails =
    mirrored(`<path class="n" d="M424 ${top + 150}Q520 ${top + 190} 600 ${top + 140}"/>`) +
    `<path class="n" d="M600 ${top + 52}V${crotch}"/><rect class="r" x="430" y="${hem - 200}" width="60" height="24" rx="4"/>`;
  const bibBack = bib
    ? mirrored(`<path class="b" d="M520 ${top}L496 40L536 34L556 ${top}Z"/>`) +
      `<path class="b" d="M560 ${top + 8}L566 ${top - 60}H634L640 ${top + 8}Z"/>`
    : '';
  return () => ({
    views: {
      front: bibPanel + mirrored(leg) + waistband + frontDetails,
      back: bibBack + mirrored(leg) + waistband + backDetails,
    },
    detail: { of: 'front', x: 430, y: hem - 110, zoom: 2.4 },
    shadow: { y: hem + 40, rx: 300 },
  });
}

/** A wrap-around rain skirt (fietsrok) with leg straps. */
export function rainSkirt(): Template {
  const half = `<path class="b" d="M600 260L440 260L300 900Q450 940 600 944"/><path class="s" d="M440 300L330 900Q356 912 388 918L470 300Z"/>`;
  const waistband = `<path class="b" d="M436 210H764V268H436Z"/><path class="s" d="M436 250H764V268H436Z"/>`;
  const hemLine = `<path class="r" d="M304 884Q600 934 896 884L900 904Q600 956 300 904Z"/>`;
  const snaps = [360, 480, 600, 720, 840].map((y) => `<circle class="t" cx="${680 + ((y - 260) / 640) * 180}" cy="${y}" r="10"/>`).join('');
  return () => ({
    views: {
      front:
        mirrored(half) +
        waistband +
        `<path fill="none" d="M660 268L868 912"/>` +
        snaps +
        hemLine +
        `<rect class="t" x="740" y="222" width="56" height="34" rx="8"/>`,
      back:
        mirrored(half) +
        waistband +
        hemLine +
        mirrored(`<path fill="none" stroke-width="14" d="M430 880Q470 960 520 900"/>`) +
        `<path class="n" d="M600 268V930"/>`,
    },
    detail: { of: 'front', x: 780, y: 700, zoom: 2.2 },
    shadow: { y: 980, rx: 340 },
  });
}

export type PonchoOptions = {
  /** 'long' is a cape that also covers the handlebars. */
  length?: 'regular' | 'long';
  /** Zip-away front window for a child seat or a handlebar bag. */
  visor?: boolean;
};

export function poncho({ length = 'regular', visor = true }: PonchoOptions = {}): Template {
  const hem = length === 'long' ? 1040 : 960;
  const edge = length === 'long' ? 110 : 170;
  const half =
    `<path class="b" d="M600 300L520 298Q420 330 340 470Q250 640 ${edge} ${hem}Q380 ${hem + 46} 600 ${hem + 50}"/>` +
    `<path class="s" d="M340 470Q260 650 ${edge} ${hem}Q${edge + 40} ${hem + 12} ${edge + 90} ${hem + 20}Q300 700 380 430Z"/>` +
    `<path class="h" d="M470 360Q400 600 410 ${hem}L440 ${hem + 6}Q430 620 496 350Z"/>` +
    `<path class="r" d="M${edge + 6} ${hem - 22}Q380 ${hem + 24} 600 ${hem + 28}V${hem + 50}Q380 ${hem + 46} ${edge} ${hem}Z"/>` +
    `<path fill="none" stroke-width="10" d="M${edge + 120} ${hem - 150}q-40 30 -10 70"/>`;
  const hood = `<path class="b" d="M466 344C430 130 770 130 734 344Z"/>`;
  const opening =
    `<path class="d" d="M512 320C500 196 700 196 688 320Q600 344 512 320Z"/>` +
    (visor ? `<path class="b" d="M500 236Q600 176 700 236L690 256Q600 206 510 256Z"/>` : '');
  const front =
    `<path class="z" d="M600 330V600"/><rect class="t" x="588" y="340" width="24" height="50" rx="6"/>` +
    [680, 780, 880].map((y) => `<circle class="t" cx="600" cy="${y}" r="11"/>`).join('');
  const back =
    `<path class="b" d="M470 356C440 150 760 150 730 356Q600 404 470 356Z"/><path class="n" d="M600 176V376"/>` +
    `<path class="s" d="M600 560L520 ${hem + 40}H680Z"/><path class="n" d="M600 560L520 ${hem + 40}M600 560L680 ${hem + 40}"/><rect class="r" x="540" y="470" width="120" height="30" rx="4"/>`;
  return () => ({
    views: {
      front: hood + mirrored(half) + opening + front,
      back: mirrored(half) + back,
    },
    detail: { of: 'front', x: 600, y: 320, zoom: 2.2 },
    shadow: { y: hem + 80, rx: 600 - edge + 20 },
  });
}

/** A high-visibility vest with reflective bands. */
export function reflectiveVest(): Template {
  const half =
    `<path class="b" d="M600 420L540 300L470 300Q450 420 400 470L392 960Q500 984 600 986"/>` +
    `<path class="s" d="M404 520Q420 760 398 958L430 966Q440 760 430 500Z"/>` +
    `<path class="r" d="M396 760H600V804H395ZM396 860H600V904H394Z"/>` +
    `<path class="r" d="M474 300H510L520 760H486Z"/>`;
  return () => ({
    views: {
      front: mirrored(half) + `<path fill="none" d="M600 420V986"/><path class="n" d="M584 440V970M616 440V970"/>`,
      back:
        mirrored(
          `<path class="b" d="M600 330L540 300L470 300Q450 420 400 470L392 960Q500 984 600 986"/><path class="r" d="M396 760H600V804H395ZM396 860H600V904H394Z"/><path class="r" d="M474 300H510L520 760H486Z"/>`,
        ) + `<path class="r" d="M486 420H714V470H486Z"/>`,
    },
    detail: { of: 'front', x: 520, y: 780, zoom: 2.4 },
    shadow: { y: 1030, rx: 300 },
  });
}
