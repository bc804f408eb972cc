/** Share image of a category (nl), see features/catalog/share-image-path.ts. */
import { categoryShareRoute } from '../../../features/catalog/share-image-routes.ts';

const route = categoryShareRoute('nl');
export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;
