/** Stripe's list envelope and cursor pagination (newest first, `starting_after`, `ending_before`). */
import { invalidRequest, resourceMissing } from './errors.ts';
import type { FormObject } from './form.ts';
import { optionalInteger, optionalString } from './params.ts';

export interface StripeList<T> {
  object: 'list';
  data: T[];
  has_more: boolean;
  url: string;
}

/** `items` oldest first, as the store keeps them. */
export function paginate<T extends { id: string }>(
  items: readonly T[],
  params: FormObject,
  url: string,
  objectName: string,
): StripeList<T> {
  const limit = optionalInteger(params, 'limit') ?? 10;
  if (limit < 1 || limit > 100)
    throw invalidRequest('Invalid limit: must be between 1 and 100', { code: 'parameter_invalid_integer', param: 'limit' });
  const startingAfter = optionalString(params, 'starting_after');
  const endingBefore = optionalString(params, 'ending_before');
  const newestFirst = [...items].reverse();
  const indexOf = (id: string, param: string): number => {
    const index = newestFirst.findIndex((item) => item.id === id);
    if (index < 0) throw resourceMissing(objectName, id, param);
    return index;
  };
  if (endingBefore) {
    const end = indexOf(endingBefore, 'ending_before');
    const start = Math.max(0, end - limit);
    return { object: 'list', data: newestFirst.slice(start, end), has_more: start > 0, url };
  }
  const start = startingAfter ? indexOf(startingAfter, 'starting_after') + 1 : 0;
  return { object: 'list', data: newestFirst.slice(start, start + limit), has_more: start + limit < newestFirst.length, url };
}
