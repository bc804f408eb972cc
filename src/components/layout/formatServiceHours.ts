/**
 * Opening hours of chat and phone as the shopper reads them: "Maandag t/m vrijdag 08:30–21:00"
 * in Dutch, "Monday–Friday 08:30–21:00" in English. Day and time names come from Intl, so a
 * fork's new locale needs only the day-range template.
 */
import type { ShopConfig } from '../../config/shop.schema.ts';
import { commonMessages } from '../../lib/i18n/common.messages.ts';
import { fill } from '../../lib/i18n/messages.ts';
import { localeTags, type Locale } from '../../lib/i18n/locales.ts';

type ServiceHours = ShopConfig['contact']['chatHours'];
type Weekday = 'mon' | 'fri' | 'sat' | 'sun';

// 1 January 2024 was a Monday; UTC keeps the build machine's time zone out of it.
const dayOffset: Record<Weekday, number> = { mon: 0, fri: 4, sat: 5, sun: 6 };

function dayName(day: Weekday, locale: Locale): string {
  return new Intl.DateTimeFormat(localeTags[locale], { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1 + dayOffset[day]));
}

function clockTime(hhmm: string, locale: Locale): string {
  const [hours = 0, minutes = 0] = hhmm.split(':').map(Number);
  return new Intl.DateTimeFormat(localeTags[locale], { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }).format(
    Date.UTC(2024, 0, 1, hours, minutes),
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

export function formatServiceHours(hours: ServiceHours, locale: Locale): { days: string; time: string }[] {
  return hours.map((row) => {
    const days =
      row.days === 'mon-fri'
        ? fill(commonMessages[locale].footer.dayRange, { from: dayName('mon', locale), to: dayName('fri', locale) })
        : dayName(row.days, locale);
    return { days: capitalize(days), time: `${clockTime(row.opens, locale)}–${clockTime(row.closes, locale)}` };
  });
}
