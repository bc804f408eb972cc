/**
 * Which drawing illustrates which demo product. The demo catalog ships drawn SVGs instead of
 * photos so the repository stays small and every colour gets matching images; a real shop
 * replaces them with photos and never needs this table (scripts/draw-product-images.ts only
 * draws products listed here).
 */
import * as accessories from './accessories.ts';
import * as bags from './bags.ts';
import * as garments from './garments.ts';
import type { Template } from './illustration.ts';

export const demoIllustrations: Readonly<Record<string, Template>> = {
  'regenjas-wolkbreuk': garments.jacket(),
  'regenjas-motregen': garments.jacket(),
  'parka-noordwester': garments.jacket({ length: 'thigh' }),
  'regenjas-stadsfietser': garments.jacket({ reflective: true }),
  'softshell-zeebries': garments.jacket({ hood: false }),
  'kinderregenjas-plasje': garments.jacket({ reflective: true }),
  'regenjas-hoosbui-dames': garments.jacket({ fitted: true }),
  'regenjas-polder-reflect': garments.jacket({ reflective: true, length: 'thigh' }),
  'regenjack-sprint': garments.jacket({ hood: false, fitted: true }),
  'regenbroek-wolkbreuk': garments.trousers({ reflective: true }),
  'overbroek-snelzit': garments.trousers({ sideZips: true }),
  'regenbroek-motregen': garments.trousers(),
  'kinderregenbroek-plasje': garments.trousers({ reflective: true }),
  'regenrok-fietsrok': garments.rainSkirt(),
  'regensalopette-noordwester': garments.trousers({ bib: true, reflective: true }),
  'fietsponcho-schuilbui': garments.poncho(),
  'fietscape-hoosbui-pro': garments.poncho({ length: 'long' }),
  'kinderponcho-plasje': garments.poncho(),
  'regencape-lang': garments.poncho({ length: 'long', visor: false }),
  'noodponcho-zakformaat': garments.poncho({ visor: false }),
  'poncho-motregen-ultralicht': garments.poncho(),
  'dubbele-fietstas-wolkbreuk': bags.pannier({ double: true }),
  'fietstas-grachtengordel': bags.pannier(),
  'shopper-fietstas-markt': bags.pannier({ closure: 'open' }),
  'laptop-fietstas-kantoor': bags.pannier({ closure: 'flap' }),
  'stuurtas-kompas': bags.handlebarBag(),
  'zadeltasje-klein': bags.saddleBag(),
  'dragertas-bagagedrager': bags.rackTopBag(),
  'fietsrugzak-tweeling': bags.backpackPannier(),
  'frametas-driehoek': bags.frameBag(),
  'helmhoes-reflect': accessories.helmetCover(),
  'zadelhoes-droogzit': accessories.saddleCover(),
  'overschoenen-droogvoet': accessories.overshoes(),
  'regenhandschoenen-grip': accessories.gloves(),
  'spatten-slobkous': accessories.gaiters(),
  'reflectievest-zichtbaar': garments.reflectiveVest(),
  'zuidwester-klassiek': accessories.souwester(),
  'stuurmoffen-winter': accessories.barMitts(),
  'broekbanden-reflect': accessories.trouserBands(),
  'regenhoes-rugzak': accessories.backpackCover(),
};
