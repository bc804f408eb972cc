/**
 * Dutch public holidays on which carriers (PostNL, DHL) neither collect nor deliver and the
 * warehouse is closed: no dispatch and no delivery on these days. A plain list rather than an
 * Easter computation, because what counts is what the carriers announce (Bevrijdingsdag, for
 * instance, is only a day off every fifth year). Forks: extend this list every year and add
 * your own closing days (a stocktake, a company outing); a shop shipping from another country
 * replaces it with that country's days.
 */
import type { CalendarDate } from '../../lib/dates.ts';

export const holidays: readonly CalendarDate[] = [
  // 2026
  '2026-01-01', // Nieuwjaarsdag
  '2026-04-06', // Tweede Paasdag
  '2026-04-27', // Koningsdag
  '2026-05-14', // Hemelvaartsdag
  '2026-05-25', // Tweede Pinksterdag
  '2026-12-25', // Eerste Kerstdag
  '2026-12-26', // Tweede Kerstdag
  // 2027
  '2027-01-01', // Nieuwjaarsdag
  '2027-03-29', // Tweede Paasdag
  '2027-04-27', // Koningsdag
  '2027-05-06', // Hemelvaartsdag
  '2027-05-17', // Tweede Pinksterdag
  '2027-12-25', // Eerste Kerstdag
  '2027-12-26', // Tweede Kerstdag
];
